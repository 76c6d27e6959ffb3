/**
 * BJ-SW-ELDER, older people in difficulty: a risk tier drawn for each person decides how often they are
 * visited and for how long; urgent visits follow a change in risk (left out where a district skips
 * optional steps); some go into long-term care, and families on assistance are referred to BJ-SW-FAMILY.
 */
import { clientName, gender } from '../clients';
import { satisfactionScore, type CaseBehaviour } from '../case-behaviour';

const CATEGORY_SETS: Array<{ categories: string[]; living: string }> = [
  { categories: ['living_alone', 'advanced_age'], living: 'alone' },
  { categories: ['living_alone', 'low_income'], living: 'alone' },
  { categories: ['empty_nest'], living: 'with_spouse' },
  { categories: ['empty_nest', 'disabled'], living: 'with_spouse' },
  { categories: ['bereaved_parent', 'empty_nest'], living: 'with_spouse' },
  { categories: ['dementia', 'advanced_age'], living: 'with_children' },
  { categories: ['left_behind', 'low_income'], living: 'alone' },
];

const VISITS_BY_TIER = { high: [4, 12], key: [3, 7], general: [2, 4] } as const;

export const elderly: CaseBehaviour = {
  code: 'BJ-SW-ELDER',
  prefix: 'LN',
  roundTheClock: false,
  followUps: new Set(['Task_Visit']),

  newCase({ rng, profile, place }) {
    const set = rng.pick(CATEGORY_SETS);
    const age = rng.int(62, 94);
    const categories = age >= 80 && !set.categories.includes('advanced_age') ? [...set.categories, 'advanced_age'] : set.categories;
    const onAssistance = categories.includes('low_income') || rng.chance(0.25);
    const g = gender(rng, 0.58);
    const longTermCare = rng.chance(0.1);
    return {
      walkthrough: longTermCare ? 'long-term-care' : 'main',
      data: {
        clientName: clientName(rng, g),
        gender: g,
        age,
        street: place.street,
        community: place.community,
        categories,
        ...(onAssistance ? { assistanceType: rng.weighted({ dibao: 50, low_income: 35, tekun: 15 }) } : {}),
        householdSize: set.living === 'alone' ? 1 : rng.int(2, 4),
        source: rng.weighted({ visit_list: 70, hotline_96156: 20, report: 10 }),
      },
      plan: { ...elderly.referredPlan(rng, profile, 'main'), longTermCare, living: set.living, familyReferral: onAssistance && rng.chance(0.35) },
    };
  },

  referredPlan(rng, profile) {
    const tier = rng.weighted({ high: 20, key: 40, general: 40 });
    const [min, max] = VISITS_BY_TIER[tier];
    return {
      tier,
      visits: rng.int(min, max),
      skips: rng.chance(profile.skipsOptional),
      satisfied: rng.chance(profile.satisfaction),
      longTermCare: false,
      familyReferral: false,
    };
  },

  answer(formId, base, { rng, plan, n, memory }) {
    const tier = String(plan['tier']);
    switch (formId) {
      case 'initial-visit':
        return { ...base, tier, livingArrangement: plan['living'] ?? base['livingArrangement'], tierReason: tier === 'high' ? '独居或失能，近期有跌倒、住院等变化。' : tier === 'key' ? '生活基本自理，需定期关注。' : '能自理，家庭支持较好。' };
      case 'care-plan':
        return { ...base, tier, volunteerPairing: !plan['skips'] && tier !== 'general' };
      case 'visit': {
        const last = n >= Number(plan['visits']) - 1;
        const urgent = !last && !plan['skips'] && !memory['urgent'] && rng.chance(0.08);
        memory['urgent'] = urgent;
        return {
          ...base,
          tier,
          urgentVisit: urgent,
          visitMode: rng.weighted({ home: 70, phone: 20, volunteer: plan['skips'] ? 0 : 10 }),
          wellbeing: urgent ? 'declining' : rng.weighted({ good: 30, stable: 60, declining: 10 }),
          visitOutcome: last ? (plan['longTermCare'] ? 'long_term_care' : 'close') : 'continue',
        };
      }
      case 'closing':
        return {
          ...base,
          closingReason: plan['longTermCare'] ? 'long_term_care' : rng.weighted({ goals_met: 80, moved: 8, deceased: 7, client_request: 5 }),
          satisfaction: satisfactionScore(rng, Boolean(plan['satisfied'])),
          familyReferral: Boolean(plan['familyReferral']) && !plan['skips'],
        };
      default:
        return base;
    }
  },
};
