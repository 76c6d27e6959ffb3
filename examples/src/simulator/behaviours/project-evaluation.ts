/**
 * BJ-SW-EVAL, performance evaluation of a contracted organisation: one project per organisation, with
 * monthly self-evaluations and reviews, a mid-term review, the final review and a grade; weaker
 * organisations (in districts that skip optional steps) sample too few clients by phone and get
 * fixes to make.
 */
import type { CaseBehaviour } from '../case-behaviour';

const SERVICES = {
  'BJ-SW-FAMILY': { zh: '社会救助家庭增能服务项目', target: 120 },
  'BJ-SW-ELDER': { zh: '困难老年人关爱探访项目', target: 80 },
  'BJ-SW-CHILD': { zh: '困境儿童关爱保护项目', target: 60 },
} as const;

const GRADE_SCORE = { excellent: 93, good: 85, pass: 72, fail: 55 } as const;

export const projectEvaluation: CaseBehaviour = {
  code: 'BJ-SW-EVAL',
  prefix: 'PG',
  roundTheClock: false,
  followUps: new Set(['Task_SelfEvaluation']),

  newCase({ rng, profile, day, organisation, sequence, districtName }) {
    const service = rng.weighted({ 'BJ-SW-FAMILY': 40, 'BJ-SW-ELDER': 45, 'BJ-SW-CHILD': 15 });
    const { zh, target } = SERVICES[service];
    const weak = rng.chance(profile.skipsOptional * 2 + 0.1);
    const grade = weak ? rng.weighted({ good: 40, pass: 45, fail: 15 }) : rng.weighted({ excellent: 45, good: 50, pass: 5 });
    const district = districtName.zh;
    // Half-year and nine-month contracts beside the yearly ones: a year's history sees projects through
    // their final review, grade and fixes, not only their monthly rhythm.
    const contractMonths = Number(rng.weighted({ 6: 50, 9: 30, 12: 20 }));
    return {
      walkthrough: grade === 'excellent' ? 'excellent' : 'main',
      data: {
        projectName: `${district}${zh}`,
        organisationName: organisation?.name ?? '社会工作服务机构',
        purchaser: `${district}民政局`,
        contractNo: `${profile.abbr}-${day.slice(0, 4)}-SG-${String(sequence).padStart(3, '0')}`,
        contractStart: day,
        contractMonths,
        contractAmount: Math.round((target * 5000 * contractMonths) / 12),
        targetClients: target,
        serviceStandards: [service],
      },
      plan: { weak, grade, fixRounds: grade === 'excellent' ? 0 : weak ? 2 : 1, target, contractMonths },
    };
  },

  referredPlan() {
    return {};
  },

  answer(formId, base, { rng, plan, n }) {
    const target = Number(plan['target']);
    const months = Number(plan['contractMonths'] ?? 12);
    const month = n + 1;
    switch (formId) {
      case 'self-evaluation': {
        const served = Math.round((target * month) / months * (plan['weak'] ? 0.8 : 1));
        return {
          ...base,
          projectMonth: month,
          casesServed: served,
          visitsDone: served * 4,
          activitiesHeld: rng.int(1, 3),
          spendingToDate: Math.round((target * 5000 * month) / 12),
          platformDataChecked: !plan['weak'] || rng.chance(0.6),
        };
      }
      case 'supervisor-review':
        return { ...base, reviewResult: plan['weak'] ? rng.weighted({ on_track: 50, minor_concerns: 40, serious_concerns: 10 }) : rng.weighted({ on_track: 85, minor_concerns: 15 }) };
      case 'phone-sampling': {
        const served = Math.round(target * (plan['weak'] ? 0.85 : 1.03));
        const rate = plan['weak'] ? rng.int(6, 11) : rng.int(10, 15);
        const sampled = Math.max(1, Math.ceil((served * rate) / 100));
        return {
          ...base,
          clientsServed: served,
          clientsSampled: sampled,
          samplingRatePercent: Math.round((sampled / served) * 1000) / 10,
          satisfactionRatePercent: plan['weak'] ? rng.int(78, 92) : rng.int(90, 100),
        };
      }
      case 'evaluation-report': {
        const grade = String(plan['grade']) as keyof typeof GRADE_SCORE;
        const total = GRADE_SCORE[grade] + rng.int(-2, 2);
        return { ...base, totalScore: total, grade, rectificationRequired: Number(plan['fixRounds']) > 0 };
      }
      case 'rectification-acceptance':
        return { ...base, rectificationAccepted: n + 1 >= Number(plan['fixRounds']), acceptanceNotes: n + 1 >= Number(plan['fixRounds']) ? '通过。' : '需建立长效自查制度。' };
      default:
        return base;
    }
  },
};
