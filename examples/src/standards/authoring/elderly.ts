/**
 * 困难老年人社会工作服务 — social work with older people in difficulty (京民社工发〔2017〕23号 四(二),
 * the "特殊老人照料计划"), over the 13 service areas of MZ/T 064-2016.
 */
import { ASSISTANCE_TYPES, age, clientName, community, gender, NEED_LEVELS, street } from './client-fields';
import type { ExampleStandardSource } from './example-source';
import type { FlowSpec, NodeSpec } from './process-model';
import { choice, choices, date, eligibility, form, group, integer, notes, rating, t, text, when, yes, type Option } from './schema-fields';

/** The 13 content areas of elderly social work, MZ/T 064-2016, each with what it means in a case. */
const AREAS: ReadonlyArray<readonly [string, string, string, string, string]> = [
  [
    'assistance', '救助服务', 'Assistance services',
    '协助符合条件的老年人申请最低生活保障、特困人员供养、医疗救助和临时救助，链接慈善资源，解决吃、穿、住、医等基本生活困难。',
    'Helps eligible older people apply for the minimum living guarantee, support for people in extreme poverty, medical and temporary assistance, and links charitable resources, so that food, clothing, housing and care are secured.',
  ],
  [
    'care_arrangement', '照顾安排', 'Care arrangements',
    '评估老人的自理能力和照料需求，协调家庭成员、居家养老服务、养老照料中心或养老机构，商定由谁、在何时、以何种方式照顾，并跟进落实。',
    'Assesses how far the person manages alone and what care they need, then agrees with the family, home-care services, a day-care centre or a care home who looks after them, when and how, and follows it through.',
  ],
  [
    'home_adaptation', '适老化环境改造', 'Age-friendly home adaptation',
    '查看居所中跌倒、用火用电和出行的风险，协助申请扶手、防滑地面、紧急呼叫设备和辅具，使老人能安全地在家生活。',
    'Looks for the risks of falls, fire, electricity and getting about in the home, and helps apply for grab rails, non-slip floors, emergency call devices and aids, so that the person can live safely at home.',
  ],
  [
    'family_counselling', '家庭辅导', 'Family counselling',
    '调解代际矛盾和赡养纠纷，指导家属掌握照护技能，关注照顾者的压力，促使家庭成为老人的支持而非负担。',
    'Mediates between generations and in disputes over support, teaches relatives the skills of care, watches for the carers\' strain, and helps the family become a support rather than a burden.',
  ],
  [
    'emotional_comfort', '精神慰藉', 'Emotional comfort',
    '通过探访、陪伴、倾听和怀旧等方式缓解孤独、焦虑和抑郁，特别关注丧偶、失独等重大丧失后的情绪变化。',
    'Eases loneliness, anxiety and low mood through visits, company, listening and reminiscence, with particular care after a great loss such as a spouse\'s or an only child\'s death.',
  ],
  [
    'crisis_intervention', '危机干预', 'Crisis intervention',
    '对跌倒、突发疾病、走失、自杀风险、受虐或被遗弃等紧急情况迅速介入，先保证安全，再联动医疗机构、公安和社区处置。',
    'Steps in at once after a fall, a sudden illness, wandering off, a risk of suicide, abuse or abandonment: safety first, then the hospital, the police and the community act together.',
  ],
  [
    'support_network', '社会支持网络建设', 'Building a support network',
    '联结邻里、志愿者、社区组织和亲友，建立结对帮扶和定期联系，减少老人的社会隔离。',
    'Connects neighbours, volunteers, community groups, relatives and friends, pairs them with the person and keeps them in regular touch, so that nobody is cut off.',
  ],
  [
    'community_participation', '社区参与', 'Community participation',
    '鼓励和协助老人参加社区活动、互助小组和志愿服务，让老人在社区中发挥能力、保持社会角色。',
    'Encourages and helps the person to join community activities, mutual-help groups and volunteering, using their abilities and keeping a place in the community.',
  ],
  [
    'education', '老年教育', 'Education for older people',
    '组织健康知识、防范诈骗、智能手机和出行服务使用等学习活动，支持老人持续学习、适应社会变化。',
    'Organises learning on health, protection against fraud, using a smartphone and everyday services, so that older people keep learning and keep up with a changing city.',
  ],
  [
    'consultation', '咨询服务', 'Consultation',
    '为老人及其家属解答养老政策、医疗保障、法律问题和服务资源方面的疑问，需要时转介到相应部门或机构。',
    'Answers older people\'s and their families\' questions about elderly-care policy, health insurance, the law and the services available, and refers them on where needed.',
  ],
  [
    'rights', '权益保障', 'Protection of rights',
    '协助老人维护赡养、财产、婚姻和居住等合法权益，链接法律援助，发现和制止虐待、侵占财产等侵害行为。',
    'Helps the person defend their rights to support, property, marriage and housing, links legal aid, and finds and stops abuse or the taking of their property.',
  ],
  [
    'advocacy', '政策倡导', 'Policy advocacy',
    '汇总服务中发现的共性需求和制度缺口，向街道（乡镇）和区民政部门反映，提出完善政策和服务的建议。',
    'Gathers the needs many clients share and the gaps in the rules found in the work, reports them to the street (township) and district civil affairs offices, and proposes how policies and services could improve.',
  ],
  [
    'end_of_life', '临终关怀', 'End-of-life care',
    '为生命末期的老人及其家属协调舒缓照护，提供心理支持和后事安排指导，并在老人离世后为家属提供哀伤辅导。',
    'Arranges palliative care for a person near the end of life and their family, offers emotional support and guidance on the arrangements after death, and bereavement support for the family afterwards.',
  ],
];
const AREA_OPTIONS: readonly Option[] = AREAS.map(([value, zh, en]) => [value, zh, en]);
const areaId = (value: string) => value.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const TIERS: readonly Option[] = [
  ['high', '高风险', 'High risk'],
  ['key', '重点关注', 'Key case'],
  ['general', '一般关注', 'General'],
];
const tierHelp = t(
  '高风险：失能失智且无人照料，独居且近期跌倒、住院或丧偶，疑似受虐、被遗弃或疏于照顾；重点关注：独居、空巢、高龄、失独或患慢性病需持续关注；一般关注：其他。',
  'High risk: disabled or with dementia and no carer; living alone after a recent fall, hospital stay or bereavement; suspected abuse, abandonment or neglect. Key case: living alone, empty nest, very old, bereaved of an only child or chronically ill. General: everyone else.',
);

const WELLBEING: readonly Option[] = [
  ['good', '良好', 'Good'],
  ['stable', '稳定', 'Stable'],
  ['declining', '下降', 'Declining'],
  ['crisis', '危机', 'Crisis'],
];

/**
 * How a visit may end the visits: most visits leave the box unticked and the visits go on at the
 * interval of the tier now recorded; a ticked box asks where the case goes.
 */
const END_FIELDS = {
  endVisits: yes(t('结束定期探访', 'End the visits'), { help: t('继续探访的不勾选。', 'Leave unticked to go on visiting.') }),
  nextStep: choice(t('结束后', 'Then'), [
    ['long_term_care', '转长期照护', 'Long-term care'],
    ['close', '结案评估', 'Closing assessment'],
  ]),
};
const endRule = when({ endVisits: { const: true } }, { required: ['nextStep'] });

/**
 * Each tier has its own visit loop, so that its rhythm is measured against its own interval: the next
 * visit is a task due within the tier's interval of the last one (or of entering the tier), and the
 * loop goes round while the visit keeps the person in the tier. A risk report (a message: from a
 * hospital, the police, neighbours, 96156 or a volunteer) may come while the next visit is pending; it
 * ends the loop there, and an urgent visit follows within 24 hours of the report.
 *
 * Both ways out of a loop — the report, or a visit that changes the tier or ends the visits — pass the
 * loop's exit, where the tier's rhythm stops being measured: the exit comes in place of the visit the
 * rhythm waited for, never after it, so each step keeping its time keeps the rhythm. At the exit the
 * way taken is read back from the answers: the case waits in the loop only while the last answer keeps
 * it there (the visits not ended, the tier unchanged), so when it still does — or no visit was made
 * yet — it was the report.
 */
interface TierLoop {
  tier: string;
  row: number;
  /** Element ids' middle part: Task_Visit<key>. */
  key: string;
  name: [zh: string, en: string];
  visit: [zh: string, en: string];
  parameter: string;
  /** The recurrence indicator of the tier's rhythm, and its title. */
  indicator: string;
  rhythm: [zh: string, en: string];
}

const TIER_LOOPS: readonly TierLoop[] = [
  {
    tier: 'high', row: 0, key: 'High', name: ['高风险', 'high risk'], visit: ['每周探访（高风险）', 'Weekly visit (high risk)'],
    parameter: 'highRiskVisitDays', indicator: 'highRiskVisitedWeekly', rhythm: ['高风险老人每周探访', 'High risk: a visit every week'],
  },
  {
    tier: 'key', row: 1, key: 'Key', name: ['重点关注', 'key case'], visit: ['每月探访（重点关注）', 'Monthly visit (key case)'],
    parameter: 'keyVisitDays', indicator: 'keyVisitedMonthly', rhythm: ['重点关注老人每月探访', 'Key cases: a visit every month'],
  },
  {
    tier: 'general', row: 2, key: 'General', name: ['一般关注', 'general'], visit: ['每季度探访（一般关注）', 'Quarterly visit (general)'],
    parameter: 'generalVisitDays', indicator: 'generalVisitedQuarterly', rhythm: ['一般关注老人每季度探访', 'General: a visit every quarter'],
  },
];

const VISIT_CONTENTS = AREAS.map(([value]) => areaId(value)).filter((id) => id !== 'crisisIntervention' && id !== 'endOfLife');
/** Where the risk report leaves the visit task, on its lower edge. */
const REPORT_OFFSET = 0.75;
const reportColumn = 7 + (REPORT_OFFSET - 0.5) * (100 / 170);

const tierNodes = ({ row, key, name: [zh, en], visit, parameter }: TierLoop): NodeSpec[] => [
  { type: 'exclusiveGateway', id: `Gw_${key}Cycle`, name: t(`${zh}探访周期`, `Visits while ${en}`), at: [6, row] },
  {
    type: 'userTask', id: `Task_Visit${key}`, name: t(...visit), at: [7, row],
    role: 'socialWorker', form: 'visit', slaParameter: parameter, contents: VISIT_CONTENTS,
  },
  { type: 'boundaryMessage', id: `Msg_Risk${key}`, name: t('风险报告', 'Risk report'), attachedTo: `Task_Visit${key}`, interrupting: true, message: 'Message_RiskReport', offset: REPORT_OFFSET },
  { type: 'exclusiveGateway', id: `Gw_${key}Stay`, name: t(`仍为${zh}？`, `Still ${en}?`), at: [8, row] },
  { type: 'exclusiveGateway', id: `Gw_${key}Leave`, name: t(`结束${zh}探访`, `Leave the ${en} visits`), at: [9, row] },
  { type: 'exclusiveGateway', id: `Gw_${key}Why`, name: t('为何结束？', 'Why?'), at: [10, row] },
];

/** The report leaves each tier's exit by a different side of the join, so the three never share a line. */
const REPORT_ROUTES: Record<string, FlowSpec['via']> = {
  High: [[10, 0.5], [11, 0.5]],
  Key: [[10, 1.5], [10.5, 1.5], [10.5, 3]],
  General: [[10, 3.5], [11, 3.5]],
};
const REVIEW_ROUTES: Record<string, FlowSpec['via']> = { High: [[13, 0]], Key: undefined, General: [[13, 2]] };

const tierFlows = ({ tier, row, key, name: [zh, en] }: TierLoop): FlowSpec[] => [
  { from: 'Gw_Tier', to: `Gw_${key}Cycle`, name: t(zh, en.charAt(0).toUpperCase() + en.slice(1)), ...(tier === 'general' ? { isDefault: true } : { condition: `tier = "${tier}"` }) },
  { from: `Gw_${key}Cycle`, to: `Task_Visit${key}` },
  { from: `Task_Visit${key}`, to: `Gw_${key}Stay` },
  { from: `Gw_${key}Stay`, to: `Gw_${key}Cycle`, name: t('继续探访', 'Keep visiting'), condition: `endVisits != true and tier = "${tier}"`, via: [[8, row - 0.4], [6, row - 0.4]] },
  { from: `Gw_${key}Stay`, to: `Gw_${key}Leave`, name: t('否', 'No'), isDefault: true },
  { from: `Msg_Risk${key}`, to: `Gw_${key}Leave`, via: [[reportColumn, row + 0.45], [9, row + 0.45]] },
  { from: `Gw_${key}Leave`, to: `Gw_${key}Why` },
  {
    from: `Gw_${key}Why`, to: 'Gw_Review', name: t('等级变化、转照护或结案', 'Tier changed, care or closing'),
    condition: `endVisits = true or tier != "${tier}"`,
    ...(REVIEW_ROUTES[key] ? { via: REVIEW_ROUTES[key] } : {}),
  },
  { from: `Gw_${key}Why`, to: 'Gw_RiskReported', name: t('风险报告', 'Risk report'), isDefault: true, via: REPORT_ROUTES[key] },
];

const nodes: NodeSpec[] = [
  { type: 'startEvent', id: 'Start_VisitList', name: t('纳入探访名单', 'Placed on the visit list'), at: [0, 0] },
  {
    type: 'userTask', id: 'Task_InitialVisit', name: t('首次探访与风险分级', 'First visit and risk tier'), at: [1, 0],
    role: 'socialWorker', form: 'initial-visit', slaParameter: 'initialVisitDays', contents: ['emotionalComfort'],
  },
  {
    type: 'userTask', id: 'Task_Assessment', name: t('需求评估（13个服务领域）', 'Needs assessment over 13 areas'), at: [2, 0],
    role: 'socialWorker', form: 'needs-assessment', slaParameter: 'assessmentDays', contents: ['consultation'],
  },
  {
    type: 'userTask', id: 'Task_Plan', name: t('制定服务计划', 'Draw up the care plan'), at: [3, 0],
    role: 'socialWorker', form: 'care-plan', slaParameter: 'planDays', contents: ['careArrangement'],
  },
  { type: 'exclusiveGateway', id: 'Gw_VisitLoop', name: t('进入探访周期', 'Visit cycle'), at: [4, 0] },
  { type: 'exclusiveGateway', id: 'Gw_Tier', name: t('按风险等级探访', 'Visit by risk tier'), at: [5, 0] },
  ...TIER_LOOPS.flatMap(tierNodes),
  { type: 'exclusiveGateway', id: 'Gw_RiskReported', name: t('收到风险报告', 'Risk reported'), at: [11, 3] },
  {
    type: 'userTask', id: 'Task_UrgentVisit', name: t('24小时内紧急探访', 'Urgent visit within 24 hours'), at: [12, 3],
    role: 'socialWorker', form: 'urgent-visit', slaParameter: 'urgentVisitHours', contents: ['crisisIntervention', 'emotionalComfort'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Review', name: t('探访后', 'After the visit'), at: [13, 1] },
  { type: 'exclusiveGateway', id: 'Gw_VisitOutcome', name: t('探访结论', 'Outcome'), at: [14, 1] },
  {
    type: 'userTask', id: 'Task_LongTermCare', name: t('安排长期照护', 'Arrange long-term care'), at: [15, 2],
    role: 'careOfficer', form: 'long-term-care', slaParameter: 'longTermCareDays', contents: ['careArrangement', 'assistance', 'endOfLife'],
  },
  { type: 'exclusiveGateway', id: 'Gw_ToClose', name: t('结案', 'To closing'), at: [16, 1] },
  {
    type: 'userTask', id: 'Task_Closing', name: t('结案评估', 'Closing assessment'), at: [17, 1],
    role: 'socialWorker', form: 'closing', slaParameter: 'closingDays',
  },
  { type: 'parallelGateway', id: 'Gw_AfterClosing', name: t('结案后', 'After closing'), at: [18, 1] },
  { type: 'exclusiveGateway', id: 'Gw_FamilyReferral', name: t('家庭是否需要转介？', 'Refer the family?'), at: [19, 0] },
  { type: 'endEvent', id: 'End_Closed', name: t('结案', 'Closed'), at: [20, 1] },
  { type: 'serviceTask', id: 'Service_RecordReferral', name: t('登记家庭转介', 'Record the family referral'), at: [20, 0], service: 'record-referral' },
  { type: 'callActivity', id: 'Call_FamilyService', name: t('社会救助家庭社会工作服务', 'Social work for the assistance family'), at: [21, 0], calledStandard: 'BJ-SW-FAMILY' },
  { type: 'endEvent', id: 'End_Referred', name: t('结案，家庭已转介', 'Closed, family referred'), at: [22, 0] },
  { type: 'exclusiveGateway', id: 'Gw_FollowUpNeeded', name: t('跟踪回访？', 'Follow up?'), at: [19, 2] },
  { type: 'timerCatch', id: 'Timer_MonthAfterClosing', name: t('结案后1个月', 'A month after closing'), at: [20, 2], timer: { parameter: 'followUpDays' } },
  {
    type: 'userTask', id: 'Task_FollowUp', name: t('跟踪回访', 'Follow-up visit'), at: [21, 2],
    role: 'socialWorker', form: 'follow-up', slaParameter: 'followUpDoneDays', contents: ['emotionalComfort', 'supportNetwork'],
  },
  { type: 'endEvent', id: 'End_FollowedUp', name: t('回访完成', 'Followed up'), at: [22, 2] },
  { type: 'endEvent', id: 'End_NoFollowUp', name: t('老人离世，不回访', 'Died: no follow-up'), at: [20, 3] },
];

const flows: FlowSpec[] = [
  { from: 'Start_VisitList', to: 'Task_InitialVisit' },
  { from: 'Task_InitialVisit', to: 'Task_Assessment' },
  { from: 'Task_Assessment', to: 'Task_Plan' },
  { from: 'Task_Plan', to: 'Gw_VisitLoop' },
  { from: 'Gw_VisitLoop', to: 'Gw_Tier' },
  ...TIER_LOOPS.flatMap(tierFlows),
  { from: 'Gw_RiskReported', to: 'Task_UrgentVisit' },
  { from: 'Task_UrgentVisit', to: 'Gw_Review', via: [[13, 3]] },
  { from: 'Gw_Review', to: 'Gw_VisitOutcome' },
  { from: 'Gw_VisitOutcome', to: 'Gw_VisitLoop', name: t('继续探访', 'Keep visiting'), isDefault: true, via: [[14, -0.6], [4, -0.6]] },
  { from: 'Gw_VisitOutcome', to: 'Task_LongTermCare', name: t('转长期照护', 'Long-term care'), condition: 'endVisits = true and nextStep = "long_term_care"' },
  { from: 'Gw_VisitOutcome', to: 'Gw_ToClose', name: t('结案', 'Close'), condition: 'endVisits = true and nextStep = "close"' },
  { from: 'Task_LongTermCare', to: 'Gw_ToClose' },
  { from: 'Gw_ToClose', to: 'Task_Closing' },
  { from: 'Task_Closing', to: 'Gw_AfterClosing' },
  { from: 'Gw_AfterClosing', to: 'Gw_FamilyReferral' },
  { from: 'Gw_AfterClosing', to: 'Gw_FollowUpNeeded' },
  { from: 'Gw_FamilyReferral', to: 'Service_RecordReferral', name: t('转介家庭', 'Refer'), condition: 'familyReferral = true and assistanceType != null' },
  { from: 'Gw_FamilyReferral', to: 'End_Closed', name: t('不需要', 'No'), isDefault: true },
  { from: 'Service_RecordReferral', to: 'Call_FamilyService' },
  { from: 'Call_FamilyService', to: 'End_Referred' },
  { from: 'Gw_FollowUpNeeded', to: 'Timer_MonthAfterClosing', name: t('回访', 'Follow up'), isDefault: true },
  { from: 'Gw_FollowUpNeeded', to: 'End_NoFollowUp', name: t('老人离世', 'Died'), condition: 'closingReason = "deceased"' },
  { from: 'Timer_MonthAfterClosing', to: 'Task_FollowUp' },
  { from: 'Task_FollowUp', to: 'End_FollowedUp' },
];

const wd = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'working_days', default: def, min, max: def, tighter: 'lower' }) as const;
const days = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'days', default: def, min, max: def, tighter: 'lower' }) as const;

/** A visit's answer: the tier only when it changed, the end of the visits only when they end. */
const visitAnswer = (date: string, change: { tier?: string; nextStep?: string } = {}) => ({
  visitDate: date, visitMode: 'home', wellbeing: 'stable', ...change, ...(change.nextStep ? { endVisits: true } : {}),
  servicesDelivered: ['emotional_comfort'], visitNotes: '精神状态良好，按时服药。',
});

const followUpAnswer = (date: string) => ({
  followUpDate: date, contactMode: 'phone', situation: 'stable', serviceEffect: 5, backOnVisitList: false, followUpNotes: '生活稳定，邻里常来看望。',
});

export const elderly: ExampleStandardSource = {
  folder: 'elderly',
  document: {
    code: 'BJ-SW-ELDER',
    title: t('困难老年人社会工作服务', 'Social work services for older people in difficulty'),
    summary: t(
      '依据京民社工发〔2017〕23号第四部分第（二）项和“特殊老人照料计划”，参照《老年社会工作服务指南》（MZ/T 064-2016）的13个服务领域：对纳入探访名单的困难老年人首次探访并评定风险等级，开展需求评估、制定服务计划，按风险等级定期探访（高风险每周，重点关注每月，一般关注每季度，各等级分别考核）；两次探访之间收到医院、公安、邻里、96156热线或志愿者的风险报告的，24小时内紧急探访并重新评定等级；视情况安排长期照护，结案时可将有需要的家庭转介社会救助家庭社会工作服务，并按“救助跟踪回访制度”于结案后一个月回访。',
      'Following section 4(2) of Jingminshegong [2017] No. 23 and its "care plan for older people with special needs", over the 13 service areas of MZ/T 064-2016: a first visit and risk tier for each older person on the visit list, a needs assessment and care plan, and visits by tier (weekly for high risk, monthly for key cases, quarterly otherwise, each tier measured on its own); a risk report between visits, from a hospital, the police, neighbours, the 96156 line or a volunteer, brings an urgent visit within 24 hours and a new tier; long-term care where needed; at closing a referral of the family to the assistance-family service when it needs one, and, as the policy\'s follow-up rule asks, a follow-up a month after closing.',
    ),
    population: {
      description: t(
        '本市60周岁及以上、有服务需要的困难老年人：独居、空巢、高龄、失能失智、计划生育特殊家庭（失独）、农村留守及享受社会救助的老年人，由社区（村）探访名单、96156热线或医院、公安等报告纳入服务。',
        'People aged 60 and over in Beijing who need services: living alone, empty-nest, very old, disabled or with dementia, bereaved of an only child, left behind in villages, or receiving social assistance; placed on the community visit list or reported through 96156, hospitals or the police.',
      ),
      eligibility: eligibility(
        t('老年人信息', 'Older person'),
        {
          clientName,
          gender,
          age: age(60, 120),
          street,
          community,
          categories: choices(t('困难类别', 'Circumstances'), [
            ['living_alone', '独居', 'Living alone'],
            ['empty_nest', '空巢', 'Empty nest'],
            ['advanced_age', '高龄（80周岁及以上）', 'Aged 80 or over'],
            ['disabled', '失能或半失能', 'Disabled or partly disabled'],
            ['dementia', '失智', 'Dementia'],
            ['bereaved_parent', '计划生育特殊家庭（失独）', 'Bereaved of an only child'],
            ['left_behind', '农村留守', 'Left behind in a village'],
            ['low_income', '低保、特困或低收入', 'On social assistance or low income'],
          ], { minItems: 1 }),
          assistanceType: { ...choice(t('家庭享受的社会救助', 'Social assistance of the household'), ASSISTANCE_TYPES), description: '未享受社会救助的不填。', 'x-en': { title: 'Social assistance of the household', description: 'Leave empty when the household receives none.' } },
          householdSize: integer(t('家庭人口数', 'Household size'), { minimum: 1, maximum: 20 }),
          source: choice(t('发现渠道', 'Found through'), [
            ['visit_list', '社区（村）探访名单', 'Community visit list'],
            ['hotline_96156', '96156社区服务热线', 'The 96156 community service line'],
            ['report', '医院、公安或邻里报告', 'Report by a hospital, the police or neighbours'],
          ]),
        },
        ['clientName', 'gender', 'age', 'street', 'community', 'categories'],
      ),
    },
    contents: AREAS.map(([value, zh, en, aboutZh, aboutEn]) => ({ id: areaId(value), title: t(zh, en), description: t(aboutZh, aboutEn) })),
    methods: [
      { id: 'homeVisit', title: t('入户探访', 'Home visits'), description: t('按风险等级定期入户或电话探访。', 'Regular home or phone visits by risk tier.') },
      { id: 'casework', title: t('个案工作', 'Casework') },
      { id: 'groupWork', title: t('小组工作', 'Group work'), description: t('如独居老人互助小组、怀旧小组。', 'E.g. mutual-help and reminiscence groups.') },
      { id: 'communityWork', title: t('社区工作', 'Community work'), description: t('邻里互助与社区参与，“三社联动”。', 'Neighbourly help and community participation.') },
      { id: 'volunteers', title: t('社工与志愿者协作', 'Social workers with volunteers'), description: t('“两工协作”：志愿者结对探访，社会工作者督导。', 'Volunteers paired with older people, supervised by social workers.') },
    ],
    roles: [
      { id: 'socialWorker', title: t('社会工作者', 'Social worker'), assignTo: 'caseworker' },
      { id: 'careOfficer', title: t('街道（乡镇）养老服务工作人员', 'Street elderly-care officer'), assignTo: 'district_operator' },
    ],
    parameters: [
      { id: 'initialVisitDays', ...wd('首次探访时限', 'First visit within', 5, 2) },
      { id: 'assessmentDays', ...wd('需求评估时限', 'Needs assessment within', 10, 5) },
      { id: 'planDays', ...wd('服务计划制定时限', 'Care plan within', 5, 3) },
      { id: 'urgentVisitHours', title: t('收到风险报告后紧急探访时限', 'Urgent visit after a risk report within'), kind: 'duration', unit: 'hours', default: 24, min: 4, max: 24, tighter: 'lower' },
      { id: 'highRiskVisitDays', ...days('高风险探访间隔', 'Visit interval, high risk', 7, 3) },
      { id: 'keyVisitDays', ...days('重点关注探访间隔', 'Visit interval, key cases', 30, 14) },
      { id: 'generalVisitDays', ...days('一般关注探访间隔', 'Visit interval, general', 90, 30) },
      { id: 'longTermCareDays', ...wd('长期照护安排时限', 'Long-term care arranged within', 20, 10) },
      { id: 'closingDays', ...wd('结案评估时限', 'Closing assessment within', 10, 5) },
      { id: 'followUpDays', ...days('结案后回访时间', 'Follow-up after closing', 30, 14) },
      { id: 'followUpDoneDays', ...wd('回访完成时限', 'Follow-up done within', 5, 2) },
    ],
    indicators: [
      {
        id: 'firstVisitOnTime', kind: 'duration', title: t('首次探访按时完成率', 'First visits on time'),
        from: { element: 'Start_VisitList', edge: 'end' }, to: { element: 'Task_InitialVisit', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'initialVisitDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'planWithin20Days', kind: 'duration', title: t('纳入后20个工作日内制定服务计划', 'Care plan within 20 working days'),
        from: { element: 'Start_VisitList', edge: 'end' }, to: { element: 'Task_Plan', edge: 'end' },
        unit: 'working_days', limit: 20, target: 95, comparator: '>=',
      },
      {
        id: 'urgentVisitWithin24h', kind: 'duration', title: t('收到风险报告后24小时内探访率', 'Visits within 24 hours of a risk report'),
        description: t('从风险报告送达之时起算，至紧急探访完成。', 'From the moment the risk report arrives to the end of the urgent visit.'),
        from: { element: 'Gw_RiskReported', edge: 'end' }, to: { element: 'Task_UrgentVisit', edge: 'end' },
        unit: 'hours', limit: { parameter: 'urgentVisitHours' }, target: 95, comparator: '>=',
      },
      // Each tier's rhythm on its own. How many visits a month a district should make depends on how
      // many people it has in each tier: no fixed monthly target says it, the tiers' rhythms do.
      ...TIER_LOOPS.map(({ key, name: [zh, en], parameter, indicator, rhythm }) => ({
        id: indicator,
        kind: 'recurrence' as const,
        title: t(...rhythm),
        description: t(
          `${zh}期间，从进入该等级或上次探访起，到下次探访不超过该等级的探访间隔（参数 ${parameter}）；收到风险报告、探访后调整等级或结束定期探访时，本等级的计时结束。`,
          `While ${en}, no more than the tier's interval (parameter ${parameter}) from entering the tier or the last visit to the next; a risk report, or a visit that changes the tier or ends the visits, stops the tier's count.`,
        ),
        activity: `Task_Visit${key}`, everyDays: { parameter }, span: { from: `Gw_${key}Cycle`, to: `Gw_${key}Leave` }, target: 95, comparator: '>=' as const,
      })),
      {
        id: 'followUpOnTime', kind: 'duration', title: t('结案后回访按时完成率', 'Follow-ups after closing on time'),
        from: { element: 'Timer_MonthAfterClosing', edge: 'end' }, to: { element: 'Task_FollowUp', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'followUpDoneDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'satisfaction', kind: 'field', title: t('老年人及家属满意率', 'Satisfaction of older people and families'),
        form: 'closing', field: '/satisfaction', aggregate: 'share', condition: 'value >= 4', target: 90, comparator: '>=',
      },
      { id: 'conformance', kind: 'conformance', title: t('服务流程符合度', 'Conformance to the service process'), target: 90, comparator: '>=' },
    ],
  },
  process: { nodes, flows, messages: [{ id: 'Message_RiskReport', name: t('风险报告', 'Risk report') }] },
  forms: {
    'initial-visit': form(
      t('首次探访与风险分级', 'First visit and risk tier'),
      {
        visitDate: date(t('探访日期', 'Date of visit')),
        livingArrangement: choice(t('居住状况', 'Lives'), [
          ['alone', '独居', 'Alone'],
          ['with_spouse', '与配偶同住', 'With spouse'],
          ['with_children', '与子女同住', 'With children'],
          ['other', '其他', 'Other'],
        ]),
        selfCare: choice(t('自理能力', 'Self-care'), [
          ['independent', '能自理', 'Independent'],
          ['partly_dependent', '半失能', 'Partly dependent'],
          ['dependent', '失能', 'Dependent'],
        ]),
        cognition: choice(t('认知状况', 'Cognition'), [
          ['normal', '正常', 'Normal'],
          ['mild', '轻度障碍', 'Mild impairment'],
          ['dementia', '失智', 'Dementia'],
        ]),
        recentEvents: choices(t('近期重大变化', 'Recent major events'), [
          ['fall', '跌倒', 'A fall'],
          ['hospitalisation', '住院', 'Hospital stay'],
          ['bereavement', '丧偶或丧子', 'Bereavement'],
          ['no_carer', '照顾者缺失', 'Carer gone'],
          ['abuse_or_neglect', '疑似受虐、遗弃或疏于照顾', 'Suspected abuse, abandonment or neglect'],
        ]),
        tier: choice(t('风险等级', 'Risk tier'), TIERS, { help: tierHelp }),
        tierReason: notes(t('分级理由', 'Why this tier')),
      },
      ['visitDate', 'livingArrangement', 'selfCare', 'cognition', 'recentEvents', 'tier', 'tierReason'],
    ),
    'needs-assessment': form(
      t('需求评估（13个服务领域）', 'Needs assessment over 13 areas'),
      {
        areaNeeds: group(
          t('各领域需求程度', 'Need in each area'),
          Object.fromEntries(AREAS.map(([value, zh, en, aboutZh, aboutEn]) => [areaId(value), choice(t(zh, en), NEED_LEVELS, { help: t(aboutZh, aboutEn) })])),
          AREAS.map(([value]) => areaId(value)),
          { help: t('依据《老年社会工作服务指南》（MZ/T 064-2016）。', 'Per MZ/T 064-2016.') },
        ),
        adlScore: integer(t('日常生活活动能力（Barthel指数，0–100）', 'Activities of daily living (Barthel index, 0–100)'), { maximum: 100 }),
        priorityAreas: choices(t('优先服务领域', 'Priority areas'), AREA_OPTIONS, { minItems: 1 }),
        assessmentSummary: notes(t('评估小结', 'Summary')),
      },
      ['areaNeeds', 'adlScore', 'priorityAreas', 'assessmentSummary'],
    ),
    'care-plan': form(
      t('服务计划', 'Care plan'),
      {
        goals: notes(t('服务目标', 'Goals')),
        services: choices(t('计划提供的服务', 'Services planned'), AREA_OPTIONS, { minItems: 1 }),
        tier: choice(t('确认风险等级', 'Risk tier confirmed'), TIERS, { help: tierHelp }),
        volunteerPairing: yes(t('安排志愿者结对探访', 'Pair with a volunteer visitor')),
        planSummary: notes(t('计划内容', 'The plan')),
      },
      ['goals', 'services', 'tier', 'volunteerPairing', 'planSummary'],
    ),
    visit: form(
      t('探访记录', 'Visit record'),
      {
        visitDate: date(t('探访日期', 'Date of visit')),
        visitMode: choice(t('探访方式', 'How'), [
          ['home', '入户探访', 'Home visit'],
          ['phone', '电话探访', 'Phone call'],
          ['volunteer', '志愿者探访', 'Volunteer visit'],
        ]),
        wellbeing: choice(t('身心状况', 'Wellbeing'), WELLBEING),
        tier: choice(t('风险等级调整为', 'Risk tier changed to'), TIERS, {
          help: t(`等级不变的不填。${tierHelp.zh}`, `Leave empty when the tier stays. ${tierHelp.en}`),
        }),
        servicesDelivered: choices(t('本次提供的服务', 'Services delivered'), AREA_OPTIONS, { minItems: 1 }),
        ...END_FIELDS,
        visitNotes: notes(t('探访记录', 'Notes')),
      },
      ['visitDate', 'visitMode', 'wellbeing', 'servicesDelivered', 'visitNotes'],
      { rules: [endRule] },
    ),
    'urgent-visit': form(
      t('紧急探访记录', 'Urgent visit record'),
      {
        reportedBy: choice(t('风险报告来源', 'Reported by'), [
          ['hospital', '医院', 'A hospital'],
          ['police', '公安派出所', 'The police'],
          ['neighbour', '邻里或楼门长', 'Neighbours'],
          ['hotline_96156', '96156社区服务热线', 'The 96156 community service line'],
          ['volunteer', '结对志愿者', 'The paired volunteer'],
          ['family', '家属', 'Family'],
        ]),
        reportedEvent: choice(t('报告的情况', 'What was reported'), [
          ['fall', '跌倒', 'A fall'],
          ['hospitalisation', '住院或出院', 'Admitted to or discharged from hospital'],
          ['bereavement', '丧偶或丧子', 'Bereavement'],
          ['no_carer', '照顾者缺失', 'Carer gone'],
          ['abuse_or_neglect', '疑似受虐、遗弃或疏于照顾', 'Suspected abuse, abandonment or neglect'],
          ['unreachable', '多日联系不上', 'Not reachable for days'],
        ]),
        visitDate: date(t('探访日期', 'Date of visit')),
        wellbeing: choice(t('身心状况', 'Wellbeing'), WELLBEING),
        actionsTaken: choices(t('采取的措施', 'Action taken'), [
          ['crisis_intervention', '危机干预', 'Crisis intervention'],
          ['medical_escort', '陪同就医', 'Escorted to medical care'],
          ['temporary_care', '安排临时照料', 'Temporary care arranged'],
          ['family_contacted', '联系家属', 'Family contacted'],
          ['reported_to_authorities', '报告公安或街道', 'Reported to the police or the street office'],
          ['emotional_support', '情绪疏导', 'Emotional support'],
        ], { minItems: 1 }),
        tier: choice(t('重新评定的风险等级', 'Risk tier reassessed'), TIERS, { help: tierHelp }),
        ...END_FIELDS,
        urgentNotes: notes(t('探访记录', 'Notes')),
      },
      ['reportedBy', 'reportedEvent', 'visitDate', 'wellbeing', 'actionsTaken', 'tier', 'urgentNotes'],
      { rules: [endRule] },
    ),
    'long-term-care': form(
      t('安排长期照护', 'Long-term care arrangement'),
      {
        careOption: choice(t('照护方式', 'Kind of care'), [
          ['nursing_home', '入住养老机构', 'Care home'],
          ['home_care', '居家照护服务', 'Care at home'],
          ['day_care', '养老驿站日间照料', 'Day care at a community care station'],
          ['family_carer', '家庭照护者支持', 'Support for a family carer'],
        ]),
        provider: text(t('照护服务机构', 'Care provider'), { maxLength: 100 }),
        startDate: date(t('照护开始日期', 'Care starts on'), { planned: true }),
        fundingArranged: yes(t('已落实护理补贴或救助资金', 'Care allowance or assistance arranged')),
        careNotes: notes(t('安排说明', 'Notes')),
      },
      ['careOption', 'provider', 'startDate', 'fundingArranged', 'careNotes'],
    ),
    closing: form(
      t('结案评估', 'Closing assessment'),
      {
        closingDate: date(t('结案日期', 'Date of closing')),
        closingReason: choice(t('结案原因', 'Reason for closing'), [
          ['goals_met', '服务目标达成', 'Goals met'],
          ['long_term_care', '已转长期照护', 'Moved to long-term care'],
          ['moved', '迁居', 'Moved away'],
          ['deceased', '老人离世', 'Died'],
          ['client_request', '本人或家属要求结案', 'At the request of the person or family'],
        ]),
        satisfaction: rating(t('老年人或家属满意度（1–5分）', 'Satisfaction of the person or family (1–5)')),
        familyReferral: yes(t('家庭需转介社会救助家庭社会工作服务', 'Refer the household to the assistance-family service'), {
          help: t('仅限享受或正在申请社会救助的家庭。', 'Only for households receiving or applying for social assistance.'),
        }),
        closingSummary: notes(t('结案小结', 'Closing summary')),
      },
      ['closingDate', 'closingReason', 'satisfaction', 'familyReferral', 'closingSummary'],
    ),
    'follow-up': form(
      t('跟踪回访', 'Follow-up visit'),
      {
        followUpDate: date(t('回访日期', 'Date of follow-up')),
        contactMode: choice(t('回访方式', 'How'), [
          ['home', '入户回访', 'Home visit'],
          ['phone', '电话回访', 'Phone call'],
        ]),
        situation: choice(t('结案后情况', 'Since closing'), [
          ['better', '有改善', 'Better'],
          ['stable', '保持稳定', 'Stable'],
          ['worse', '出现新的困难', 'New difficulties'],
        ]),
        serviceEffect: rating(t('服务效果评价（1–5分）', 'How well the service worked (1–5)')),
        backOnVisitList: yes(t('重新纳入探访名单', 'Back on the visit list'), {
          help: t('出现新的困难需要再次服务的，重新纳入探访名单，另立个案。', 'When new difficulties need the service again, the person goes back on the visit list as a new case.'),
        }),
        followUpNotes: notes(t('回访记录', 'Notes')),
      },
      ['followUpDate', 'contactMode', 'situation', 'serviceEffect', 'backOnVisitList', 'followUpNotes'],
    ),
  },
  samples: {
    'living-alone': {
      clientName: '孙某英', gender: 'female', age: 82, street: '椿树街道', community: '琉璃厂西街社区',
      categories: ['living_alone', 'advanced_age', 'low_income'], assistanceType: 'dibao', householdSize: 2, source: 'visit_list',
    },
    'bereaved-couple': {
      clientName: '周某民', gender: 'male', age: 71, street: '城子街道', community: '矿建社区',
      categories: ['bereaved_parent', 'empty_nest'], householdSize: 2, source: 'hotline_96156',
    },
    'empty-nest-disabled': {
      clientName: '李某珍', gender: 'female', age: 87, street: '和平里街道', community: '和平里北街社区',
      categories: ['empty_nest', 'disabled', 'advanced_age'], householdSize: 2, source: 'report',
    },
  },
  walkthroughs: {
    main: {
      title: t(
        '高风险独居老人：每周探访，两次探访之间邻居报告跌倒，24小时内紧急探访，降为重点关注后结案，转介家庭，结案后回访',
        'High risk, living alone: weekly visits; between two of them neighbours report a fall, and an urgent visit follows within 24 hours; a key case then, closed with the family referred, and followed up after closing',
      ),
      sample: 'living-alone',
      answers: {
        'initial-visit': [{ visitDate: '2026-03-03', livingArrangement: 'alone', selfCare: 'partly_dependent', cognition: 'normal', recentEvents: ['fall'], tier: 'high', tierReason: '独居，上月跌倒。' }],
        'needs-assessment': [{
          areaNeeds: Object.fromEntries(AREAS.map(([value], i) => [areaId(value), i < 3 ? 'high' : i < 7 ? 'medium' : 'low'])),
          adlScore: 65, priorityAreas: ['care_arrangement', 'home_adaptation', 'emotional_comfort'], assessmentSummary: '需安装扶手与紧急呼叫，需陪伴。',
        }],
        'care-plan': [{ goals: '防跌倒，缓解孤独。', services: ['home_adaptation', 'emotional_comfort', 'support_network'], tier: 'high', volunteerPairing: true, planSummary: '适老化改造，每周探访，志愿者结对。' }],
        visit: [
          visitAnswer('2026-03-17'),
          visitAnswer('2026-03-27', { tier: 'key' }),
          visitAnswer('2026-04-24', { nextStep: 'close' }),
        ],
        'urgent-visit': [{
          reportedBy: 'neighbour', reportedEvent: 'fall', visitDate: '2026-03-20', wellbeing: 'declining', actionsTaken: ['medical_escort', 'family_contacted'],
          tier: 'high', urgentNotes: '邻居报告老人夜间在家中跌倒；陪同就医，无骨折，通知女儿。',
        }],
        closing: [{ closingDate: '2026-05-06', closingReason: 'goals_met', satisfaction: 5, familyReferral: true, closingSummary: '生活稳定；外孙失业，转介家庭服务。' }],
        'follow-up': [followUpAnswer('2026-06-08')],
      },
      messages: [{ after: 'visit#1', name: '风险报告' }],
      referrals: { 'BJ-SW-FAMILY': 'main' },
      ends: ['End_Referred', 'End_FollowedUp'],
    },
    'long-term-care': {
      title: t('一般关注老人：季度探访后转入长期照护，结案后回访', 'General tier: a quarterly visit, then long-term care, closing and a follow-up'),
      sample: 'bereaved-couple',
      answers: {
        'initial-visit': [{ visitDate: '2026-03-04', livingArrangement: 'with_spouse', selfCare: 'independent', cognition: 'mild', recentEvents: [], tier: 'general', tierReason: '夫妻同住，能自理。' }],
        'needs-assessment': [{
          areaNeeds: Object.fromEntries(AREAS.map(([value]) => [areaId(value), 'low'])),
          adlScore: 90, priorityAreas: ['emotional_comfort'], assessmentSummary: '失独后情绪低落。',
        }],
        'care-plan': [{ goals: '精神慰藉。', services: ['emotional_comfort', 'community_participation'], tier: 'general', volunteerPairing: false, planSummary: '季度探访，邀请参加社区活动。' }],
        visit: [visitAnswer('2026-06-10', { nextStep: 'long_term_care' })],
        'long-term-care': [{ careOption: 'day_care', provider: '城子街道养老驿站', startDate: '2026-06-20', fundingArranged: true, careNotes: '老伴住院，白天到驿站照料。' }],
        closing: [{ closingDate: '2026-07-01', closingReason: 'long_term_care', satisfaction: 4, familyReferral: false, closingSummary: '已转入日间照料。' }],
        'follow-up': [followUpAnswer('2026-08-03')],
      },
      ends: ['End_Closed', 'End_FollowedUp'],
    },
    'risk-rises': {
      title: t(
        '重点关注老人：每月探访，医院报告住院后紧急探访并升为高风险，每周探访期间老人离世，结案不回访',
        'Key case: monthly visits; a hospital reports an admission, the urgent visit raises the tier to high; the person dies during the weekly visits, and the case closes without a follow-up',
      ),
      sample: 'empty-nest-disabled',
      answers: {
        'initial-visit': [{ visitDate: '2026-03-05', livingArrangement: 'with_spouse', selfCare: 'partly_dependent', cognition: 'mild', recentEvents: [], tier: 'key', tierReason: '高龄半失能，老伴照料。' }],
        'needs-assessment': [{
          areaNeeds: Object.fromEntries(AREAS.map(([value], i) => [areaId(value), i < 2 ? 'medium' : 'low'])),
          adlScore: 55, priorityAreas: ['care_arrangement', 'family_counselling'], assessmentSummary: '老伴照料吃力，需喘息服务。',
        }],
        'care-plan': [{ goals: '减轻照料负担。', services: ['care_arrangement', 'family_counselling'], tier: 'key', volunteerPairing: true, planSummary: '每月探访，链接养老驿站喘息服务。' }],
        visit: [
          visitAnswer('2026-04-02'),
          { ...visitAnswer('2026-05-12', { nextStep: 'close' }), wellbeing: 'crisis', servicesDelivered: ['emotional_comfort', 'family_counselling'], visitNotes: '老人病情恶化，5月10日在医院去世；慰问家属。' },
        ],
        'urgent-visit': [{
          reportedBy: 'hospital', reportedEvent: 'hospitalisation', visitDate: '2026-04-20', wellbeing: 'crisis', actionsTaken: ['crisis_intervention', 'temporary_care', 'family_contacted'],
          tier: 'high', urgentNotes: '医院报告老伴突发脑梗住院，老人无人照料；安排驿站临时照料，联系在外地的儿子。',
        }],
        closing: [{ closingDate: '2026-05-15', closingReason: 'deceased', satisfaction: 4, familyReferral: false, closingSummary: '老人病逝，协助家属办理后事。' }],
      },
      messages: [{ after: 'visit#1', name: '风险报告' }],
      ends: ['End_Closed', 'End_NoFollowUp'],
    },
  },
};
