/**
 * 困难老年人社会工作服务 — social work with older people in difficulty (京民社工發〔2017〕23號 四(二),
 * the "特殊老人照料计划"), over the 13 service areas of MZ/T 064-2016.
 */
import { ASSISTANCE_TYPES, age, clientName, community, gender, NEED_LEVELS, street } from './client-fields';
import type { ExampleStandardSource } from './example-source';
import type { FlowSpec, NodeSpec } from './process-model';
import { choice, choices, date, eligibility, form, group, integer, notes, rating, t, text, yes, type Option } from './schema-fields';

/** The 13 content areas of elderly social work, MZ/T 064-2016. */
const AREAS: readonly Option[] = [
  ['assistance', '救助服务', 'Assistance services'],
  ['care_arrangement', '照顾安排', 'Care arrangements'],
  ['home_adaptation', '适老化环境改造', 'Age-friendly home adaptation'],
  ['family_counselling', '家庭辅导', 'Family counselling'],
  ['emotional_comfort', '精神慰藉', 'Emotional comfort'],
  ['crisis_intervention', '危机干预', 'Crisis intervention'],
  ['support_network', '社会支持网络建设', 'Building a support network'],
  ['community_participation', '社区参与', 'Community participation'],
  ['education', '老年教育', 'Education for older people'],
  ['consultation', '咨询服务', 'Consultation'],
  ['rights', '权益保障', 'Protection of rights'],
  ['advocacy', '政策倡导', 'Policy advocacy'],
  ['end_of_life', '临终关怀', 'End-of-life care'],
];
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
  { type: 'exclusiveGateway', id: 'Gw_Tier', name: t('按风险等级安排探访', 'Visit by risk tier'), at: [5, 0] },
  { type: 'timerCatch', id: 'Timer_Weekly', name: t('每周', 'Weekly'), at: [6, 1], timer: { parameter: 'highRiskVisitDays' } },
  { type: 'timerCatch', id: 'Timer_Monthly', name: t('每月', 'Monthly'), at: [6, 2], timer: { parameter: 'keyVisitDays' } },
  { type: 'timerCatch', id: 'Timer_Quarterly', name: t('每季度', 'Quarterly'), at: [6, 3], timer: { parameter: 'generalVisitDays' } },
  { type: 'exclusiveGateway', id: 'Gw_VisitDue', name: t('探访到期', 'Visit due'), at: [7, 2] },
  {
    type: 'userTask', id: 'Task_Visit', name: t('定期探访', 'Regular visit'), at: [8, 2],
    role: 'socialWorker', form: 'visit', slaParameter: 'visitDays',
    contents: AREAS.map(([value]) => areaId(value)).filter((id) => id !== 'crisisIntervention' && id !== 'endOfLife'),
  },
  {
    type: 'userTask', id: 'Task_UrgentVisit', name: t('24小时内紧急探访', 'Urgent visit within 24 hours'), at: [8, 0],
    role: 'socialWorker', form: 'visit', slaParameter: 'urgentVisitHours', contents: ['crisisIntervention', 'emotionalComfort'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Visited', name: t('已探访', 'Visited'), at: [9, 0] },
  { type: 'exclusiveGateway', id: 'Gw_VisitOutcome', name: t('探访结论', 'After the visit'), at: [10, 0] },
  {
    type: 'userTask', id: 'Task_LongTermCare', name: t('安排长期照护', 'Arrange long-term care'), at: [11, 1],
    role: 'careOfficer', form: 'long-term-care', slaParameter: 'longTermCareDays', contents: ['careArrangement', 'assistance', 'endOfLife'],
  },
  { type: 'exclusiveGateway', id: 'Gw_ToClose', name: t('结案', 'To closing'), at: [12, 0] },
  {
    type: 'userTask', id: 'Task_Closing', name: t('结案评估', 'Closing assessment'), at: [13, 0],
    role: 'socialWorker', form: 'closing', slaParameter: 'closingDays',
  },
  { type: 'exclusiveGateway', id: 'Gw_FamilyReferral', name: t('家庭是否需要转介？', 'Refer the family?'), at: [14, 0] },
  { type: 'endEvent', id: 'End_Closed', name: t('结案', 'Closed'), at: [14, 1] },
  { type: 'serviceTask', id: 'Service_RecordReferral', name: t('登记家庭转介', 'Record the family referral'), at: [15, 0], service: 'record-referral' },
  { type: 'callActivity', id: 'Call_FamilyService', name: t('社会救助家庭社会工作服务', 'Social work for the assistance family'), at: [16, 0], calledStandard: 'BJ-SW-FAMILY' },
  { type: 'endEvent', id: 'End_Referred', name: t('结案，家庭已转介', 'Closed, family referred'), at: [17, 0] },
];

const flows: FlowSpec[] = [
  { from: 'Start_VisitList', to: 'Task_InitialVisit' },
  { from: 'Task_InitialVisit', to: 'Task_Assessment' },
  { from: 'Task_Assessment', to: 'Task_Plan' },
  { from: 'Task_Plan', to: 'Gw_VisitLoop' },
  { from: 'Gw_VisitLoop', to: 'Gw_Tier' },
  { from: 'Gw_Tier', to: 'Task_UrgentVisit', name: t('风险变化', 'Risk changed'), condition: 'urgentVisit = true' },
  { from: 'Gw_Tier', to: 'Timer_Weekly', name: t('高风险', 'High risk'), condition: 'urgentVisit != true and tier = "high"' },
  { from: 'Gw_Tier', to: 'Timer_Monthly', name: t('重点关注', 'Key case'), condition: 'urgentVisit != true and tier = "key"' },
  { from: 'Gw_Tier', to: 'Timer_Quarterly', name: t('一般关注', 'General'), isDefault: true },
  { from: 'Timer_Weekly', to: 'Gw_VisitDue' },
  { from: 'Timer_Monthly', to: 'Gw_VisitDue' },
  { from: 'Timer_Quarterly', to: 'Gw_VisitDue' },
  { from: 'Gw_VisitDue', to: 'Task_Visit' },
  { from: 'Task_Visit', to: 'Gw_Visited' },
  { from: 'Task_UrgentVisit', to: 'Gw_Visited' },
  { from: 'Gw_Visited', to: 'Gw_VisitOutcome' },
  { from: 'Gw_VisitOutcome', to: 'Gw_VisitLoop', name: t('继续探访', 'Keep visiting'), condition: 'visitOutcome = "continue"', via: [[10, -0.6], [4, -0.6]] },
  { from: 'Gw_VisitOutcome', to: 'Task_LongTermCare', name: t('转长期照护', 'Long-term care'), condition: 'visitOutcome = "long_term_care"' },
  { from: 'Gw_VisitOutcome', to: 'Gw_ToClose', name: t('结案', 'Close'), isDefault: true },
  { from: 'Task_LongTermCare', to: 'Gw_ToClose' },
  { from: 'Gw_ToClose', to: 'Task_Closing' },
  { from: 'Task_Closing', to: 'Gw_FamilyReferral' },
  { from: 'Gw_FamilyReferral', to: 'Service_RecordReferral', name: t('转介家庭', 'Refer'), condition: 'familyReferral = true and assistanceType != null' },
  { from: 'Gw_FamilyReferral', to: 'End_Closed', name: t('不需要', 'No'), isDefault: true },
  { from: 'Service_RecordReferral', to: 'Call_FamilyService' },
  { from: 'Call_FamilyService', to: 'End_Referred' },
];

const wd = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'working_days', default: def, min, max: def, tighter: 'lower' }) as const;
const days = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'days', default: def, min, max: def, tighter: 'lower' }) as const;

const visitAnswer = (tier: string, visitOutcome: string, urgentVisit = false, date = '2026-04-01') => ({
  visitDate: date, visitMode: 'home', wellbeing: 'stable', tier, urgentVisit,
  servicesDelivered: ['emotional_comfort'], visitOutcome, visitNotes: '精神状态良好，按时服药。',
});

export const elderly: ExampleStandardSource = {
  folder: 'elderly',
  document: {
    code: 'BJ-SW-ELDER',
    title: t('困难老年人社会工作服务', 'Social work services for older people in difficulty'),
    summary: t(
      '依据京民社工發〔2017〕23號第四部分第（二）项和“特殊老人照料计划”，参照《老年社会工作服务指南》（MZ/T 064-2016）的13个服务领域：对纳入探访名单的困难老年人首次探访并评定风险等级，开展需求评估、制定服务计划，按风险等级定期探访（风险变化24小时内，高风险每周，重点每月，一般每季度），视情况安排长期照护，结案时可将有需要的家庭转介社会救助家庭社会工作服务。',
      'Following section 4(2) of Jingminshegong [2017] No. 23 and its "care plan for older people with special needs", over the 13 service areas of MZ/T 064-2016: a first visit and risk tier for each older person on the visit list, a needs assessment and care plan, visits by tier (within 24 hours of a change in risk, weekly for high risk, monthly for key cases, quarterly otherwise), long-term care where needed, and at closing a referral of the family to the assistance-family service when it needs one.',
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
    contents: AREAS.map(([value, zh, en]) => ({
      id: areaId(value),
      title: t(zh, en),
      description: t(`《老年社会工作服务指南》（MZ/T 064-2016）服务内容：${zh}。`, `A service area of MZ/T 064-2016: ${en.toLowerCase()}.`),
    })),
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
      { id: 'urgentVisitHours', title: t('风险变化后紧急探访时限', 'Urgent visit after a change in risk within'), kind: 'duration', unit: 'hours', default: 24, min: 4, max: 24, tighter: 'lower' },
      { id: 'highRiskVisitDays', ...days('高风险探访间隔', 'Visit interval, high risk', 7, 3) },
      { id: 'keyVisitDays', ...days('重点关注探访间隔', 'Visit interval, key cases', 30, 14) },
      { id: 'generalVisitDays', ...days('一般关注探访间隔', 'Visit interval, general', 90, 30) },
      { id: 'visitDays', ...wd('探访到期后完成时限', 'Visit done within, once due', 3, 1) },
      { id: 'longTermCareDays', ...wd('长期照护安排时限', 'Long-term care arranged within', 20, 10) },
      { id: 'closingDays', ...wd('结案评估时限', 'Closing assessment within', 10, 5) },
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
        id: 'urgentVisitWithin24h', kind: 'duration', title: t('风险变化后24小时内探访率', 'Visits within 24 hours of a change in risk'),
        from: { element: 'Task_UrgentVisit', edge: 'start' }, to: { element: 'Task_UrgentVisit', edge: 'end' },
        unit: 'hours', limit: { parameter: 'urgentVisitHours' }, target: 95, comparator: '>=',
      },
      {
        id: 'visitedEachQuarter', kind: 'recurrence', title: t('在案期间每季度至少探访一次', 'Visited at least once a quarter while open'),
        description: t('计划制定后至结案前，两次探访间隔不超过100天（一般关注每季度探访并留出完成时限）。', 'From the plan to closing, no more than 100 days between visits (quarterly visits plus the time allowed to do them).'),
        activity: 'Task_Visit', everyDays: 100, span: { from: 'Task_Plan', to: 'Task_Closing' }, target: 95, comparator: '>=',
      },
      {
        id: 'satisfaction', kind: 'field', title: t('老年人及家属满意率', 'Satisfaction of older people and families'),
        form: 'closing', field: '/satisfaction', aggregate: 'share', condition: 'value >= 4', target: 90, comparator: '>=',
      },
      {
        id: 'visitsPerMonth', kind: 'count', title: t('每月完成定期探访次数', 'Regular visits done per month'),
        description: t('各区按在案人数和风险结构确定目标，城市默认为每月200次。', 'Districts set their own target from caseload and risk mix; the city default is 200 a month.'),
        element: 'Task_Visit', period: 'month', target: 200, comparator: '>=',
      },
      { id: 'conformance', kind: 'conformance', title: t('服务流程符合度', 'Conformance to the service process'), target: 90, comparator: '>=' },
    ],
  },
  process: { nodes, flows },
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
          Object.fromEntries(AREAS.map(([value, zh, en]) => [areaId(value), choice(t(zh, en), NEED_LEVELS)])),
          AREAS.map(([value]) => areaId(value)),
          { help: t('依据《老年社会工作服务指南》（MZ/T 064-2016）。', 'Per MZ/T 064-2016.') },
        ),
        adlScore: integer(t('日常生活活动能力（Barthel指数，0–100）', 'Activities of daily living (Barthel index, 0–100)'), { maximum: 100 }),
        priorityAreas: choices(t('优先服务领域', 'Priority areas'), AREAS, { minItems: 1 }),
        assessmentSummary: notes(t('评估小结', 'Summary')),
      },
      ['areaNeeds', 'adlScore', 'priorityAreas', 'assessmentSummary'],
    ),
    'care-plan': form(
      t('服务计划', 'Care plan'),
      {
        goals: notes(t('服务目标', 'Goals')),
        services: choices(t('计划提供的服务', 'Services planned'), AREAS, { minItems: 1 }),
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
        wellbeing: choice(t('身心状况', 'Wellbeing'), [
          ['good', '良好', 'Good'],
          ['stable', '稳定', 'Stable'],
          ['declining', '下降', 'Declining'],
          ['crisis', '危机', 'Crisis'],
        ]),
        tier: choice(t('当前风险等级', 'Risk tier now'), TIERS, { help: tierHelp }),
        urgentVisit: yes(t('风险升高，需24小时内再次探访', 'Risk rose: visit again within 24 hours')),
        servicesDelivered: choices(t('本次提供的服务', 'Services delivered'), AREAS, { minItems: 1 }),
        visitOutcome: choice(t('探访结论', 'Outcome'), [
          ['continue', '继续定期探访', 'Keep visiting'],
          ['long_term_care', '转长期照护', 'Move to long-term care'],
          ['close', '结案', 'Close'],
        ]),
        visitNotes: notes(t('探访记录', 'Notes')),
      },
      ['visitDate', 'visitMode', 'wellbeing', 'tier', 'urgentVisit', 'servicesDelivered', 'visitOutcome', 'visitNotes'],
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
        startDate: date(t('照护开始日期', 'Care starts on')),
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
  },
  walkthroughs: {
    main: {
      title: t('高风险独居老人：每周探访、风险升高后24小时内探访、降为重点关注后结案并转介家庭', 'High-risk, living alone: weekly visits, an urgent visit after a rise in risk, then a key case closed with the family referred'),
      sample: 'living-alone',
      answers: {
        'initial-visit': [{ visitDate: '2026-03-03', livingArrangement: 'alone', selfCare: 'partly_dependent', cognition: 'normal', recentEvents: ['fall'], tier: 'high', tierReason: '独居，上月跌倒。' }],
        'needs-assessment': [{
          areaNeeds: Object.fromEntries(AREAS.map(([value], i) => [areaId(value), i < 3 ? 'high' : i < 7 ? 'medium' : 'low'])),
          adlScore: 65, priorityAreas: ['care_arrangement', 'home_adaptation', 'emotional_comfort'], assessmentSummary: '需安装扶手与紧急呼叫，需陪伴。',
        }],
        'care-plan': [{ goals: '防跌倒，缓解孤独。', services: ['home_adaptation', 'emotional_comfort', 'support_network'], tier: 'high', volunteerPairing: true, planSummary: '适老化改造，每周探访，志愿者结对。' }],
        visit: [
          visitAnswer('high', 'continue', true, '2026-03-20'),
          visitAnswer('high', 'continue', false, '2026-03-21'),
          visitAnswer('key', 'continue', false, '2026-03-28'),
          visitAnswer('key', 'close', false, '2026-04-28'),
        ],
        closing: [{ closingDate: '2026-05-06', closingReason: 'goals_met', satisfaction: 5, familyReferral: true, closingSummary: '生活稳定；外孙失业，转介家庭服务。' }],
      },
      referrals: { 'BJ-SW-FAMILY': 'main' },
      ends: ['End_Referred'],
    },
    'long-term-care': {
      title: t('一般关注老人：季度探访后转入长期照护并结案', 'General tier: a quarterly visit, then long-term care and closing'),
      sample: 'bereaved-couple',
      answers: {
        'initial-visit': [{ visitDate: '2026-03-04', livingArrangement: 'with_spouse', selfCare: 'independent', cognition: 'mild', recentEvents: [], tier: 'general', tierReason: '夫妻同住，能自理。' }],
        'needs-assessment': [{
          areaNeeds: Object.fromEntries(AREAS.map(([value]) => [areaId(value), 'low'])),
          adlScore: 90, priorityAreas: ['emotional_comfort'], assessmentSummary: '失独后情绪低落。',
        }],
        'care-plan': [{ goals: '精神慰藉。', services: ['emotional_comfort', 'community_participation'], tier: 'general', volunteerPairing: false, planSummary: '季度探访，邀请参加社区活动。' }],
        visit: [visitAnswer('general', 'long_term_care', false, '2026-06-10')],
        'long-term-care': [{ careOption: 'day_care', provider: '城子街道养老驿站', startDate: '2026-06-20', fundingArranged: true, careNotes: '老伴住院，白天到驿站照料。' }],
        closing: [{ closingDate: '2026-07-01', closingReason: 'long_term_care', satisfaction: 4, familyReferral: false, closingSummary: '已转入日间照料。' }],
      },
      ends: ['End_Closed'],
    },
  },
};
