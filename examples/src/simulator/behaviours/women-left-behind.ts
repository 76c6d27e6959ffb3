/**
 * BJ-SW-WOMEN, women left behind in villages: found in the villages of a district's towns; a few
 * decline; some plans are sent back once by the team's professional supervisor, and some mid-reviews
 * revise the plan; most women join a mutual-help or production group (fewer where optional steps are
 * left out), about half join a livelihood project, whose income follows the district's employment
 * outcomes; a few meet violence at home, which brings safety measures and a rights referral.
 *
 * @example
 *   womenLeftBehind.newCase(ctx).data.residence // 'village'
 */
import { clientName } from '../clients';
import { lastOf, satisfactionScore, type Answer, type CaseBehaviour } from '../case-behaviour';

const RIGHTS_REFERRALS = [
  { area: 'womens_federation', agency: '镇妇联维权服务站' },
  { area: 'legal_aid', agency: '区法律援助中心' },
];

export const womenLeftBehind: CaseBehaviour = {
  code: 'BJ-SW-WOMEN',
  prefix: 'FN',
  roundTheClock: false,
  rural: true,
  followUps: new Set(['Task_FollowUp']),

  newCase({ rng, profile, place }) {
    const declined = rng.chance(0.05 + profile.skipsOptional / 2);
    return {
      walkthrough: declined ? 'declined' : 'main',
      data: {
        clientName: clientName(rng, 'female'),
        gender: 'female',
        age: rng.int(24, 58),
        street: place.street,
        community: place.community,
        residence: 'village',
        husbandAwayMonths: rng.int(6, 12),
        husbandWorksIn: rng.weighted({ other_province: 55, other_district: 40, abroad: 5 }),
        childrenAtHome: Number(rng.weighted({ 0: 15, 1: 45, 2: 35, 3: 5 })),
        eldersCaredFor: rng.int(0, 2),
        source: rng.weighted({ screening: 60, report: 25, hotline_96156: 5, self: 10 }),
      },
      plan: womenLeftBehind.referredPlan(rng, profile, declined ? 'declined' : 'main'),
    };
  },

  referredPlan(rng, profile) {
    return {
      sentBack: rng.chance(0.2),
      revised: rng.chance(0.15),
      inGroups: !rng.chance(profile.skipsOptional * 2),
      livelihood: rng.chance(0.55),
      incomeUp: rng.chance(profile.employment + 0.15),
      relieved: rng.chance(profile.satisfaction - 0.05),
      satisfied: rng.chance(profile.satisfaction),
      violence: rng.chance(0.06),
      distress: rng.int(14, 36),
    };
  },

  answer(formId, base, { rng, plan, n, answers }) {
    switch (formId) {
      case 'needs-assessment': {
        const { specialistReferral: _, safetyMeasures: _safety, ...answer } = base;
        const k10Score = Number(plan['distress']);
        return {
          ...answer,
          k10Score,
          ...(k10Score >= 30 ? { specialistReferral: rng.chance(0.7) } : {}),
          ...(plan['violence']
            ? { rights: { level: 'high', findings: '丈夫回家期间有打骂行为。' }, rightsIssues: ['domestic_violence'], safetyMeasures: ['safety_plan', 'womens_federation'] }
            : {}),
        };
      }
      case 'service-plan':
        return n === 0 ? (answers[0] ?? base) : lastOf(answers);
      case 'plan-approval':
        return plan['sentBack'] && n === 0 ? (answers[0] ?? base) : lastOf(answers);
      case 'group-work': {
        if (!plan['inGroups']) return { groupsJoined: [], sessionsAttended: 0, becameLeader: false, groupNotes: '农忙，未参加小组活动。' };
        return { ...base, sessionsAttended: rng.int(2, 12), becameLeader: rng.chance(0.15) };
      }
      case 'resource-referral': {
        const livelihood = plan['livelihood'] ? ((base['referrals'] as Answer[] | undefined) ?? []) : [];
        const rights = plan['violence'] ? RIGHTS_REFERRALS.map((r) => ({ ...r, referralDate: '2026-01-01', result: rng.weighted({ resolved: 70, in_progress: 30 }) })) : [];
        const referrals = [...livelihood, ...rights];
        return { ...base, referrals, referralSummary: referrals.length ? '已按方案转介并跟进结果。' : '本案无需转介。' };
      }
      case 'mid-review':
        return plan['revised'] && n === 0 ? { ...base, goalProgress: 'stalled', midReviewOutcome: 'revise_plan', reviewNotes: '小组参与不稳定，调整服务方案。' } : base;
      case 'closing': {
        const { livelihoodOutcome: _, ...answer } = base;
        return {
          ...answer,
          goalsAchieved: plan['satisfied'] ? rng.pick(['fully', 'mostly']) : rng.pick(['mostly', 'partly']),
          closingReason: rng.weighted({ goals_met: 80, husband_returned: 10, moved_away: 5, client_request: 5 }),
          stressChange: plan['relieved'] ? rng.weighted({ much_lower: 40, lower: 60 }) : rng.weighted({ same: 80, higher: 20 }),
          joinedLivelihood: Boolean(plan['livelihood']),
          ...(plan['livelihood'] ? { livelihoodOutcome: plan['incomeUp'] ? 'income_up' : 'no_change_yet' } : {}),
          satisfaction: satisfactionScore(rng, Boolean(plan['satisfied'])),
        };
      }
      case 'follow-up': {
        const again = rng.chance(0.05);
        const { newNeeds: _, ...answer } = base;
        return {
          ...answer,
          contactMode: rng.weighted({ home_visit: 40, phone: 40, group: plan['inGroups'] ? 20 : 0 }),
          situation: rng.weighted({ improved: 35, stable: 55, worsened: 10 }),
          stillInGroup: Boolean(plan['inGroups']) && rng.chance(0.7),
          needsNewService: again,
          ...(again ? { newNeeds: '丈夫失去工作，家庭收入中断。' } : {}),
        };
      }
      default:
        return base;
    }
  },
};
