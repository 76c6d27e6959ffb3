/**
 * BJ-SW-HOMELESS, people sleeping rough or begging: found day and night; most adults accept help, a
 * few decline, and a few who come to the station are screened out (不予救助) and told why; minors are
 * taken in whatever they say and handed to child protection, most of them then back to their home
 * province, the others referred to BJ-SW-CHILD; admitted adults are traced and cared for, and most go
 * home or into an institution, are handed off and followed up after 30 days — some leave on their own
 * (more where the station's help reaches people less), and a few have their assistance ended.
 *
 * @example
 *   homeless.newCase(ctx).walkthrough // 'main', 'placement', 'left-on-own', 'terminated', 'refused', 'declined', 'minor' or 'minor-other-province'
 */
import { clientName, gender } from '../clients';
import type { CaseBehaviour } from '../case-behaviour';
import type { DistrictProfile } from '../district-profiles';
import type { Random } from '../../random/seeded-random';

const HOMETOWNS = ['河北省保定市', '河北省张家口市', '河南省周口市', '山东省菏泽市', '安徽省阜阳市', '黑龙江省绥化市', '四川省南充市', '内蒙古自治区赤峰市', '山西省大同市', '辽宁省铁岭市'];
const BEIJING_HOMES = ['北京市大兴区', '北京市通州区', '北京市昌平区', '北京市房山区', '北京市密云区', '北京市延庆区'];
const INSTITUTIONS: Record<string, string[]> = {
  welfare: ['市救助管理站托养机构', '区社会福利院'],
  medical: ['区医院', '市救助管理事务中心定点医院'],
  mental_health: ['区精神卫生中心'],
};

/** How an admitted adult's stay ends, and the walkthrough that goes that way. */
const WALKTHROUGH_OF_EXIT: Record<string, string> = {
  return_home: 'main',
  placement: 'placement',
  left_on_own: 'left-on-own',
  terminated: 'terminated',
};

/**
 * How an admitted adult's stay ends in a district. Where fewer clients are satisfied (the station's help
 * reaches them less), more leave on their own and a few more have their assistance ended: about 4 % and
 * 2 % in the pilots, 20 % and 6 % where the district is stretched; of the rest, most go home.
 */
function exitOf(rng: Random, profile: DistrictProfile): string {
  const shortfall = 0.92 - profile.satisfaction;
  if (rng.chance(0.1 + 2 * shortfall)) return 'left_on_own';
  if (rng.chance(0.035 + 0.5 * shortfall)) return 'terminated';
  const home = profile.district === 'chaoyang' || profile.district === 'fengtai' ? 0.6 : 0.7;
  return rng.chance(home) ? 'return_home' : 'placement';
}

export const homeless: CaseBehaviour = {
  code: 'BJ-SW-HOMELESS',
  prefix: 'LQ',
  roundTheClock: true,
  followUps: new Set(['Task_FollowUp']),

  newCase({ rng, profile, spot, day }) {
    const route = rng.weighted({ adult: 79, declined: 12, minor: 6, refused: 3 });
    const minor = route === 'minor';
    const homeArea = minor ? rng.weighted({ other_province: 70, beijing: 20, unknown: 10 }) : 'other_province';
    const exit = route === 'adult' ? exitOf(rng, profile) : '';
    const walkthrough =
      route === 'adult' ? (WALKTHROUGH_OF_EXIT[exit] as string) : minor ? (homeArea === 'other_province' ? 'minor-other-province' : 'minor') : route;
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
        minor,
        homeArea,
        exit,
        age,
        gender: g,
        name: clientName(rng, g),
        hometown: homeArea === 'beijing' ? rng.pick(BEIJING_HOMES) : homeArea === 'unknown' ? '不详' : rng.pick(HOMETOWNS),
        identified: rng.chance(0.85),
        settled: rng.chance(0.75 + (profile.satisfaction - 0.9)),
      },
    };
  },

  referredPlan() {
    return {};
  },

  answer(formId, base, { rng, profile, plan }) {
    switch (formId) {
      case 'outreach':
        // A minor is taken to the station whether they agree or not.
        return plan['minor'] ? { ...base, acceptsAssistance: rng.chance(0.6) } : base;
      case 'registration':
        return { ...base, clientName: plan['name'], gender: plan['gender'], age: plan['age'], hometown: plan['hometown'], idStatus: plan['identified'] ? rng.pick(['documented', 'undocumented']) : 'undocumented' };
      case 'refusal':
        return { ...base, refusalReason: rng.weighted({ has_means: 45, cash_only: 30, false_information: 15, other: 10 }), reasonsGiven: rng.chance(1 - profile.skipsOptional / 2) };
      case 'minor-handover':
        return { ...base, homeArea: plan['homeArea'] };
      case 'tracing':
        return { ...base, identityConfirmed: Boolean(plan['identified']), familyFound: Boolean(plan['identified']) && plan['exit'] === 'return_home' };
      case 'exit-decision':
        return { ...base, exitPlan: plan['exit'] };
      case 'return-home':
        return { ...base, destination: plan['hometown'], returnMode: rng.weighted({ ticket: 40, escorted: 25, family_pickup: 35 }) };
      case 'placement': {
        const institutionType = rng.weighted({ welfare: 55, medical: 25, mental_health: 20 });
        return { ...base, institutionType, institutionName: rng.pick(INSTITUTIONS[institutionType] ?? []) };
      }
      case 'self-departure':
        return { ...base, departureReason: rng.weighted({ own_way_home: 40, found_work: 30, unwilling: 20, other: 10 }), toldHowToReturn: rng.chance(0.95) };
      case 'termination': {
        const terminationReason = rng.weighted({ left_without_notice: 60, serious_breach: 15, refuses_to_leave: 15, false_information: 10 });
        return { ...base, terminationReason, reasonsGiven: terminationReason !== 'left_without_notice' };
      }
      case 'handoff':
        return { ...base, handedTo: plan['exit'] === 'return_home' ? rng.pick(['family', 'home_civil_affairs']) : 'institution' };
      case 'follow-up':
        return { ...base, situation: plan['settled'] ? 'settled' : rng.weighted({ struggling: 50, homeless_again: 20, unreachable: 30 }) };
      default:
        return base;
    }
  },
};
