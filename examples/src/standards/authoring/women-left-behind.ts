/**
 * 留守妇女社会工作服务 — social work with women left behind in Beijing's villages while their husbands
 * work away (京民社工发〔2017〕23号 四(四): 精神减压、心理支持、亲职辅导、权益维护、团体互助、能力提升,
 * 生产互助小组和心理互助小组, 生计项目).
 */
import { age, clientName, community, gender, NEED_LEVELS, street } from './client-fields';
import type { ExampleStandardSource } from './example-source';
import { planApprovalForm, PROFESSIONAL_SUPERVISOR } from './professional-supervision';
import type { FlowSpec, NodeSpec } from './process-model';
import { choice, choices, date, eligibility, form, group, integer, list, notes, rating, t, text, when, yes, type Option } from './schema-fields';

const CODE = 'BJ-SW-WOMEN';

/** The six need areas the assessment covers, after the policy's list of services. */
const AREAS: readonly Option[] = [
  ['stress', '精神压力', 'Stress'],
  ['psychological', '心理情绪', 'Psychological wellbeing'],
  ['parenting', '亲子与亲职教育', 'Children and parenting'],
  ['rights', '权益保障', 'Rights'],
  ['social_support', '社会支持', 'Social support'],
  ['livelihood', '生计发展', 'Livelihood'],
];
const areaId = (value: string) => value.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const GROUPS: readonly Option[] = [
  ['mutual_aid', '心理互助小组', 'Mutual-help group'],
  ['production', '生产互助小组', 'Production group'],
  ['parenting', '亲职教育小组', 'Parenting group'],
  ['cultural', '文体活动队', 'Cultural and sports team'],
];

const REFERRALS: readonly Option[] = [
  ['livelihood_project', '生计项目（种养殖、手工、农家乐等）', 'Livelihood project (farming, crafts, rural tourism…)'],
  ['skills_training', '生产技能培训', 'Skills training'],
  ['womens_federation', '妇联维权服务', 'Rights service of the women’s federation'],
  ['legal_aid', '法律援助', 'Legal aid'],
  ['mental_health', '专业心理服务', 'Specialist psychological care'],
];

const RIGHTS_ISSUES: readonly Option[] = [
  ['domestic_violence', '家庭暴力', 'Domestic violence'],
  ['land_rights', '土地承包或宅基地权益', 'Land or homestead rights'],
  ['marriage_dispute', '婚姻家庭纠纷', 'Marital or family dispute'],
  ['maintenance', '赡养、抚养费纠纷', 'Maintenance dispute'],
  ['other', '其他', 'Other'],
];

const needArea = ([value, zh, en]: Option) =>
  [areaId(value), group(t(`${zh}需求`, `${en}: needs`), { level: choice(t('需求程度', 'Level of need'), NEED_LEVELS), findings: notes(t('评估发现', 'Findings')) }, ['level', 'findings'])] as const;

/** Lives in a village, with her husband away six months a year or more: who the standard serves. */
const LEFT_BEHIND = { properties: { gender: { const: 'female' }, residence: { const: 'village' }, husbandAwayMonths: { minimum: 6 } } };

const nodes: NodeSpec[] = [
  { type: 'startEvent', id: 'Start_Found', name: t('排查发现或报告', 'Found by screening or a report'), at: [0, 0] },
  {
    type: 'userTask', id: 'Task_Intake', name: t('首次接触与知情同意', 'First contact and consent'), at: [1, 0],
    role: 'socialWorker', form: 'intake-consent', slaParameter: 'intakeDays', contents: ['stressRelief'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Consent', name: t('是否同意接受服务？', 'Consent given?'), at: [2, 0] },
  { type: 'endEvent', id: 'End_Declined', name: t('未同意，不予接案', 'Declined, not taken on'), at: [2, 1] },
  {
    type: 'userTask', id: 'Task_Assessment', name: t('入户需求评估', 'Home needs assessment'), at: [3, 0],
    role: 'socialWorker', form: 'needs-assessment', slaParameter: 'assessmentDays', contents: ['needsAssessment'],
  },
  { type: 'exclusiveGateway', id: 'Gw_PlanMerge', name: t('制定或调整方案', 'Plan or revise'), at: [4, 0] },
  {
    type: 'userTask', id: 'Task_Plan', name: t('制定服务方案', 'Draw up the service plan'), at: [5, 0],
    role: 'socialWorker', form: 'service-plan', slaParameter: 'planDays', contents: ['needsAssessment'],
  },
  {
    type: 'userTask', id: 'Task_PlanApproval', name: t('机构督导审核服务方案', 'Professional supervisor reviews the plan'), at: [6, 0],
    role: 'professionalSupervisor', form: 'plan-approval', slaParameter: 'approvalDays',
  },
  { type: 'exclusiveGateway', id: 'Gw_Approved', name: t('方案是否通过？', 'Plan approved?'), at: [7, 0] },
  { type: 'parallelGateway', id: 'Gw_InterventionSplit', name: t('开展介入', 'Start intervention'), at: [8, 0] },
  {
    type: 'userTask', id: 'Task_Casework', name: t('个案辅导：减压、心理支持与亲职辅导', 'Casework: stress, support and parenting'), at: [10, 0],
    role: 'socialWorker', form: 'casework', slaParameter: 'interventionDays',
    contents: ['stressRelief', 'psychologicalSupport', 'parentingGuidance', 'maritalRelations'],
  },
  {
    type: 'userTask', id: 'Task_GroupWork', name: t('互助小组与生产小组', 'Mutual-help and production groups'), at: [10, 1],
    role: 'socialWorker', form: 'group-work', slaParameter: 'interventionDays',
    contents: ['mutualAidGroups', 'capacityBuilding', 'culturalActivities', 'supportNetwork'],
  },
  // Every referral of the plan, livelihood or rights, is handled in this one task: branches of their
  // own would need a merge inside the parallel branch, which the engine's dead-path handling cannot join.
  {
    type: 'userTask', id: 'Task_Referral', name: t('生计项目与权益维护转介', 'Livelihood and rights referrals'), at: [10, 2],
    role: 'socialWorker', form: 'resource-referral', slaParameter: 'interventionDays',
    contents: ['livelihoodProjects', 'capacityBuilding', 'rightsProtection'],
  },
  { type: 'parallelGateway', id: 'Gw_InterventionJoin', name: t('介入完成', 'Intervention done'), at: [12, 0] },
  {
    type: 'userTask', id: 'Task_MidReview', name: t('中期评估', 'Mid-term review'), at: [13, 0],
    role: 'socialWorker', form: 'mid-review', slaParameter: 'reviewDays',
  },
  { type: 'exclusiveGateway', id: 'Gw_MidReview', name: t('是否调整方案？', 'Revise the plan?'), at: [14, 0] },
  {
    type: 'userTask', id: 'Task_Closing', name: t('结案评估', 'Closing assessment'), at: [15, 0],
    role: 'socialWorker', form: 'closing', slaParameter: 'closingDays',
  },
  { type: 'timerCatch', id: 'Timer_AfterClosing', name: t('结案后1个月', 'A month after closing'), at: [16, 0], timer: { parameter: 'followUpAfterDays' } },
  {
    type: 'userTask', id: 'Task_FollowUp', name: t('结案回访', 'Follow-up after closing'), at: [17, 0],
    role: 'socialWorker', form: 'follow-up', slaParameter: 'followUpDays', contents: ['followUp'],
  },
  { type: 'endEvent', id: 'End_Completed', name: t('服务完成', 'Service completed'), at: [18, 0] },
];

const flows: FlowSpec[] = [
  { from: 'Start_Found', to: 'Task_Intake' },
  { from: 'Task_Intake', to: 'Gw_Consent' },
  { from: 'Gw_Consent', to: 'Task_Assessment', name: t('同意', 'Consented'), condition: 'consent = true' },
  { from: 'Gw_Consent', to: 'End_Declined', name: t('不同意', 'Declined'), isDefault: true },
  { from: 'Task_Assessment', to: 'Gw_PlanMerge' },
  { from: 'Gw_PlanMerge', to: 'Task_Plan' },
  { from: 'Task_Plan', to: 'Task_PlanApproval' },
  { from: 'Task_PlanApproval', to: 'Gw_Approved' },
  { from: 'Gw_Approved', to: 'Gw_InterventionSplit', name: t('通过', 'Approved'), condition: 'planApproved = true' },
  { from: 'Gw_Approved', to: 'Gw_PlanMerge', name: t('退回修改', 'Sent back'), isDefault: true },
  { from: 'Gw_InterventionSplit', to: 'Task_Casework' },
  { from: 'Gw_InterventionSplit', to: 'Task_GroupWork' },
  { from: 'Gw_InterventionSplit', to: 'Task_Referral' },
  { from: 'Task_Casework', to: 'Gw_InterventionJoin' },
  { from: 'Task_GroupWork', to: 'Gw_InterventionJoin' },
  { from: 'Task_Referral', to: 'Gw_InterventionJoin' },
  { from: 'Gw_InterventionJoin', to: 'Task_MidReview' },
  { from: 'Task_MidReview', to: 'Gw_MidReview' },
  { from: 'Gw_MidReview', to: 'Gw_PlanMerge', name: t('调整方案', 'Revise'), condition: 'midReviewOutcome = "revise_plan"', via: [[14, -0.6], [4, -0.6]] },
  { from: 'Gw_MidReview', to: 'Task_Closing', name: t('进入结案', 'To closing'), isDefault: true },
  { from: 'Task_Closing', to: 'Timer_AfterClosing' },
  { from: 'Timer_AfterClosing', to: 'Task_FollowUp' },
  { from: 'Task_FollowUp', to: 'End_Completed' },
];

const wd = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'working_days', default: def, min, max: def, tighter: 'lower' }) as const;

export const womenLeftBehind: ExampleStandardSource = {
  folder: 'women-left-behind',
  document: {
    code: CODE,
    title: t('留守妇女社会工作服务', 'Social work services for women left behind'),
    summary: t(
      '依据京民社工发〔2017〕23号第四部分第（四）项：对经村（居）委会、妇联摸底排查或报告发现的农村留守妇女，自发现之日起5个工作日内首次接触并征得知情同意，入户评估精神压力、心理、亲子与亲职、权益、社会支持和生计六方面需求，制定经机构督导审核的服务方案；同时开展个案辅导（精神减压、心理支持、亲职辅导、婚姻关系调适）、心理互助小组和生产互助小组等团体互助、生计项目与生产技能培训转介，以及向妇联、法律援助机构的权益维护转介；中期评估后结案，结案后1个月回访。',
      'Following section 4(4) of Jingminshegong [2017] No. 23: women left behind in Beijing’s villages, found by the village committee’s or the women’s federation’s screening or by a report, are contacted and asked for consent within 5 working days of being found; a home assessment covers six areas (stress, psychological wellbeing, children and parenting, rights, social support, livelihood) and the plan is approved by the professional supervisor; then, side by side, casework (stress relief, psychological support, parenting guidance, marital relations), mutual-help and production groups, referrals to livelihood projects and skills training, and rights referrals to the women’s federation and legal aid; a mid-term review, closing, and a follow-up a month after closing.',
    ),
    population: {
      description: t(
        '户籍或常住在本市农村（行政村）、丈夫每年在外务工或经商累计6个月及以上的妇女，经村（居）委会或妇联摸底排查、村干部、邻里、学校报告或本人求助发现，存在精神压力、心理、亲职、权益、社会支持或生计方面服务需求的（京民社工发〔2017〕23号 三(一)、四(四)）。',
        'Women living in Beijing’s villages whose husbands work away six months a year or more, found by the village committee’s or the women’s federation’s screening, by a report from village cadres, neighbours or a school, or asking for help themselves, with needs in stress, psychological wellbeing, parenting, rights, social support or livelihood (No. 23, 3(1) and 4(4)).',
      ),
      eligibility: eligibility(
        t('服务对象信息', 'Client information'),
        {
          clientName,
          gender,
          age: age(18, 70),
          street,
          community,
          residence: choice(t('居住地', 'Lives in'), [
            ['village', '农村（行政村）', 'A village'],
            ['town_community', '镇区社区', 'A town community'],
            ['urban_community', '城市社区', 'An urban community'],
          ], { help: t('本标准服务居住在农村（行政村）的留守妇女。', 'This standard serves women left behind in villages.') }),
          husbandAwayMonths: integer(t('丈夫每年在外务工时间（月）', 'Months a year the husband works away'), {
            maximum: 12,
            help: t('近一年内累计在外月数；满6个月的为留守妇女。', 'Months away in the last year; six or more make her a woman left behind.'),
          }),
          husbandWorksIn: choice(t('丈夫务工地', 'Where the husband works'), [
            ['other_province', '外省市', 'Another province'],
            ['other_district', '本市其他区', 'Another district of Beijing'],
            ['abroad', '境外', 'Abroad'],
          ]),
          childrenAtHome: integer(t('共同生活的未成年子女数', 'Children under 18 living with her'), { maximum: 10 }),
          eldersCaredFor: integer(t('需她照料的老人数', 'Older people she cares for'), { maximum: 10 }),
          source: choice(t('发现渠道', 'Found through'), [
            ['screening', '村（居）委会、妇联摸底排查', 'Screening by the village committee or women’s federation'],
            ['report', '村干部、邻里或学校报告', 'Report by village cadres, neighbours or a school'],
            ['hotline_96156', '96156社区服务热线', 'The 96156 community service line'],
            ['self', '本人求助', 'She asked for help'],
          ]),
        },
        ['clientName', 'gender', 'age', 'street', 'community', 'residence', 'husbandAwayMonths', 'source'],
        { rules: [LEFT_BEHIND] },
      ),
    },
    contents: [
      { id: 'needsAssessment', title: t('需求评估', 'Needs assessment'), description: t('评估精神压力、心理、亲子与亲职、权益、社会支持和生计六方面需求（京民社工发〔2017〕23号 三(二)）。', 'Assess six areas: stress, psychological wellbeing, children and parenting, rights, social support and livelihood (No. 23, 3(2)).') },
      { id: 'stressRelief', title: t('精神减压', 'Stress relief'), description: t('帮助疏导独自承担农活、育儿和养老带来的情绪压力。', 'Ease the strain of carrying the farm work, the children and the elders alone.') },
      { id: 'psychologicalSupport', title: t('心理支持', 'Psychological support'), description: t('缓解孤独、焦虑和抑郁情绪，必要时转介专业心理服务。', 'Ease loneliness, anxiety and low mood; refer to specialist care when needed.') },
      { id: 'parentingGuidance', title: t('亲职辅导', 'Parenting guidance'), description: t('指导亲职教育和家庭教育，改善亲子关系。', 'Guidance on parenting and home education; better relations with the children.') },
      { id: 'maritalRelations', title: t('婚姻关系调适', 'Marital relations'), description: t('促进夫妻沟通，调适两地分居下的婚姻关系。', 'Help the couple keep in touch and weather living apart.') },
      { id: 'rightsProtection', title: t('权益维护', 'Rights protection'), description: t('对家庭暴力、土地和宅基地权益、婚姻家庭纠纷等，转介妇联、司法所和法律援助机构。', 'Refer domestic violence, land and homestead rights and family disputes to the women’s federation, the justice office and legal aid.') },
      { id: 'mutualAidGroups', title: t('团体互助', 'Mutual help in groups'), description: t('建立心理互助小组、生产互助小组等支持性小组。', 'Set up supportive groups: mutual-help groups and production groups.') },
      { id: 'capacityBuilding', title: t('能力提升', 'Building skills'), description: t('开展生产技能培训，培育妇女骨干。', 'Skills training, and women who lead their peers.') },
      { id: 'livelihoodProjects', title: t('生计项目', 'Livelihood projects'), description: t('连结社会资源，实施生计项目，增加家庭收入（京民社工发〔2017〕23号 五(五)）。', 'Link resources and run livelihood projects that raise the household’s income (No. 23, 5(5)).') },
      { id: 'culturalActivities', title: t('文体活动', 'Cultural activities'), description: t('组织文体活动，丰富精神文化生活。', 'Cultural and sports activities.') },
      { id: 'supportNetwork', title: t('社会心理支持网络', 'Support network'), description: t('建立健全以妇女骨干、邻里和村组织为基础的社会心理支持网络。', 'A network of support among women leaders, neighbours and village bodies.') },
      { id: 'followUp', title: t('跟踪回访', 'Follow-up visits'), description: t('结案后回访，了解服务效果（京民社工发〔2017〕23号 三(二)）。', 'A visit after closing to learn how the service worked (No. 23, 3(2)).') },
    ],
    methods: [
      { id: 'casework', title: t('个案工作', 'Casework') },
      { id: 'groupWork', title: t('小组工作', 'Group work'), description: t('心理互助小组、生产互助小组、亲职教育小组。', 'Mutual-help, production and parenting groups.') },
      { id: 'communityWork', title: t('社区工作', 'Community work'), description: t('培育妇女骨干，联动村（居）委会、妇联和志愿者（“三社联动”“两工协作”）。', 'Grow women leaders; work with the village committee, the women’s federation and volunteers.') },
      { id: 'homeVisit', title: t('入户探访', 'Home visits') },
      { id: 'referral', title: t('转介', 'Referral'), description: t('转介妇联、司法所、法律援助中心、人力社保和农业部门。', 'To the women’s federation, the justice office, legal aid, and the labour and agriculture offices.') },
    ],
    roles: [
      { id: 'socialWorker', title: t('社会工作者', 'Social worker'), assignTo: 'caseworker' },
      PROFESSIONAL_SUPERVISOR,
    ],
    parameters: [
      { id: 'intakeDays', ...wd('首次接触时限（自发现或报告）', 'First contact within (from being found)', 5, 2) },
      // First contact, assessment, plan and review fit the 20 working days from being found to an approved plan (5 + 7 + 5 + 3).
      { id: 'assessmentDays', ...wd('入户需求评估时限', 'Home assessment within', 7, 5) },
      { id: 'planDays', ...wd('服务方案制定时限', 'Service plan within', 5, 3) },
      { id: 'approvalDays', ...wd('机构督导审核时限', 'Supervisor’s review within', 3, 1) },
      { id: 'planDeadlineDays', ...wd('自发现至方案通过时限', 'From being found to an approved plan within', 20, 15) },
      { id: 'interventionDays', ...wd('介入服务周期', 'Intervention period', 60, 30) },
      { id: 'reviewDays', ...wd('中期评估时限', 'Mid-term review within', 10, 5) },
      { id: 'closingDays', ...wd('结案评估时限', 'Closing assessment within', 10, 5) },
      { id: 'followUpAfterDays', title: t('结案后回访时间', 'Follow-up after closing'), kind: 'duration', unit: 'days', default: 30, min: 14, max: 30, tighter: 'lower' },
      { id: 'followUpDays', ...wd('回访到期后完成时限', 'Follow-up done within, once due', 5, 2) },
    ],
    indicators: [
      {
        id: 'contactedIn5Days', kind: 'duration', title: t('发现后5个工作日内首次接触率', 'Contacted within 5 working days of being found'),
        description: t('自摸底排查发现或接到报告（立案）起，至首次接触并完成知情同意。', 'From the screening or the report (the case’s start) to the first contact and consent.'),
        from: { element: 'Start_Found', edge: 'end' }, to: { element: 'Task_Intake', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'intakeDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'planApprovedIn20Days', kind: 'duration', title: t('发现后20个工作日内服务方案通过率', 'Plan approved within 20 working days of being found'),
        description: t('自发现或报告至机构督导审核通过服务方案（开始介入）；退回修改的，计至修改后通过。', 'From being found to the professional supervisor’s approval of the plan (the intervention starting); a plan sent back counts until its revision is approved.'),
        from: { element: 'Start_Found', edge: 'end' }, to: { element: 'Gw_InterventionSplit', edge: 'start' },
        unit: 'working_days', limit: { parameter: 'planDeadlineDays' }, target: 90, comparator: '>=',
      },
      {
        id: 'followUpOnTime', kind: 'duration', title: t('结案回访按时完成率', 'Follow-ups after closing on time'),
        from: { element: 'Timer_AfterClosing', edge: 'end' }, to: { element: 'Task_FollowUp', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'followUpDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'stressRelieved', kind: 'field', title: t('精神压力减轻比例', 'Stress relieved'),
        description: t('结案评估中精神压力“明显减轻”或“有所减轻”的比例。', 'Share of closing assessments finding stress much or somewhat lower.'),
        form: 'closing', field: '/stressChange', aggregate: 'share', condition: 'value = "much_lower" or value = "lower"', target: 80, comparator: '>=',
      },
      {
        id: 'groupParticipation', kind: 'field', title: t('参加小组活动4次及以上比例', 'Took part in four or more group sessions'),
        form: 'group-work', field: '/sessionsAttended', aggregate: 'share', condition: 'value >= 4', target: 70, comparator: '>=',
      },
      {
        id: 'livelihoodOutcome', kind: 'field', title: t('参加生计项目或培训后增收比例', 'Income up after a livelihood project or training'),
        description: t('结案时参加了生计项目或生产技能培训的妇女（结案评估须为她们、且只为她们填写生计成效）中，家庭收入增加的比例。', 'Among women who joined a livelihood project or skills training (the closing assessment records the outcome for them and only them), the share whose household income rose.'),
        form: 'closing', field: '/livelihoodOutcome', aggregate: 'share', condition: 'value = "income_up"', target: 50, comparator: '>=',
      },
      {
        id: 'satisfaction', kind: 'field', title: t('服务对象满意率', 'Client satisfaction'),
        form: 'closing', field: '/satisfaction', aggregate: 'share', condition: 'value >= 4', target: 90, comparator: '>=',
      },
      {
        id: 'completion', kind: 'completion', title: t('一年内服务完成率', 'Cases completed within a year'),
        element: 'End_Completed', withinDays: 365, target: 80, comparator: '>=',
      },
      { id: 'conformance', kind: 'conformance', title: t('服务流程符合度', 'Conformance to the service process'), target: 90, comparator: '>=' },
    ],
  },
  process: { nodes, flows },
  forms: {
    'intake-consent': form(
      t('首次接触与知情同意', 'First contact and consent'),
      {
        contactDate: date(t('接触日期', 'Date of contact')),
        contactPlace: choice(t('接触地点', 'Where'), [
          ['home', '服务对象家中', 'At home'],
          ['village_office', '村委会或妇女之家', 'Village office or women’s home'],
          ['field', '田间或务工地', 'In the fields or at work'],
        ]),
        concerns: choices(t('主要困扰', 'What troubles her'), [
          ['loneliness', '孤独、无人倾诉', 'Loneliness, no one to talk to'],
          ['workload', '农活、育儿、养老负担重', 'Farm work, children and elders all on her'],
          ['children', '子女教育与管教', 'The children’s schooling and behaviour'],
          ['marriage', '夫妻关系', 'The marriage'],
          ['income', '收入低、不稳定', 'Low or unsteady income'],
          ['safety', '人身安全或权益受侵害', 'Safety or rights'],
        ], { minItems: 1 }),
        consent: yes(t('服务对象知情并同意接受服务', 'She was informed and agrees to receive services'), {
          help: t('告知服务内容、保密原则及其例外、服务对象的权利，由本人签署知情同意书。', 'Explain the services, confidentiality and its limits and her rights; she signs the consent form.'),
        }),
        declineReason: notes(t('不同意的原因', 'Reason for declining'), { help: t('不同意时必填。', 'Required when she declines.') }),
      },
      ['contactDate', 'contactPlace', 'concerns', 'consent'],
      { rules: [when({ consent: { const: false } }, { required: ['declineReason'] })] },
    ),
    'needs-assessment': form(
      t('入户需求评估', 'Home needs assessment'),
      {
        visitDate: date(t('入户日期', 'Date of the home visit')),
        husbandContact: choice(t('与丈夫联系频率', 'How often she hears from her husband'), [
          ['weekly', '每周', 'Every week'],
          ['monthly', '每月', 'Every month'],
          ['rarely', '很少', 'Rarely'],
          ['lost', '失去联系', 'Lost touch'],
        ]),
        k10Score: integer(t('心理困扰量表（K10）得分', 'Psychological distress (K10) score'), {
          minimum: 10,
          maximum: 50,
          help: t('凯斯勒心理困扰量表，10–50分；30分及以上为重度困扰，须评估是否转介专业心理服务。', 'Kessler scale, 10 to 50; 30 or more is severe distress: decide whether to refer to specialist care.'),
        }),
        ...Object.fromEntries(AREAS.map(needArea)),
        rightsIssues: choices(t('权益受侵害情况', 'Rights issues'), RIGHTS_ISSUES, { help: t('无则不选。', 'Leave empty when there are none.') }),
        safetyMeasures: choices(t('已采取的安全措施', 'Safety measures taken'), [
          ['safety_plan', '制定人身安全计划', 'A personal safety plan'],
          ['protection_order', '协助申请人身安全保护令', 'Help applying for a protection order'],
          ['police', '报告公安机关', 'Reported to the police'],
          ['womens_federation', '报告妇联', 'Reported to the women’s federation'],
          ['shelter', '联系临时庇护', 'Temporary shelter arranged'],
        ], { help: t('存在家庭暴力时必填（《反家庭暴力法》）。', 'Required when there is domestic violence (Anti-Domestic Violence Law).') }),
        specialistReferral: yes(t('需转介专业心理服务', 'Refer to specialist psychological care')),
        assessmentSummary: notes(t('评估小结', 'Summary')),
      },
      ['visitDate', 'husbandContact', 'k10Score', ...AREAS.map(([value]) => areaId(value)), 'rightsIssues', 'assessmentSummary'],
      {
        help: t('依据京民社工发〔2017〕23号 三(二)、四(四)。', 'Per No. 23, 3(2) and 4(4).'),
        rules: [
          // Violence at home is met with safety first.
          when({ rightsIssues: { contains: { const: 'domestic_violence' } } }, { properties: { safetyMeasures: { minItems: 1 } }, required: ['safetyMeasures'] }),
          // Severe distress needs a decision on specialist care.
          when({ k10Score: { minimum: 30 } }, { required: ['specialistReferral'] }),
          // A high need in rights names the issues.
          when({ rights: { properties: { level: { const: 'high' } } } }, { properties: { rightsIssues: { minItems: 1 } } }),
        ],
      },
    ),
    'service-plan': form(
      t('服务方案', 'Service plan'),
      {
        goals: notes(t('服务目标', 'Goals')),
        focusAreas: choices(t('重点需求领域', 'Focus areas'), AREAS, { minItems: 1 }),
        groups: choices(t('计划参加的小组', 'Groups she will join'), GROUPS),
        referralNeeds: choices(t('需转介事项', 'Referrals needed'), REFERRALS, {
          help: t('勾选的事项在“生计项目与权益维护转介”任务中逐项办理并跟进结果。', 'Each ticked item is referred and followed up in the "livelihood and rights referrals" task.'),
        }),
        plannedSessions: integer(t('计划个案会谈次数', 'Planned casework sessions'), { minimum: 1, maximum: 50 }),
        expectedMonths: integer(t('预计服务周期（月）', 'Expected duration (months)'), { minimum: 1, maximum: 12 }),
        interventions: notes(t('介入策略与措施', 'Interventions and measures')),
      },
      ['goals', 'focusAreas', 'groups', 'referralNeeds', 'plannedSessions', 'expectedMonths', 'interventions'],
    ),
    'plan-approval': planApprovalForm(),
    casework: form(
      t('个案辅导', 'Casework'),
      {
        firstSessionDate: date(t('首次会谈日期', 'Date of the first session')),
        sessionsHeld: integer(t('已开展会谈次数', 'Sessions held'), { minimum: 1, maximum: 100 }),
        methodsUsed: choices(t('服务内容', 'What was done'), [
          ['stress_relief', '精神减压与情绪疏导', 'Stress relief'],
          ['psychological_support', '心理支持', 'Psychological support'],
          ['parenting_guidance', '亲职辅导', 'Parenting guidance'],
          ['marital_relations', '夫妻沟通与婚姻关系调适', 'Couple communication and marital relations'],
          ['family_meeting', '家庭会议', 'Family meeting'],
        ], { minItems: 1 }),
        progressNotes: notes(t('服务进展记录', 'Progress notes')),
      },
      ['firstSessionDate', 'sessionsHeld', 'methodsUsed', 'progressNotes'],
    ),
    'group-work': form(
      t('互助小组与生产小组', 'Mutual-help and production groups'),
      {
        groupsJoined: choices(t('参加的小组', 'Groups joined'), GROUPS),
        sessionsAttended: integer(t('参加小组活动次数', 'Group sessions attended'), { maximum: 100 }),
        firstSessionDate: date(t('首次参加日期', 'Date of the first session')),
        becameLeader: yes(t('成为妇女骨干（小组长、联络人）', 'Became a women’s leader (group lead or contact)')),
        groupNotes: notes(t('小组参与记录', 'Notes')),
      },
      ['groupsJoined', 'sessionsAttended', 'groupNotes'],
      {
        // Sessions are attended in a group: one who attended names the groups and when she began.
        rules: [when({ sessionsAttended: { minimum: 1 } }, { properties: { groupsJoined: { minItems: 1 } }, required: ['firstSessionDate'] })],
      },
    ),
    'resource-referral': form(
      t('生计项目与权益维护转介', 'Livelihood and rights referrals'),
      {
        referrals: list(
          t('转介记录', 'Referrals made'),
          group(
            t('转介', 'Referral'),
            {
              area: choice(t('转介事项', 'Area'), REFERRALS),
              agency: text(t('接收机构', 'Receiving agency'), { maxLength: 100 }),
              referralDate: date(t('转介日期', 'Date referred')),
              result: choice(t('转介结果', 'Result'), [
                ['resolved', '已落实（已加入项目、已培训或已获援助）', 'Done (joined, trained or helped)'],
                ['in_progress', '办理中', 'In progress'],
                ['unresolved', '未解决', 'Unresolved'],
              ]),
            },
            ['area', 'agency', 'referralDate', 'result'],
          ),
          { help: t('服务方案列出的每项转介各记一条，跟进至有结果。', 'One entry per referral named in the plan, followed up to its result.') },
        ),
        referralSummary: notes(t('转介情况小结', 'Summary')),
      },
      ['referrals', 'referralSummary'],
    ),
    'mid-review': form(
      t('中期评估', 'Mid-term review'),
      {
        reviewDate: date(t('评估日期', 'Date of review')),
        goalProgress: choice(t('目标进展', 'Progress towards goals'), [
          ['achieved', '已达成', 'Achieved'],
          ['progressing', '稳步推进', 'Progressing'],
          ['stalled', '进展缓慢', 'Stalled'],
        ]),
        midReviewOutcome: choice(t('评估结论', 'Conclusion'), [
          ['continue_to_close', '按方案推进至结案评估', 'Proceed to the closing assessment'],
          ['revise_plan', '调整服务方案', 'Revise the service plan'],
        ]),
        reviewNotes: notes(t('评估说明', 'Notes')),
      },
      ['reviewDate', 'goalProgress', 'midReviewOutcome', 'reviewNotes'],
    ),
    closing: form(
      t('结案评估', 'Closing assessment'),
      {
        closingDate: date(t('结案日期', 'Date of closing')),
        goalsAchieved: choice(t('目标达成情况', 'Goals achieved'), [
          ['fully', '全部达成', 'Fully'],
          ['mostly', '大部分达成', 'Mostly'],
          ['partly', '部分达成', 'Partly'],
          ['not', '未达成', 'Not achieved'],
        ]),
        closingReason: choice(t('结案原因', 'Reason for closing'), [
          ['goals_met', '服务目标达成', 'Goals met'],
          ['husband_returned', '丈夫返乡', 'Her husband came home'],
          ['moved_away', '迁出本村', 'Moved away'],
          ['client_request', '本人要求结案', 'At her request'],
        ]),
        stressChange: choice(t('精神压力变化', 'Stress since the assessment'), [
          ['much_lower', '明显减轻', 'Much lower'],
          ['lower', '有所减轻', 'Somewhat lower'],
          ['same', '无变化', 'The same'],
          ['higher', '加重', 'Higher'],
        ]),
        joinedLivelihood: yes(t('参加了生计项目或生产技能培训', 'Joined a livelihood project or skills training')),
        livelihoodOutcome: choice(t('生计成效', 'Livelihood outcome'), [
          ['income_up', '家庭收入增加', 'Household income up'],
          ['no_change_yet', '收入尚无变化', 'No change yet'],
        ], { help: t('参加了生计项目或培训的必填，其他不填。', 'Required when she joined a project or training; left out otherwise.') }),
        satisfaction: rating(t('服务对象满意度（1–5分）', 'Client satisfaction (1–5)')),
        closingSummary: notes(t('结案小结', 'Closing summary')),
      },
      ['closingDate', 'goalsAchieved', 'closingReason', 'stressChange', 'joinedLivelihood', 'satisfaction', 'closingSummary'],
      {
        // The livelihood indicator counts exactly the women who joined a project or training.
        rules: [
          when({ joinedLivelihood: { const: true } }, { required: ['livelihoodOutcome'] }),
          when({ joinedLivelihood: { const: false } }, { not: { required: ['livelihoodOutcome'] } }),
        ],
      },
    ),
    'follow-up': form(
      t('结案回访', 'Follow-up after closing'),
      {
        followUpDate: date(t('回访日期', 'Date of follow-up')),
        contactMode: choice(t('回访方式', 'How contacted'), [
          ['home_visit', '入户回访', 'Home visit'],
          ['phone', '电话回访', 'Phone call'],
          ['group', '小组活动中回访', 'At a group session'],
        ]),
        situation: choice(t('现状', 'How she is'), [
          ['improved', '持续改善', 'Keeps improving'],
          ['stable', '基本稳定', 'Stable'],
          ['worsened', '出现反复', 'Worse again'],
        ]),
        stillInGroup: yes(t('仍参加互助或生产小组', 'Still in a mutual-help or production group')),
        needsNewService: yes(t('需重新提供服务', 'Needs the service again'), {
          help: t('情况反复或出现新需求的，重新立案服务。', 'If things got worse or new needs arose, a new case is opened.'),
        }),
        newNeeds: notes(t('新的需求', 'New needs'), { help: t('需重新提供服务时必填。', 'Required when she needs the service again.') }),
        followUpNotes: notes(t('回访记录', 'Notes')),
      },
      ['followUpDate', 'contactMode', 'situation', 'stillInGroup', 'needsNewService', 'followUpNotes'],
      { rules: [when({ needsNewService: { const: true } }, { required: ['newNeeds'] })] },
    ),
  },
  samples: {
    'village-mother': {
      clientName: '张某霞', gender: 'female', age: 36, street: '永宁镇', community: '西关村', residence: 'village',
      husbandAwayMonths: 10, husbandWorksIn: 'other_province', childrenAtHome: 2, eldersCaredFor: 1, source: 'screening',
    },
    'farm-worker': {
      clientName: '李某兰', gender: 'female', age: 44, street: '琉璃河镇', community: '南河村', residence: 'village',
      husbandAwayMonths: 8, husbandWorksIn: 'other_district', childrenAtHome: 1, eldersCaredFor: 2, source: 'report',
    },
  },
  walkthroughs: {
    main: {
      title: t(
        '留守母亲：发现后接案，方案经机构督导退回一次后通过，个案辅导、参加心理和生产互助小组、转介生计项目，结案后回访',
        'A mother left behind: taken on after being found, the plan sent back once by the professional supervisor and then approved; casework, mutual-help and production groups, a livelihood referral; closing and a follow-up',
      ),
      sample: 'village-mother',
      answers: {
        'intake-consent': [{ contactDate: '2026-03-03', contactPlace: 'home', concerns: ['loneliness', 'workload', 'children'], consent: true }],
        'needs-assessment': [{
          visitDate: '2026-03-09', husbandContact: 'monthly', k10Score: 27,
          stress: { level: 'high', findings: '独自照料两个孩子和婆婆，兼顾农活，长期睡眠不足。' },
          psychological: { level: 'medium', findings: '常感孤独，无人倾诉。' },
          parenting: { level: 'medium', findings: '长子沉迷手机，管教常起冲突。' },
          rights: { level: 'none', findings: '无权益受侵害情况。' },
          socialSupport: { level: 'medium', findings: '娘家在外地，与邻里来往少。' },
          livelihood: { level: 'medium', findings: '家庭收入依赖丈夫汇款，希望在家门口增收。' },
          rightsIssues: [], assessmentSummary: '精神压力大，亲子关系紧张，有增收意愿。',
        }],
        'service-plan': [
          { goals: '缓解精神压力，改善亲子沟通。', focusAreas: ['stress', 'parenting'], groups: ['mutual_aid'], referralNeeds: [], plannedSessions: 6, expectedMonths: 4, interventions: '个案减压辅导、亲职辅导、参加心理互助小组。' },
          { goals: '缓解精神压力，改善亲子沟通，增加家庭收入。', focusAreas: ['stress', 'parenting', 'livelihood'], groups: ['mutual_aid', 'production'], referralNeeds: ['livelihood_project'], plannedSessions: 6, expectedMonths: 4, interventions: '个案减压辅导、亲职辅导、参加心理互助小组和生产互助小组，转介村手工编织项目。' },
        ],
        'plan-approval': [
          { reviewDate: '2026-03-17', planApproved: false, approvalComments: '评估显示有增收意愿，请补充生计方面的措施。' },
          { reviewDate: '2026-03-20', planApproved: true, approvalComments: '同意。' },
        ],
        casework: [{ firstSessionDate: '2026-03-24', sessionsHeld: 6, methodsUsed: ['stress_relief', 'parenting_guidance', 'marital_relations'], progressNotes: '学会放松方法，每周与丈夫视频沟通孩子情况。' }],
        'group-work': [{ groupsJoined: ['mutual_aid', 'production'], sessionsAttended: 8, firstSessionDate: '2026-03-28', becameLeader: true, groupNotes: '担任编织小组联络人。' }],
        'resource-referral': [{
          referrals: [{ area: 'livelihood_project', agency: '永宁镇妇联巧娘手工编织项目', referralDate: '2026-04-02', result: 'resolved' }],
          referralSummary: '已加入手工编织项目，按件计酬。',
        }],
        'mid-review': [{ reviewDate: '2026-06-10', goalProgress: 'achieved', midReviewOutcome: 'continue_to_close', reviewNotes: '压力明显减轻，亲子冲突减少。' }],
        closing: [{
          closingDate: '2026-06-22', goalsAchieved: 'mostly', closingReason: 'goals_met', stressChange: 'much_lower',
          joinedLivelihood: true, livelihoodOutcome: 'income_up', satisfaction: 5, closingSummary: '压力减轻，每月编织收入约800元，成为小组骨干。',
        }],
        'follow-up': [{ followUpDate: '2026-07-24', contactMode: 'group', situation: 'stable', stillInGroup: true, needsNewService: false, followUpNotes: '仍每周参加小组活动。' }],
      },
      ends: ['End_Completed'],
    },
    declined: {
      title: t('服务对象不同意接受服务', 'She declines the service'),
      sample: 'farm-worker',
      answers: {
        'intake-consent': [{ contactDate: '2026-03-04', contactPlace: 'field', concerns: ['workload'], consent: false, declineReason: '农忙，丈夫下月返乡，暂不需要。' }],
      },
      ends: ['End_Declined'],
    },
  },
};

