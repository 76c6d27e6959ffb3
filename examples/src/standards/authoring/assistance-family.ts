/**
 * 社会救助家庭社会工作服务 — social work with social-assistance families (京民社工发〔2017〕23号 四(一),
 * the "社会救助家庭增能计划").
 */
import { age, assistanceType, clientName, community, gender, NEED_LEVELS, street } from './client-fields';
import type { ExampleStandardSource } from './example-source';
import type { FlowSpec, NodeSpec } from './process-model';
import { PROFESSIONAL_SUPERVISOR } from './professional-supervision';
import { choice, choices, date, decimal, eligibility, form, group, integer, list, notes, rating, t, text, when, yes } from './schema-fields';

const CODE = 'BJ-SW-FAMILY';

const needArea = (zh: string, en: string, helpZh: string, helpEn: string) =>
  group(
    t(zh, en),
    { level: choice(t('需求程度', 'Level of need'), NEED_LEVELS), findings: notes(t('评估发现', 'Findings')) },
    ['level', 'findings'],
    { help: t(helpZh, helpEn) },
  );

const AREAS = [
  ['livelihood', '生计发展', 'Livelihood'],
  ['psychological', '心理情绪', 'Psychological wellbeing'],
  ['family_relations', '家庭关系', 'Family relations'],
  ['support_network', '社会支持网络', 'Social support network'],
] as const;

const REFERRALS = [
  ['employment', '就业帮扶', 'Employment support'],
  ['medical', '医疗救助与就医', 'Medical assistance and care'],
  ['schooling', '子女入学与教育救助', 'Schooling and education assistance'],
  ['benefits', '社会救助政策申请', 'Social assistance benefits'],
] as const;

const BENEFITS = [
  ['dibao', '最低生活保障', 'Minimum living guarantee'],
  ['tekun', '特困人员供养', 'Support for people in extreme poverty'],
  ['disaster', '受灾人员救助', 'Disaster relief'],
  ['medical', '医疗救助', 'Medical assistance'],
  ['education', '教育救助', 'Education assistance'],
  ['housing', '住房救助', 'Housing assistance'],
  ['employment', '就业救助', 'Employment assistance'],
  ['temporary', '临时救助', 'Temporary assistance'],
] as const;

const followUpForm = form(
  t('结案回访', 'Follow-up after closing'),
  {
    followUpDate: date(t('回访日期', 'Date of follow-up')),
    contactMode: choice(t('回访方式', 'How contacted'), [
      ['home_visit', '入户回访', 'Home visit'],
      ['phone', '电话回访', 'Phone call'],
      ['community', '社区约见', 'Meeting at the community office'],
    ]),
    situation: choice(t('家庭现状', 'Situation of the family'), [
      ['improved', '持续改善', 'Keeps improving'],
      ['stable', '基本稳定', 'Stable'],
      ['worsened', '出现反复', 'Worse again'],
    ]),
    needsNewReferral: yes(t('需重新转介', 'Needs a new referral'), {
      help: t('情况反复、出现新需求时，报街道（乡镇）社会救助经办机构重新转介。', 'If things got worse or new needs arose, report to the street assistance office for a new referral.'),
    }),
    followUpNotes: notes(t('回访记录', 'Notes')),
  },
  ['followUpDate', 'contactMode', 'situation', 'needsNewReferral', 'followUpNotes'],
);

const nodes: NodeSpec[] = [
  { type: 'startEvent', id: 'Start_Referral', name: t('收到转介', 'Referral received'), at: [0, 0] },
  {
    type: 'userTask', id: 'Task_Consent', name: t('接案会谈与知情同意', 'Intake interview and consent'), at: [1, 0],
    role: 'socialWorker', form: 'intake-consent', slaParameter: 'intakeDays', contents: ['needsAssessment'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Consent', name: t('是否同意接受服务？', 'Consent given?'), at: [2, 0] },
  { type: 'endEvent', id: 'End_Declined', name: t('未同意，不予接案', 'Declined, not taken on'), at: [2, 1] },
  {
    type: 'userTask', id: 'Task_Assessment', name: t('入户需求评估', 'Home needs assessment'), at: [3, 0],
    role: 'socialWorker', form: 'home-assessment', slaParameter: 'assessmentDays', contents: ['needsAssessment'],
  },
  { type: 'exclusiveGateway', id: 'Gw_PlanMerge', name: t('制定或调整方案', 'Plan or revise'), at: [4, 0] },
  {
    type: 'userTask', id: 'Task_Plan', name: t('制定服务方案', 'Draw up the service plan'), at: [5, 0],
    role: 'socialWorker', form: 'service-plan', slaParameter: 'planDays', contents: ['needsAssessment', 'empowerment'],
  },
  {
    type: 'userTask', id: 'Task_PlanApproval', name: t('机构督导审核服务方案', 'Professional supervisor reviews the plan'), at: [6, 0],
    role: 'professionalSupervisor', form: 'plan-approval', slaParameter: 'approvalDays',
  },
  { type: 'exclusiveGateway', id: 'Gw_Approved', name: t('方案是否通过？', 'Plan approved?'), at: [7, 0] },
  { type: 'parallelGateway', id: 'Gw_InterventionSplit', name: t('开展介入', 'Start intervention'), at: [8, 0] },
  {
    type: 'userTask', id: 'Task_Casework', name: t('个案辅导与家庭增能', 'Casework and family empowerment'), at: [10, 0],
    role: 'socialWorker', form: 'casework', slaParameter: 'interventionDays',
    contents: ['psychologicalSupport', 'familyRelations', 'empowerment', 'companionship'],
    // Casework is the contacts with the family, each a service record: at least two before it is done.
    minRecords: { count: 2, kinds: ['home_visit', 'phone', 'office'] },
  },
  // Each referral named in the plan is handled in this one task: a branch of its own per referral would
  // need a merge inside the parallel branch, which the engine's dead-path handling cannot join.
  {
    type: 'userTask', id: 'Task_Referral', name: t('资源链接与转介', 'Resource linking and referrals'), at: [10, 1],
    role: 'socialWorker', form: 'resource-referral', slaParameter: 'referralDays',
    contents: ['resourceLinking', 'benefitsApplication', 'employmentSupport'],
  },
];
const flows: FlowSpec[] = [
  { from: 'Start_Referral', to: 'Task_Consent' },
  { from: 'Task_Consent', to: 'Gw_Consent' },
  { from: 'Gw_Consent', to: 'Task_Assessment', name: t('同意', 'Consented'), condition: 'consent = true' },
  { from: 'Gw_Consent', to: 'End_Declined', name: t('不同意', 'Declined'), isDefault: true },
  { from: 'Task_Assessment', to: 'Gw_PlanMerge' },
  { from: 'Gw_PlanMerge', to: 'Task_Plan' },
  { from: 'Task_Plan', to: 'Task_PlanApproval' },
  { from: 'Task_PlanApproval', to: 'Gw_Approved' },
  { from: 'Gw_Approved', to: 'Gw_InterventionSplit', name: t('通过', 'Approved'), condition: 'planApproved = true' },
  { from: 'Gw_Approved', to: 'Gw_PlanMerge', name: t('退回修改', 'Sent back'), isDefault: true },
  { from: 'Gw_InterventionSplit', to: 'Task_Casework' },
  { from: 'Task_Casework', to: 'Gw_InterventionJoin' },
  { from: 'Gw_InterventionSplit', to: 'Task_Referral' },
  { from: 'Task_Referral', to: 'Gw_InterventionJoin' },
];

nodes.push(
  { type: 'parallelGateway', id: 'Gw_InterventionJoin', name: t('介入完成', 'Intervention done'), at: [12, 0] },
  {
    type: 'userTask', id: 'Task_MidReview', name: t('中期评估', 'Mid-term review'), at: [13, 0],
    role: 'socialWorker', form: 'mid-review', sla: 10,
  },
  { type: 'exclusiveGateway', id: 'Gw_MidReview', name: t('是否调整方案？', 'Revise the plan?'), at: [14, 0] },
  {
    type: 'userTask', id: 'Task_Closing', name: t('结案评估', 'Closing assessment'), at: [15, 0],
    role: 'socialWorker', form: 'closing-assessment', slaParameter: 'closingDays',
  },
  { type: 'parallelGateway', id: 'Gw_FollowUpSplit', name: t('安排回访', 'Schedule follow-ups'), at: [16, 0] },
  { type: 'timerCatch', id: 'Timer_FollowUp1', name: t('结案后1个月', 'One month after closing'), at: [17, 0], timer: { parameter: 'followUpFirstDays' } },
  {
    type: 'userTask', id: 'Task_FollowUp1', name: t('1个月回访', 'Follow-up at one month'), at: [18, 0],
    role: 'socialWorker', form: 'follow-up', slaParameter: 'followUpDays', contents: ['followUp'],
  },
  { type: 'timerCatch', id: 'Timer_FollowUp3', name: t('结案后3个月', 'Three months after closing'), at: [17, 1], timer: { parameter: 'followUpSecondDays' } },
  {
    type: 'userTask', id: 'Task_FollowUp3', name: t('3个月回访', 'Follow-up at three months'), at: [18, 1],
    role: 'socialWorker', form: 'follow-up', slaParameter: 'followUpDays', contents: ['followUp'],
  },
  { type: 'parallelGateway', id: 'Gw_FollowUpJoin', name: t('回访完成', 'Follow-ups done'), at: [19, 0] },
  { type: 'endEvent', id: 'End_Completed', name: t('服务完成', 'Service completed'), at: [20, 0] },
);
flows.push(
  { from: 'Gw_InterventionJoin', to: 'Task_MidReview' },
  { from: 'Task_MidReview', to: 'Gw_MidReview' },
  { from: 'Gw_MidReview', to: 'Gw_PlanMerge', name: t('调整方案', 'Revise'), condition: 'midReviewOutcome = "revise_plan"', via: [[14, -0.6], [4, -0.6]] },
  { from: 'Gw_MidReview', to: 'Task_Closing', name: t('进入结案', 'To closing'), isDefault: true },
  { from: 'Task_Closing', to: 'Gw_FollowUpSplit' },
  { from: 'Gw_FollowUpSplit', to: 'Timer_FollowUp1' },
  { from: 'Gw_FollowUpSplit', to: 'Timer_FollowUp3' },
  { from: 'Timer_FollowUp1', to: 'Task_FollowUp1' },
  { from: 'Timer_FollowUp3', to: 'Task_FollowUp3' },
  { from: 'Task_FollowUp1', to: 'Gw_FollowUpJoin' },
  { from: 'Task_FollowUp3', to: 'Gw_FollowUpJoin' },
  { from: 'Gw_FollowUpJoin', to: 'End_Completed' },
);

const wd = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'working_days', default: def, min, max: def, tighter: 'lower' }) as const;

export const assistanceFamily: ExampleStandardSource = {
  folder: 'assistance-family',
  document: {
    code: CODE,
    title: t('社会救助家庭社会工作服务', 'Social work services for social-assistance families'),
    summary: t(
      '依据京民社工发〔2017〕23号第四部分第（一）项和“社会救助家庭增能计划”，社会工作者对街道（乡镇）社会救助经办机构转介的社会救助家庭开展接案、入户需求评估（生计、心理、家庭关系、社会支持网络四个方面）、制定经本机构督导审核的服务方案、个案辅导与就业、医疗、入学、救助政策等转介、中期评估、结案评估，并在结案后1个月和3个月回访。',
      'Following section 4(1) of Jingminshegong [2017] No. 23 and its "empowerment plan for social-assistance families": social workers take on families referred by the street or township assistance office, assess their needs at home in four areas (livelihood, psychological wellbeing, family relations, support network), draw up a plan approved by their team’s professional supervisor, deliver casework and referrals to employment, medical care, schooling and benefits, review mid-way, assess at closing, and follow up one and three months after closing.',
    ),
    population: {
      description: t(
        '本市享受最低生活保障、特困人员供养、低收入家庭救助、临时救助的家庭，以及正在申请社会救助的困难家庭，经街道（乡镇）社会救助经办机构、社区（村）或96156热线转介，存在生计、心理、家庭关系或社会支持方面服务需求的。',
        'Households in Beijing receiving the minimum living guarantee, support for people in extreme poverty, low-income or temporary assistance, or applying for social assistance, referred by the street or township assistance office, a community or the 96156 line, with needs in livelihood, psychological wellbeing, family relations or social support.',
      ),
      eligibility: eligibility(
        t('服务对象信息', 'Client information'),
        {
          clientName: { ...clientName, title: '户主或申请人姓名', 'x-en': { title: 'Name of the household head or applicant' } },
          gender,
          age: age(16, 120),
          street,
          community,
          assistanceType,
          householdSize: integer(t('家庭人口数', 'Household size'), { minimum: 1, maximum: 20 }),
          referralSource: choice(t('转介来源', 'Referred by'), [
            ['street_office', '街道（乡镇）社会救助经办机构', 'Street or township assistance office'],
            ['community', '社区（村）委员会', 'Community or village committee'],
            ['hotline_96156', '96156社区服务热线', 'The 96156 community service line'],
            ['other_standard', '其他社会工作服务转介', 'Another social work service'],
            ['self', '本人求助', 'The family asked for help'],
          ]),
          referralReason: notes(t('转介原因', 'Reason for referral')),
        },
        ['clientName', 'street', 'community', 'assistanceType'],
      ),
    },
    contents: [
      {
        id: 'needsAssessment', title: t('需求评估', 'Needs assessment'),
        description: t('对家庭收入、财产状况、求助原因、身心状况和生活需求进行评估，精准识别困境和需求并比对分类（京民社工发〔2017〕23号 三(二)、四(一)）。', 'Assess income, property, the cause of hardship, physical and mental health and daily needs; identify and classify the family’s difficulties (No. 23, 3(2) and 4(1)).'),
      },
      { id: 'psychologicalSupport', title: t('心理疏导', 'Psychological support'), description: t('缓解心理情绪压力，建立积极乐观的心态，树立生活信心。', 'Relieve emotional stress and rebuild confidence in life.') },
      { id: 'familyRelations', title: t('家庭社会关系调适', 'Family and social relations'), description: t('调适家庭成员关系和家庭与社区的关系。', 'Mend relations within the family and with the community.') },
      { id: 'resourceLinking', title: t('资源链接', 'Linking resources'), description: t('连结政府政策资源和社会资源，帮助解决子女入学、就医等问题。', 'Link government and community resources to solve schooling and medical problems.') },
      { id: 'benefitsApplication', title: t('协助申请社会救助', 'Help applying for assistance'), description: t('协助申请最低生活保障、特困人员供养、受灾人员救助、医疗救助、住房救助、临时救助等。', 'Help apply for the minimum living guarantee, extreme-poverty support, disaster relief, medical, housing and temporary assistance.') },
      { id: 'companionship', title: t('陪伴关爱探访', 'Companionship and visits'), description: t('对完全丧失劳动能力的家庭及成员提供陪伴、关爱、探访。', 'Company, care and visits for families and members fully unable to work.') },
      { id: 'empowerment', title: t('赋权增能', 'Empowerment'), description: t('对有劳动能力和就业意愿的成员帮助制定家庭发展规划，组织技能培训，开发生计项目。', 'For members able and willing to work: a family development plan, skills training and livelihood projects.') },
      { id: 'employmentSupport', title: t('就业帮扶', 'Employment support'), description: t('转介就业服务机构，寻找适当就业岗位。', 'Refer to employment services and find suitable work.') },
      { id: 'followUp', title: t('跟踪回访', 'Follow-up visits'), description: t('建立救助跟踪回访制度，结案后定期回访了解服务效果（京民社工发〔2017〕23号 三(二)）。', 'Visit again after closing to learn how the service worked (No. 23, 3(2)).') },
    ],
    methods: [
      { id: 'casework', title: t('个案工作', 'Casework') },
      { id: 'caseManagement', title: t('个案管理', 'Case management'), description: t('统筹转介与多部门资源，跟进每项转介结果。', 'Coordinate referrals and agencies; follow each referral to its result.') },
      { id: 'groupWork', title: t('小组工作', 'Group work'), description: t('如就业互助小组、家长小组。', 'E.g. job-seeking and parent groups.') },
      { id: 'communityWork', title: t('社区工作', 'Community work'), description: t('“三社联动”，动员社区资源与志愿者（“两工协作”）。', 'Community, social organisations and social workers together; volunteers alongside social workers.') },
      { id: 'homeVisit', title: t('入户探访', 'Home visits') },
    ],
    roles: [
      { id: 'socialWorker', title: t('社会工作者', 'Social worker'), assignTo: 'caseworker' },
      PROFESSIONAL_SUPERVISOR,
    ],
    parameters: [
      { id: 'intakeDays', ...wd('接案会谈时限', 'Intake interview within', 5, 2) },
      // Assessment, plan and review fit the 15 working days from intake to an approved plan (7 + 5 + 3).
      { id: 'assessmentDays', ...wd('入户需求评估时限', 'Home assessment within', 7, 5) },
      { id: 'planDays', ...wd('服务方案制定时限', 'Service plan drawn up within', 5, 3) },
      { id: 'approvalDays', ...wd('机构督导审核时限', 'Professional supervisor’s review within', 3, 1) },
      { id: 'planDeadlineDays', ...wd('自接案至方案通过时限', 'From intake to approved plan within', 15, 10) },
      { id: 'referralDays', ...wd('转介办理时限', 'Each referral handled within', 20, 10) },
      { id: 'interventionDays', ...wd('个案介入周期', 'Casework period', 60, 30) },
      { id: 'closingDays', ...wd('结案评估时限', 'Closing assessment within', 10, 5) },
      { id: 'followUpFirstDays', title: t('首次回访（结案后）', 'First follow-up after closing'), kind: 'duration', unit: 'days', default: 30, min: 20, max: 30, tighter: 'lower' },
      { id: 'followUpSecondDays', title: t('第二次回访（结案后）', 'Second follow-up after closing'), kind: 'duration', unit: 'days', default: 90, min: 60, max: 90, tighter: 'lower' },
      { id: 'followUpDays', ...wd('回访完成时限', 'Follow-up done within', 5, 2) },
    ],
    indicators: [
      {
        id: 'planWithinDeadline', kind: 'duration', title: t('接案后15个工作日内完成服务方案', 'Plan approved within 15 working days of intake'),
        description: t('自接案会谈结束至服务方案经机构督导审核通过（开始介入）；退回修改的，计至修改后通过。', 'From the end of the intake interview to the professional supervisor’s approval of the plan (the intervention starting); a plan sent back counts until its revision is approved.'),
        from: { element: 'Task_Consent', edge: 'end' }, to: { element: 'Gw_InterventionSplit', edge: 'start' },
        unit: 'working_days', limit: { parameter: 'planDeadlineDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'assessmentOnTime', kind: 'duration', title: t('入户需求评估按时完成率', 'Home assessments on time'),
        from: { element: 'Task_Consent', edge: 'end' }, to: { element: 'Task_Assessment', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'assessmentDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'firstFollowUpOnTime', kind: 'duration', title: t('1个月回访按时完成率', 'One-month follow-ups on time'),
        from: { element: 'Timer_FollowUp1', edge: 'end' }, to: { element: 'Task_FollowUp1', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'followUpDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'secondFollowUpOnTime', kind: 'duration', title: t('3个月回访按时完成率', 'Three-month follow-ups on time'),
        from: { element: 'Timer_FollowUp3', edge: 'end' }, to: { element: 'Task_FollowUp3', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'followUpDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'employmentOutcome', kind: 'field', title: t('有劳动能力成员就业或参加培训比例', 'Employable members in work or training'),
        description: t('结案时有劳动能力和就业意愿成员的家庭（结案评估须为这些家庭、且只为这些家庭填写就业情况）中，已就业或参加技能培训的比例。', 'Among families with members able and willing to work at closing (the closing assessment records employment for these families and only these), the share in work or training.'),
        form: 'closing-assessment', field: '/employmentOutcome', aggregate: 'share', condition: 'value = "in_work" or value = "in_training"',
        target: 40, comparator: '>=',
      },
      {
        id: 'satisfaction', kind: 'field', title: t('服务对象满意率', 'Client satisfaction'),
        description: t('结案评估满意度为“满意”（4分）及以上的比例。', 'Share of closing assessments rating satisfaction 4 or 5 out of 5.'),
        form: 'closing-assessment', field: '/satisfaction', aggregate: 'share', condition: 'value >= 4', target: 90, comparator: '>=',
      },
      {
        id: 'monthlyContact', kind: 'recurrence', title: t('介入期间每月至少联系一次', 'In touch at least monthly during casework'),
        description: t(
          '自开展介入至个案辅导结束，与家庭的两次联系（入户探访、电话联系或来访面谈的服务记录）间隔不超过30天的比例。',
          'From the start of the intervention to the end of casework, the share of intervals between two contacts with the family (service records of a home visit, a phone call or an office interview) of at most 30 days.',
        ),
        records: { kinds: ['home_visit', 'phone', 'office'] }, everyDays: 30, span: { from: 'Gw_InterventionSplit', to: 'Task_Casework' },
        target: 90, comparator: '>=',
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
      t('接案会谈与知情同意', 'Intake interview and consent'),
      {
        interviewDate: date(t('会谈日期', 'Date of interview')),
        interviewPlace: choice(t('会谈地点', 'Place'), [
          ['home', '服务对象家中', 'At home'],
          ['community_office', '社区居委会', 'Community office'],
          ['service_centre', '社会工作服务站', 'Social work station'],
        ]),
        presentingProblems: notes(t('主要问题与求助事项', 'Presenting problems and requests')),
        consent: yes(t('服务对象知情并同意接受服务', 'The client was informed and agrees to receive services'), {
          help: t('告知服务内容、保密原则及其例外、服务对象的权利，并由户主或申请人签署知情同意书。', 'Explain the services, confidentiality and its limits and the client’s rights; the household head or applicant signs the consent form.'),
        }),
        declineReason: notes(t('不同意的原因', 'Reason for declining'), { help: t('服务对象不同意时必填。', 'Required when the client declines.') }),
      },
      ['interviewDate', 'interviewPlace', 'presentingProblems', 'consent'],
      { rules: [when({ consent: { const: false } }, { required: ['declineReason'] })] },
    ),
    'home-assessment': form(
      t('入户需求评估', 'Home needs assessment'),
      {
        visitDate: date(t('入户日期', 'Date of the home visit')),
        monthlyIncome: decimal(t('家庭月收入（元）', 'Household income per month (yuan)')),
        propertySummary: notes(t('家庭财产状况', 'Property of the household')),
        hardshipCauses: choices(t('致困原因', 'Causes of hardship'), [
          ['illness', '疾病', 'Illness'],
          ['disability', '残疾', 'Disability'],
          ['unemployment', '失业', 'Unemployment'],
          ['education_costs', '子女教育负担', 'Cost of children’s education'],
          ['old_age', '年老', 'Old age'],
          ['disaster_or_accident', '灾害或意外', 'Disaster or accident'],
          ['family_breakdown', '家庭变故', 'Family breakdown'],
          ['other', '其他', 'Other'],
        ], { minItems: 1 }),
        healthSummary: notes(t('家庭成员身心状况', 'Physical and mental health of members')),
        employableMembers: integer(t('有劳动能力和就业意愿的成员数', 'Members able and willing to work'), { maximum: 20 }),
        livelihood: needArea('生计发展需求', 'Livelihood needs', '收入、就业、技能与生活开支。', 'Income, work, skills and living costs.'),
        psychological: needArea('心理情绪需求', 'Psychological needs', '压力、情绪、生活信心。', 'Stress, mood, confidence in life.'),
        familyRelations: needArea('家庭关系需求', 'Family relations needs', '夫妻、亲子、代际关系与照料分工。', 'Couple, parent–child and generational relations; sharing of care.'),
        supportNetwork: needArea('社会支持网络需求', 'Support network needs', '亲友、邻里、社区与社会组织支持。', 'Support from relatives, neighbours, the community and social organisations.'),
      },
      ['visitDate', 'monthlyIncome', 'hardshipCauses', 'healthSummary', 'employableMembers', 'livelihood', 'psychological', 'familyRelations', 'supportNetwork'],
      { help: t('依据京民社工发〔2017〕23号 三(二)：评估家庭收入、财产状况、求助原因、身心状况和生活需求。', 'Per No. 23, 3(2): income, property, cause of hardship, physical and mental state, and needs.') },
    ),
    'service-plan': form(
      t('服务方案', 'Service plan'),
      {
        goals: notes(t('服务目标', 'Goals')),
        focusAreas: choices(t('重点需求领域', 'Focus areas'), AREAS, { minItems: 1 }),
        referralNeeds: choices(t('需转介事项', 'Referrals needed'), REFERRALS, {
          help: t('勾选的事项在“资源链接与转介”任务中逐项办理并跟进结果。', 'Each ticked item is referred and followed up in the "resource linking and referrals" task.'),
        }),
        interventions: notes(t('介入策略与措施', 'Interventions and measures')),
        plannedSessions: integer(t('计划个案会谈次数', 'Planned casework sessions'), { minimum: 1, maximum: 50 }),
        familyDevelopmentPlan: yes(t('制定家庭发展规划', 'Make a family development plan')),
        expectedMonths: integer(t('预计服务周期（月）', 'Expected duration (months)'), { minimum: 1, maximum: 12 }),
      },
      ['goals', 'focusAreas', 'referralNeeds', 'interventions', 'plannedSessions', 'expectedMonths'],
    ),
    'plan-approval': form(
      t('服务方案审核', 'Plan review'),
      {
        planApproved: yes(t('方案通过', 'Plan approved')),
        approvalComments: notes(t('督导意见', 'Supervisor’s comments'), { help: t('退回时写明需修改之处。', 'When sending back, say what to change.') }),
      },
      ['planApproved', 'approvalComments'],
    ),
    casework: form(
      t('个案辅导与家庭增能', 'Casework and family empowerment'),
      {
        sessionsHeld: integer(t('已开展会谈次数', 'Sessions held'), { minimum: 1, maximum: 100 }),
        methodsUsed: choices(t('服务方法', 'Methods used'), [
          ['counselling', '心理疏导', 'Psychological counselling'],
          ['family_mediation', '家庭关系调适', 'Family mediation'],
          ['empowerment', '赋权增能与家庭发展规划', 'Empowerment and family development plan'],
          ['group_activity', '小组活动', 'Group activities'],
          ['volunteer_visits', '志愿者陪伴探访', 'Volunteer visits'],
        ], { minItems: 1 }),
        progressNotes: notes(t('服务进展记录', 'Progress notes')),
      },
      ['sessionsHeld', 'methodsUsed', 'progressNotes'],
    ),
    'resource-referral': form(
      t('资源链接与转介', 'Resource linking and referrals'),
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
                ['resolved', '已解决（已就业、已就医、已入学或已获救助）', 'Resolved (in work, treated, enrolled or granted)'],
                ['in_progress', '办理中', 'In progress'],
                ['unresolved', '未解决', 'Unresolved'],
              ]),
            },
            ['area', 'agency', 'referralDate', 'result'],
          ),
          { help: t('服务方案列出的每项转介各记一条，跟进至有结果。', 'One entry per referral named in the plan, followed up to its result.') },
        ),
        benefitsApplied: choices(t('协助申请的社会救助项目', 'Assistance applied for with the family'), BENEFITS, {
          help: t('《社会救助暂行办法》规定的救助项目。', 'The assistance types of the Interim Measures on Social Assistance.'),
        }),
        referralSummary: notes(t('资源链接情况小结', 'Summary of resources linked')),
      },
      ['referrals', 'benefitsApplied', 'referralSummary'],
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
    'closing-assessment': form(
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
          ['client_request', '服务对象要求结案', 'At the client’s request'],
          ['moved_away', '迁出本区', 'Moved away'],
          ['no_longer_eligible', '不再符合服务条件', 'No longer eligible'],
        ]),
        employableMembers: integer(t('有劳动能力和就业意愿的成员数', 'Members able and willing to work'), {
          maximum: 20,
          help: t('结案时的人数；入户评估后有变化的，按现状填写。', 'As at closing; if it changed since the home assessment, as it is now.'),
        }),
        employmentOutcome: choice(t('有劳动能力成员就业情况', 'Employment of members able to work'), [
          ['in_work', '已就业', 'In work'],
          ['in_training', '参加技能培训', 'In training'],
          ['not_yet', '尚未就业', 'Not yet in work'],
        ], { help: t('有劳动能力和就业意愿成员的家庭必填，其他家庭不填。', 'Required for families with members able and willing to work; left out for the others.') }),
        satisfaction: rating(t('服务对象满意度（1–5分）', 'Client satisfaction (1–5)')),
        closingSummary: notes(t('结案小结', 'Closing summary')),
      },
      ['closingDate', 'goalsAchieved', 'closingReason', 'employableMembers', 'satisfaction', 'closingSummary'],
      {
        // The employment indicator counts exactly the families with someone able and willing to work.
        rules: [
          when({ employableMembers: { minimum: 1 } }, { required: ['employmentOutcome'] }),
          when({ employableMembers: { const: 0 } }, { not: { required: ['employmentOutcome'] } }),
        ],
      },
    ),
    'follow-up': followUpForm,
  },
  samples: {
    'dibao-household': {
      clientName: '刘某芳', gender: 'female', age: 46, street: '交道口街道', community: '菊儿社区',
      assistanceType: 'dibao', householdSize: 3, referralSource: 'street_office',
      referralReason: '丈夫因病去世后独自抚养两个子女，本人失业一年，情绪低落，长子明年中考。',
    },
    'tekun-person': {
      clientName: '赵某山', gender: 'male', age: 63, street: '永定镇', community: '卧龙岗村',
      assistanceType: 'tekun', householdSize: 1, referralSource: 'community',
      referralReason: '独居，慢性病多年，与亲属来往少，需要就医和社会支持。',
    },
  },
  walkthroughs: {
    main: {
      title: t('接案、方案退回修改、两项转介、中期调整后结案并完成回访', 'Intake, plan sent back once, two referrals, a revision at mid-term, closing and both follow-ups'),
      sample: 'dibao-household',
      answers: {
        'intake-consent': [{ interviewDate: '2026-03-02', interviewPlace: 'home', presentingProblems: '失业、子女教育支出大、情绪低落。', consent: true }],
        'home-assessment': [{
          visitDate: '2026-03-06', monthlyIncome: 1800, hardshipCauses: ['unemployment', 'family_breakdown'],
          healthSummary: '本人有轻度抑郁情绪，子女健康。', employableMembers: 1,
          livelihood: { level: 'high', findings: '无稳定收入，希望从事家政工作。' },
          psychological: { level: 'medium', findings: '丧偶后情绪低落，睡眠差。' },
          familyRelations: { level: 'low', findings: '亲子关系良好，长子学习压力大。' },
          supportNetwork: { level: 'medium', findings: '亲属在外地，邻里来往少。' },
        }],
        'service-plan': [
          { goals: '三个月内实现就业，缓解情绪压力。', focusAreas: ['livelihood', 'psychological'], referralNeeds: ['employment', 'schooling'], interventions: '就业转介、心理疏导、申请教育救助。', plannedSessions: 6, familyDevelopmentPlan: true, expectedMonths: 4 },
          { goals: '三个月内实现就业，缓解情绪压力，稳定子女学业。', focusAreas: ['livelihood', 'psychological', 'family_relations'], referralNeeds: ['employment', 'schooling'], interventions: '就业转介、心理疏导、申请教育救助、亲子沟通辅导。', plannedSessions: 8, familyDevelopmentPlan: true, expectedMonths: 4 },
        ],
        'plan-approval': [
          { planApproved: false, approvalComments: '请补充子女学业压力方面的措施。' },
          { planApproved: true, approvalComments: '同意。' },
        ],
        casework: [{ sessionsHeld: 6, methodsUsed: ['counselling', 'empowerment'], progressNotes: '情绪明显好转，已制定家庭发展规划。' }],
        'resource-referral': [{
          referrals: [
            { area: 'employment', agency: '交道口街道社会保障事务所', referralDate: '2026-04-08', result: 'resolved' },
            { area: 'schooling', agency: '区教委学生资助管理中心', referralDate: '2026-04-10', result: 'resolved' },
          ],
          benefitsApplied: ['education'],
          referralSummary: '本人参加家政服务员培训，长子获教育救助。',
        }],
        'mid-review': [
          { reviewDate: '2026-06-01', goalProgress: 'progressing', midReviewOutcome: 'revise_plan', reviewNotes: '培训结束后需增加就业岗位对接。' },
          { reviewDate: '2026-07-15', goalProgress: 'achieved', midReviewOutcome: 'continue_to_close', reviewNotes: '已在家政公司就业。' },
        ],
        'closing-assessment': [{ closingDate: '2026-07-30', goalsAchieved: 'mostly', closingReason: 'goals_met', employableMembers: 1, employmentOutcome: 'in_work', satisfaction: 5, closingSummary: '实现就业，情绪稳定，子女获教育救助。' }],
        'follow-up': [{ followUpDate: '2026-08-28', contactMode: 'phone', situation: 'stable', needsNewReferral: false, followUpNotes: '工作稳定。' }],
      },
      records: {
        // Each time casework is open (again after the mid-term revision): the family is seen and called.
        casework: [
          { kind: 'home_visit', durationMinutes: 90, notes: '入户开展心理疏导，与刘某芳共同梳理求职意向，制定家庭发展规划。' },
          { kind: 'phone', durationMinutes: 20, notes: '电话跟进家政培训报名情况，情绪较前平稳。' },
          { kind: 'office', durationMinutes: 60, notes: '来站面谈，讨论长子学业压力与亲子沟通。' },
        ],
      },
      ends: ['End_Completed'],
    },
    declined: {
      title: t('服务对象不同意接受服务', 'The client declines'),
      sample: 'tekun-person',
      answers: {
        'intake-consent': [{ interviewDate: '2026-03-03', interviewPlace: 'home', presentingProblems: '就医不便。', consent: false, declineReason: '已有亲属照顾，暂不需要。' }],
      },
      ends: ['End_Declined'],
    },
  },
};

