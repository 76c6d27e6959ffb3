/**
 * BJ-SW-BEREAVED-DISABLED, bereaved families and families with a dependent member: a few decline the
 * first visit; a risk tier drawn for each family sets how often it is visited, and after a round of
 * visits (or a visit that finds a crisis) a review either goes on — a settled high-risk family moving
 * down a tier — or, after the last round, closes the case or turns to end-of-life care, after which
 * most cases close and some go on supporting the family left. Support is long: many cases are still
 * being visited at the end of a year.
 *
 * @example
 *   supportBereavedDisabled.newCase(ctx).plan.tier // 'high', 'key' or 'general'
 */
import { clientName, gender } from '../clients';
import { satisfactionScore, type CaseBehaviour, type CasePlan } from '../case-behaviour';

/** Visits in a round before the review, by tier: about two months weekly, half a year monthly or quarterly. */
const VISITS_PER_ROUND = { high: [6, 9], key: [5, 6], general: [2, 2] } as const;

const VOLUNTEERS = ['刘某红', '张某平', '王某敏', '赵某军'];

type Tier = keyof typeof VISITS_PER_ROUND;

/** The tier the family is in now: the one drawn at the start, until a review changed it. */
const tierNow = (plan: CasePlan, memory: Record<string, unknown>) => String(memory['tier'] ?? plan['tier']) as Tier;

export const supportBereavedDisabled: CaseBehaviour = {
  code: 'BJ-SW-BEREAVED-DISABLED',
  prefix: 'SD',
  roundTheClock: false,
  // Bereaved families often keep the door shut at first: the first visit slips like the regular ones.
  followUps: new Set(['Task_FirstVisit', 'Task_VisitHigh', 'Task_VisitKey', 'Task_VisitGeneral']),

  newCase({ rng, profile, place, day }) {
    const kind = rng.weighted({ bereaved: 40, disabled: 35, both: 25 });
    const bereaved = kind !== 'disabled';
    const disabled = kind !== 'bereaved';
    const g = gender(rng, 0.65);
    const age = bereaved ? rng.int(55, 86) : rng.int(40, 88);
    const declined = rng.chance(0.06 + profile.skipsOptional / 2);
    return {
      walkthrough: declined ? 'declined' : 'main',
      data: {
        clientName: clientName(rng, g),
        gender: g,
        age,
        street: place.street,
        community: place.community,
        categories: [...(bereaved ? ['bereaved'] : []), ...(disabled ? ['disabled_member'] : [])],
        ...(bereaved ? { bereavementYear: Number(day.slice(0, 4)) - rng.int(1, 20), motherAge: Math.max(49, g === 'female' ? age : age - rng.int(0, 4)) } : {}),
        ...(disabled
          ? { disabledMember: bereaved ? rng.weighted({ self: 35, spouse: 65 }) : rng.weighted({ self: 20, spouse: 30, parent: 40, child: 10 }), disabilityLevel: rng.weighted({ partial: 60, full: 40 }) }
          : {}),
        ...(rng.chance(0.2) ? { assistanceType: rng.weighted({ dibao: 50, low_income: 35, tekun: 15 }) } : {}),
        householdSize: bereaved && !disabled ? rng.int(1, 2) : rng.int(2, 4),
        source: bereaved
          ? rng.weighted({ special_family_register: 70, community: 20, hotline_96156: 10 })
          : rng.weighted({ disability_register: 55, community: 20, hospital: 20, hotline_96156: 5 }),
      },
      plan: { ...supportBereavedDisabled.referredPlan(rng, profile, 'main'), bereaved, disabled, endOfLife: rng.chance(disabled ? 0.2 : 0.08) },
    };
  },

  referredPlan(rng, profile) {
    return {
      tier: rng.weighted({ high: 20, key: 45, general: 35 }),
      rounds: rng.int(1, 3),
      skips: rng.chance(profile.skipsOptional),
      secured: rng.chance(profile.satisfaction),
      satisfied: rng.chance(profile.satisfaction),
      bereaved: true,
      disabled: false,
      endOfLife: false,
    };
  },

  answer(formId, base, { rng, plan, memory, answers }) {
    const tier = tierNow(plan, memory);
    switch (formId) {
      case 'family-assessment': {
        const { adlScore: _adl, mainCarer: _carer, ...answer } = base;
        const suicideRisk = tier === 'high' && Boolean(plan['bereaved']) && rng.chance(0.25);
        return {
          ...answer,
          grief: plan['bereaved'] ? rng.weighted({ settled: 35, ongoing: 50, prolonged: 15 }) : 'not_applicable',
          suicideRisk,
          hasDisabledMember: Boolean(plan['disabled']),
          ...(plan['disabled']
            ? { adlScore: rng.int(10, 60), mainCarer: tier === 'high' && !suicideRisk && rng.chance(0.3) ? 'none' : rng.weighted({ spouse: 55, relative: 25, hired: 20 }) }
            : {}),
          benefitsReceived: plan['bereaved'] ? ['special_assistance'] : [],
          tier,
        };
      }
      case 'support-plan':
        return { ...base, tier, careNeeded: Boolean(plan['disabled']), benefitsToApply: plan['disabled'] ? ['elderly_care_subsidies'] : ['medical_assistance'] };
      case 'companionship': {
        const { volunteer: _, ...answer } = base;
        const paired = !plan['skips'];
        return {
          ...answer,
          sessionsHeld: rng.int(2, 8),
          methodsUsed: paired ? ['grief_counselling', 'volunteer_pairing'] : ['emotional_comfort'],
          ...(paired ? { volunteer: rng.pick(VOLUNTEERS) } : {}),
          griefNow: rng.weighted({ better: 55, same: 40, worse: 5 }),
        };
      }
      case 'care-arrangement': {
        if (!plan['disabled']) return { careOption: 'none_needed', homeAdaptation: false, careNotes: '家中无失能成员，暂不需要照护安排。' };
        return { ...base, careOption: rng.weighted({ home_care: 35, day_care: 20, respite: 25, care_home: 5, family_carer: 15 }), homeAdaptation: rng.chance(0.5) };
      }
      case 'benefits': {
        const { outstanding: _, ...answer } = base;
        const secured = Boolean(plan['secured']);
        return { ...answer, allEntitlementsSecured: secured, ...(secured ? {} : { outstanding: '护理补贴审批中，待街道复核。' }) };
      }
      case 'visit': {
        const visits = Number(memory['visits'] ?? 0) + 1;
        const [min, max] = VISITS_PER_ROUND[tier];
        const roundLength = Number(memory['roundLength'] ?? rng.int(min, max));
        const crisis = rng.chance(0.02);
        const review = crisis || visits >= roundLength;
        memory['visits'] = review ? 0 : visits;
        memory['roundLength'] = review ? undefined : roundLength;
        return {
          ...answers[0],
          visitMode: rng.weighted({ home: 65, phone: 25, volunteer: plan['skips'] ? 0 : 10 }),
          wellbeing: crisis ? 'crisis' : rng.weighted({ good: 25, stable: 60, declining: 15 }),
          servicesDelivered: rng.chance(0.3) ? ['emotional_comfort', 'policy_follow_up'] : ['emotional_comfort'],
          reviewNeeded: review,
        };
      }
      case 'review': {
        const round = Number(memory['round'] ?? 0) + 1;
        memory['round'] = round;
        const last = round >= Number(plan['rounds']);
        // After the last round: end-of-life care where it comes, else most families close and some go on;
        // a family left after a death is supported one round longer, then closed.
        const outcome = ((): 'continue' | 'end_of_life' | 'close' => {
          if (!last) return 'continue';
          if (memory['afterDeath']) return 'close';
          if (plan['endOfLife']) return 'end_of_life';
          return rng.chance(0.4) ? 'continue' : 'close';
        })();
        // A high-risk family that has settled is visited monthly from then on; a key one now and then quarterly.
        const next = tier === 'high' && rng.chance(0.6) ? 'key' : tier === 'key' && rng.chance(0.25) ? 'general' : tier;
        memory['tier'] = outcome === 'end_of_life' ? 'high' : next;
        const notes = { continue: '家庭状况基本稳定，按复评等级继续探访。', end_of_life: '医生告知进入终末期，家属希望转安宁疗护。', close: '家庭状况稳定，转入社区常规关爱。' }[outcome];
        return {
          ...base,
          reviewNotes: notes,
          emotionalChange: rng.weighted({ better: 40, stable: 45, worse: 15 }),
          careSituation: plan['disabled'] ? rng.weighted({ adequate: 75, strained: 25 }) : 'not_applicable',
          familySatisfaction: satisfactionScore(rng, Boolean(plan['satisfied'])),
          reviewOutcome: outcome,
          tier: memory['tier'],
        };
      }
      case 'end-of-life': {
        const goOn = rng.chance(0.3);
        memory['tier'] = 'high';
        memory['afterDeath'] = true;
        const { tier: _, ...answer } = base;
        return { ...answer, careFor: plan['disabled'] ? 'disabled_member' : 'parent', afterwards: goOn ? 'continue_visits' : 'close', ...(goOn ? { tier: 'high' } : {}) };
      }
      case 'closing':
        return {
          ...base,
          closingReason: memory['afterDeath'] ? rng.weighted({ care_home: 40, deceased: 40, stable: 20 }) : rng.weighted({ stable: 75, moved_away: 10, family_request: 15 }),
        };
      default:
        return base;
    }
  },
};
