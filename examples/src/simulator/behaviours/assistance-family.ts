/**
 * BJ-SW-FAMILY, assistance families: most agree to the service, some plans are sent back once, some
 * mid-reviews revise the plan; three families in four have someone able and willing to work, and
 * their employment at closing, like satisfaction, follows the district. Casework is contacts with the
 * family — home visits, calls, interviews at the station — recorded while it is open, about every two
 * and a half weeks (a slower district's less often): at least the two the step needs.
 */
import { clientName, gender } from '../clients';
import { lastOf, satisfactionScore, type Answer, type CaseBehaviour } from '../case-behaviour';

const REASONS = [
  '本人失业，子女上学开支大，情绪低落。',
  '家中有重病患者，医疗支出大，照护压力重。',
  '单亲抚养子女，收入不稳定。',
  '家庭成员残疾，缺少照护与就业支持。',
  '突发意外致收入中断，家庭关系紧张。',
];

export const assistanceFamily: CaseBehaviour = {
  code: 'BJ-SW-FAMILY',
  prefix: 'JT',
  roundTheClock: false,
  followUps: new Set(['Task_FollowUp1', 'Task_FollowUp3']),
  contacts: {
    Task_Casework: {
      least: 2,
      meanDays: 17,
      kinds: { home_visit: 50, phone: 35, office: 15 },
      notes: [
        '入户开展心理疏导，了解家庭近况。',
        '电话跟进转介办理进度，情绪平稳。',
        '来站面谈，讨论求职意向与家庭发展规划。',
        '与家庭成员沟通亲子关系，布置家庭作业。',
        '协助整理救助申请材料，约定下次探访时间。',
      ],
    },
  },

  newCase({ rng, profile, place }) {
    const declined = rng.chance(0.04 + profile.skipsOptional / 2);
    const g = gender(rng, 0.6);
    return {
      walkthrough: declined ? 'declined' : 'main',
      data: {
        clientName: clientName(rng, g),
        gender: g,
        age: rng.int(24, 64),
        street: place.street,
        community: place.community,
        assistanceType: rng.weighted({ dibao: 50, low_income: 25, tekun: 10, temporary: 10, applying: 5 }),
        householdSize: rng.int(1, 5),
        referralSource: rng.weighted({ street_office: 45, community: 35, hotline_96156: 12, self: 8 }),
        referralReason: rng.pick(REASONS),
      },
      plan: assistanceFamily.referredPlan(rng, profile, declined ? 'declined' : 'main'),
    };
  },

  referredPlan(rng, profile) {
    return {
      planSentBack: rng.chance(0.2),
      planRevised: rng.chance(0.3),
      // Members able and willing to work; the employment indicator counts only families with some.
      employable: Number(rng.weighted({ 0: 25, 1: 55, 2: 20 })),
      employed: rng.chance(profile.employment),
      satisfied: rng.chance(profile.satisfaction),
    };
  },

  answer(formId, base, { rng, plan, n, answers }) {
    switch (formId) {
      case 'home-assessment':
        return { ...base, employableMembers: plan['employable'] };
      case 'service-plan':
        return n === 0 ? (answers[0] ?? base) : lastOf(answers);
      case 'plan-approval':
        return plan['planSentBack'] && n === 0 ? (answers[0] ?? base) : lastOf(answers);
      case 'mid-review':
        return plan['planRevised'] && n === 0 ? (answers[0] ?? base) : lastOf(answers);
      case 'closing-assessment': {
        const employable = Number(plan['employable']);
        const answer: Answer = { ...base };
        delete answer['employmentOutcome'];
        return {
          ...answer,
          goalsAchieved: plan['satisfied'] ? rng.pick(['fully', 'mostly']) : rng.pick(['mostly', 'partly']),
          employableMembers: employable,
          ...(employable > 0 ? { employmentOutcome: plan['employed'] ? rng.pick(['in_work', 'in_work', 'in_training']) : 'not_yet' } : {}),
          satisfaction: satisfactionScore(rng, Boolean(plan['satisfied'])),
        };
      }
      case 'follow-up':
        return { ...base, situation: rng.weighted({ improved: 30, stable: 60, worsened: 10 }), contactMode: rng.pick(['home_visit', 'phone', 'phone', 'community']) };
      default:
        return base;
    }
  },
};
