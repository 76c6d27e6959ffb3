/**
 * BJ-SW-CHILD, children in difficulty and left-behind children: some are found in immediate danger and
 * protected at once; some plans go back once; monthly contacts go on for a few months (with a
 * reassessment now and then) before the case closes; a few follow-ups find the child unsafe again.
 */
import { childName, gender } from '../clients';
import { lastOf, satisfactionScore, type CaseBehaviour } from '../case-behaviour';

const CATEGORY_SETS = [['left_behind'], ['left_behind', 'poverty'], ['improper_guardianship', 'poverty'], ['lacking_guardianship'], ['disability', 'poverty'], ['serious_illness'], ['out_of_school']];

export const children: CaseBehaviour = {
  code: 'BJ-SW-CHILD',
  prefix: 'ET',
  roundTheClock: false,
  // A child reported at night is assessed within 24 hours, and protected within 12 if in danger, not on the next working morning.
  anyHour: new Set(['Task_SafetyAssessment', 'Task_EmergencyProtection']),
  followUps: new Set(['Task_MonthlyContact', 'Task_FollowUp']),

  newCase({ rng, profile, place }) {
    const g = gender(rng, 0.48);
    const categories = rng.pick(CATEGORY_SETS);
    return {
      walkthrough: 'main',
      data: {
        clientName: childName(rng, g),
        gender: g,
        // Left-behind children are under 16; the eligibility schema says so.
        age: categories.includes('left_behind') ? rng.int(5, 15) : rng.int(5, 16),
        street: place.street,
        community: place.community,
        source: rng.weighted({ screening: 55, report: 35, referral: 10 }),
        categories,
      },
      plan: {
        ...children.referredPlan(rng, profile, 'main'),
        categories: categories.join(','),
        danger: rng.chance(0.1),
        sentBack: rng.chance(0.2),
        reassess: rng.chance(0.08),
      },
    };
  },

  referredPlan(rng, profile) {
    return { danger: false, sentBack: false, reassess: false, contacts: rng.int(2, 6), safe: rng.chance(0.9 + (profile.satisfaction - 0.9)), satisfied: rng.chance(profile.satisfaction) };
  },

  answer(formId, base, { rng, plan, n, answers, memory }) {
    switch (formId) {
      case 'registration': {
        // A referred minor keeps the walkthrough's file; others are filed as they came in.
        if (typeof plan['categories'] !== 'string') return base;
        const categories = plan['categories'].split(',');
        const leftBehind = categories.includes('left_behind');
        return {
          ...base,
          categories,
          parentsAway: leftBehind ? rng.weighted({ both: 70, one_other_unable: 30 }) : rng.weighted({ none: 70, one: 30 }),
          livingWith: leftBehind
            ? rng.weighted({ grandparents: 75, relatives: 25 })
            : categories.includes('lacking_guardianship')
              ? rng.weighted({ relatives: 50, institution: 30, alone: 20 })
              : rng.weighted({ both_parents: 40, one_parent: 60 }),
        };
      }
      case 'safety-assessment': {
        const danger = answers.find((a) => a['safetyLevel'] === 'immediate_danger');
        const atRisk = answers.find((a) => a['safetyLevel'] !== 'immediate_danger') ?? base;
        return plan['danger'] && n === 0 && danger ? danger : atRisk;
      }
      case 'care-plan':
        return n === 0 ? (answers[0] ?? base) : lastOf(answers);
      case 'plan-approval':
        return plan['sentBack'] && n === 0 ? (answers[0] ?? base) : lastOf(answers);
      case 'monthly-contact': {
        // A contact that finds the child unsafe sends the case back to a safety reassessment (the form
        // requires it); after one reassessment the child stays safe.
        const unsafe = !memory['reassessed'] && ((plan['reassess'] && n === 1) || !rng.chance(plan['safe'] ? 0.98 : 0.8));
        if (unsafe) memory['reassessed'] = true;
        const last = n >= Number(plan['contacts']) - 1;
        return {
          ...lastOf(answers),
          contactMode: rng.weighted({ home_visit: 60, phone: 25, school: 15 }),
          childSafe: !unsafe,
          guardianshipStatus: unsafe ? 'weak' : 'adequate',
          contactOutcome: unsafe ? 'reassess' : last ? 'close' : 'continue',
        };
      }
      case 'closing':
        return { ...base, satisfaction: satisfactionScore(rng, Boolean(plan['satisfied'])) };
      case 'follow-up': {
        // Now and then the follow-up finds the child unsafe again, once a case: back to a reassessment.
        const unsafe = !memory['reopened'] && rng.chance(plan['safe'] ? 0.01 : 0.08);
        if (unsafe) memory['reopened'] = true;
        return {
          ...base,
          contactMode: rng.weighted({ home_visit: 55, phone: 35, school: 10 }),
          childSafe: !unsafe,
          situation: unsafe ? 'worsened' : rng.weighted({ improved: 35, stable: 60, worsened: 5 }),
          followUpOutcome: unsafe ? 'reassess' : 'stays_closed',
        };
      }
      default:
        return base;
    }
  },
};
