/**
 * BJ-SW-ELDER, older people in difficulty: a risk tier drawn for each person decides how often they are
 * visited and for how long; while the next visit is pending a risk report may come (a fall, a hospital
 * stay, a carer gone), more often the higher the risk, and the urgent visit that follows within 24
 * hours (at any hour) often raises the tier; a high-risk person who settles moves down a tier; some go
 * into long-term care, some die, families on assistance are referred to BJ-SW-FAMILY, and the others
 * are followed up a month after closing.
 *
 * @example
 *   elderly.messageWhile?.('Task_VisitHigh', { tier: 'high' }, {}) // { name: '风险报告', meanDays: 60 }
 */
import { clientName, gender } from '../clients';
import { satisfactionScore, type CaseBehaviour, type CasePlan } from '../case-behaviour';

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

/** The visit task of each tier's loop, where a risk report may interrupt the wait. */
const VISIT_TASKS: Record<string, string> = { Task_VisitHigh: 'high', Task_VisitKey: 'key', Task_VisitGeneral: 'general' };

/** On average one risk report in this many days while a person of the tier waits for the next visit. */
const REPORT_EVERY_DAYS: Record<string, number> = { high: 60, key: 200, general: 600 };

const RISK_REPORT = '风险报告';

/** The tier the case is in now: the one drawn at the start, until a visit changed it. */
const tierNow = (plan: CasePlan, memory: Record<string, unknown>) => String(memory['tier'] ?? plan['tier']);

export const elderly: CaseBehaviour = {
  code: 'BJ-SW-ELDER',
  prefix: 'LN',
  roundTheClock: false,
  followUps: new Set([...Object.keys(VISIT_TASKS), 'Task_FollowUp']),
  anyHour: new Set(['Task_UrgentVisit']),

  messageWhile(elementId) {
    const tier = VISIT_TASKS[elementId];
    return tier ? { name: RISK_REPORT, meanDays: REPORT_EVERY_DAYS[tier]! } : undefined;
  },

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
    const tier = tierNow(plan, memory);
    // The visits of the case so far, urgent ones included: the case closes after its planned number.
    const visits = Number(memory['visits'] ?? 0);
    const ending = () => (plan['longTermCare'] ? 'long_term_care' : 'close');
    switch (formId) {
      case 'initial-visit':
        return { ...base, tier, livingArrangement: plan['living'] ?? base['livingArrangement'], tierReason: tier === 'high' ? '独居或失能，近期有跌倒、住院等变化。' : tier === 'key' ? '生活基本自理，需定期关注。' : '能自理，家庭支持较好。' };
      case 'care-plan':
        return { ...base, tier, volunteerPairing: !plan['skips'] && tier !== 'general' };
      case 'visit': {
        memory['visits'] = visits + 1;
        const last = visits >= Number(plan['visits']) - 1;
        // A high-risk person who has settled after a few weeks is visited monthly from then on.
        const settled = tier === 'high' && n >= 3 && rng.chance(0.2);
        memory['tier'] = settled ? 'key' : tier;
        const { tier: _tier, endVisits: _end, nextStep: _next, ...rest } = base;
        return {
          ...rest,
          ...(settled ? { tier: 'key' } : {}),
          ...(last ? { endVisits: true, nextStep: ending() } : {}),
          visitMode: rng.weighted({ home: 70, phone: 20, volunteer: plan['skips'] ? 0 : 10 }),
          wellbeing: rng.weighted({ good: 30, stable: 60, declining: 10 }),
        };
      }
      case 'urgent-visit': {
        memory['visits'] = visits + 1;
        const died = rng.chance(0.04);
        memory['died'] = died;
        // After a fall, a hospital stay or a carer gone, the risk is often higher than it was.
        memory['tier'] = tier === 'high' || rng.chance(0.55) ? 'high' : tier;
        const { endVisits: _end, nextStep: _next, ...rest } = base;
        const end = died ? 'close' : rng.chance(0.08) ? 'long_term_care' : undefined;
        return {
          ...rest,
          reportedBy: rng.weighted({ hospital: 25, police: 10, neighbour: 30, hotline_96156: 15, volunteer: plan['skips'] ? 0 : 10, family: 10 }),
          reportedEvent: rng.weighted({ fall: 35, hospitalisation: 30, bereavement: 8, no_carer: 12, abuse_or_neglect: 5, unreachable: 10 }),
          wellbeing: died ? 'crisis' : rng.weighted({ stable: 20, declining: 55, crisis: 25 }),
          actionsTaken: rng.chance(0.5) ? ['crisis_intervention', 'family_contacted'] : ['medical_escort', 'emotional_support'],
          tier: memory['tier'],
          ...(end ? { endVisits: true, nextStep: end } : {}),
        };
      }
      case 'closing':
        return {
          ...base,
          closingReason: memory['died'] ? 'deceased' : plan['longTermCare'] ? 'long_term_care' : rng.weighted({ goals_met: 80, moved: 8, deceased: 7, client_request: 5 }),
          satisfaction: satisfactionScore(rng, Boolean(plan['satisfied'])),
          familyReferral: Boolean(plan['familyReferral']) && !plan['skips'],
        };
      case 'follow-up':
        return {
          ...base,
          contactMode: rng.weighted({ phone: 60, home: 40 }),
          situation: rng.weighted({ better: 30, stable: 55, worse: 15 }),
          serviceEffect: satisfactionScore(rng, Boolean(plan['satisfied'])),
          backOnVisitList: rng.chance(0.06),
        };
      default:
        return base;
    }
  },
};
