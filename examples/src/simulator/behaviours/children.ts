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
  followUps: new Set(['Task_MonthlyContact', 'Task_FollowUp']),

  newCase({ rng, profile, place }) {
    const g = gender(rng, 0.48);
    const categories = rng.pick(CATEGORY_SETS);
    return {
      walkthrough: 'main',
      data: {
        clientName: childName(rng, g),
        gender: g,
        age: rng.int(5, 16),
        street: place.street,
        community: place.community,
        source: rng.weighted({ screening: 55, report: 35, referral: 10 }),
        categories,
      },
      plan: {
        ...children.referredPlan(rng, profile, 'main'),
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
        const last = n >= Number(plan['contacts']) - 1;
        const reassess = !last && plan['reassess'] && !memory['reassessed'] && n === 1;
        if (reassess) memory['reassessed'] = true;
        const safe = reassess ? false : rng.chance(plan['safe'] ? 0.98 : 0.8);
        return {
          ...lastOf(answers),
          contactMode: rng.weighted({ home_visit: 60, phone: 25, school: 15 }),
          childSafe: safe,
          guardianshipStatus: safe ? 'adequate' : 'weak',
          contactOutcome: last ? 'close' : reassess ? 'reassess' : 'continue',
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
