/**
 * BJ-SW-HOMELESS, people sleeping rough or begging: found day and night; most accept help, a few
 * decline; minors are handed to child protection and referred to BJ-SW-CHILD; adults are traced,
 * cared for and mostly go home, the rest into institutions, with a follow-up after 30 days.
 */
import { clientName, gender } from '../clients';
import type { CaseBehaviour } from '../case-behaviour';

const HOMETOWNS = ['河北省保定市', '河北省张家口市', '河南省周口市', '山东省菏泽市', '安徽省阜阳市', '黑龙江省绥化市', '四川省南充市', '内蒙古自治区赤峰市', '山西省大同市', '辽宁省铁岭市'];
const INSTITUTIONS = ['市救助管理站托养机构', '区社会福利院', '区精神卫生中心'];

export const homeless: CaseBehaviour = {
  code: 'BJ-SW-HOMELESS',
  prefix: 'LQ',
  roundTheClock: true,
  followUps: new Set(['Task_FollowUp']),

  newCase({ rng, profile, spot, day }) {
    const walkthrough = rng.weighted({ main: 82, declined: 12, minor: 6 });
    const minor = walkthrough === 'minor';
    const g = gender(rng, minor ? 0.35 : 0.2);
    const age = minor ? rng.int(11, 17) : rng.int(20, 72);
    return {
      walkthrough,
      data: {
        foundAt: spot.foundAt,
        street: spot.street,
        foundBy: rng.weighted({ outreach: 50, police: 25, public_report: 20, self: 5 }),
        foundOn: day,
        gender: g,
        age,
        description: minor ? '独自在外，不愿说出家庭住址。' : rng.pick(['衣着单薄，身无分文。', '自述来京务工未果。', '行动不便，需要就医。', '精神状态不佳，言语不清。']),
      },
      plan: {
        age,
        gender: g,
        name: clientName(rng, g),
        hometown: rng.pick(HOMETOWNS),
        identified: rng.chance(0.85),
        returnHome: rng.chance(profile.district === 'chaoyang' || profile.district === 'fengtai' ? 0.58 : 0.68),
        settled: rng.chance(0.75 + (profile.satisfaction - 0.9)),
      },
    };
  },

  referredPlan() {
    return {};
  },

  answer(formId, base, { rng, plan }) {
    switch (formId) {
      case 'registration':
        return { ...base, clientName: plan['name'], gender: plan['gender'], age: plan['age'], hometown: plan['hometown'], idStatus: plan['identified'] ? rng.pick(['documented', 'undocumented']) : 'undocumented' };
      case 'tracing':
        return { ...base, identityConfirmed: Boolean(plan['identified']), familyFound: Boolean(plan['identified']) && Boolean(plan['returnHome']) };
      case 'return-decision':
        return { ...base, returnPlan: plan['returnHome'] ? 'return_home' : rng.pick(['welfare_institution', 'medical_institution']) };
      case 'return-home':
        return { ...base, destination: plan['hometown'], returnMode: rng.weighted({ ticket: 40, escorted: 25, family_pickup: 35 }) };
      case 'placement':
        return { ...base, institutionName: rng.pick(INSTITUTIONS) };
      case 'handoff':
        return { ...base, handedTo: plan['returnHome'] ? rng.pick(['family', 'home_civil_affairs']) : 'institution' };
      case 'follow-up':
        return { ...base, situation: plan['settled'] ? 'settled' : rng.weighted({ struggling: 50, homeless_again: 20, unreachable: 30 }) };
      default:
        return base;
    }
  },

  defaults: {
    placement: { institutionName: '区社会福利院', placementDate: '2026-01-01', placementNotes: '经评估安置。' },
  },
};
