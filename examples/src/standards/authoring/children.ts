/**
 * 困境儿童和留守儿童关爱服务 — care for children in difficulty and left-behind children
 * (京民社工发〔2017〕23号 四(四), the "困境未成年人和留守儿童关爱成长计划"; 国发〔2016〕36号, 国发〔2016〕13号).
 */
import { age, clientName, community, gender, street } from './client-fields';
import type { ExampleStandardSource } from './example-source';
import type { FlowSpec, NodeSpec } from './process-model';
import { PROFESSIONAL_SUPERVISOR } from './professional-supervision';
import { choice, choices, date, eligibility, form, notes, rating, t, text, when, yes, type Option } from './schema-fields';

const CATEGORIES: readonly Option[] = [
  ['left_behind', '留守儿童', 'Left-behind child'],
  ['poverty', '贫困儿童', 'Child in poverty'],
  ['disability', '残疾儿童', 'Child with a disability'],
  ['serious_illness', '重病儿童', 'Seriously ill child'],
  ['lacking_guardianship', '监护缺失儿童', 'Child without guardianship'],
  ['improper_guardianship', '监护不当儿童', 'Child under improper guardianship'],
  ['out_of_school', '闲散儿童', 'Child out of school'],
  ['serious_misbehaviour', '有严重不良行为儿童', 'Child with serious misbehaviour'],
];

const OUTCOME: readonly Option[] = [
  ['improved', '有改善', 'Improved'],
  ['unchanged', '无变化', 'Unchanged'],
  ['worse', '变差', 'Worse'],
];

const nodes: NodeSpec[] = [
  { type: 'startEvent', id: 'Start_Found', name: t('筛查发现或报告', 'Found by screening or report'), at: [0, 0] },
  // Safety first: the assessment's 24 hours run from the report, while the file is set up beside it.
  { type: 'parallelGateway', id: 'Gw_Reported', name: t('接报后同时开展', 'On the report, at once'), at: [1, 0] },
  {
    type: 'userTask', id: 'Task_Registration', name: t('登记建档', 'Registration'), at: [2, 1],
    role: 'childDirector', form: 'registration', slaParameter: 'registrationDays', contents: ['guardianshipFollowUp'],
  },
  { type: 'endEvent', id: 'End_Registered', name: t('已建档', 'On file'), at: [3, 1] },
  { type: 'exclusiveGateway', id: 'Gw_SafetyLoop', name: t('安全评估', 'Safety assessment'), at: [2, 0] },
  {
    type: 'userTask', id: 'Task_SafetyAssessment', name: t('安全优先评估', 'Safety-first assessment'), at: [3, 0],
    role: 'socialWorker', form: 'safety-assessment', slaParameter: 'safetyAssessmentHours', contents: ['guardianshipAssessment'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Danger', name: t('是否面临紧急危险？', 'In immediate danger?'), at: [4, 0] },
  {
    type: 'userTask', id: 'Task_EmergencyProtection', name: t('紧急安全保护', 'Emergency protection'), at: [5, 1],
    role: 'childSupervisor', form: 'emergency-protection', slaParameter: 'emergencyHours', contents: ['safetyProtection'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Safe', name: t('已保障安全', 'Safe for now'), at: [6, 0] },
  {
    type: 'userTask', id: 'Task_SafetyPlan', name: t('制定安全计划', 'Safety plan'), at: [7, 0],
    role: 'socialWorker', form: 'safety-plan', sla: 2, contents: ['safetyProtection'],
  },
  { type: 'exclusiveGateway', id: 'Gw_PlanMerge', name: t('制定或修改计划', 'Plan or revise'), at: [8, 0] },
  {
    type: 'userTask', id: 'Task_CarePlan', name: t('制定关爱服务计划', 'Care plan'), at: [9, 0],
    role: 'socialWorker', form: 'care-plan', slaParameter: 'planDays',
  },
  {
    type: 'userTask', id: 'Task_PlanApproval', name: t('审批关爱服务计划', 'Care plan approval'), at: [10, 0],
    role: 'professionalSupervisor', form: 'plan-approval', slaParameter: 'approvalDays',
  },
  { type: 'exclusiveGateway', id: 'Gw_Approved', name: t('计划是否批准？', 'Plan approved?'), at: [11, 0] },
  { type: 'parallelGateway', id: 'Gw_InterventionSplit', name: t('开展介入', 'Start intervention'), at: [12, 0] },
  {
    type: 'userTask', id: 'Task_Guardianship', name: t('监护指导与家庭支持', 'Guardianship and family support'), at: [13, 0],
    role: 'childDirector', form: 'guardianship-support', slaParameter: 'interventionDays', contents: ['guardianshipFollowUp', 'educationGuidance', 'familyRelations'],
  },
  {
    type: 'userTask', id: 'Task_School', name: t('学校联络与学业支持', 'School liaison and learning'), at: [13, 1],
    role: 'socialWorker', form: 'school-support', slaParameter: 'interventionDays', contents: ['schooling'],
  },
  {
    type: 'userTask', id: 'Task_MentalHealth', name: t('心理关爱与情绪疏导', 'Emotional care and counselling'), at: [13, 2],
    role: 'socialWorker', form: 'mental-health', slaParameter: 'interventionDays', contents: ['emotionalSupport', 'supportSystem'],
  },
  { type: 'parallelGateway', id: 'Gw_InterventionJoin', name: t('介入完成', 'Intervention done'), at: [14, 0] },
  { type: 'exclusiveGateway', id: 'Gw_ContactLoop', name: t('月度联系', 'Monthly contact'), at: [15, 0] },
  { type: 'timerCatch', id: 'Timer_Monthly', name: t('每月', 'Monthly'), at: [16, 0], timer: { parameter: 'contactIntervalDays' } },
  {
    type: 'userTask', id: 'Task_MonthlyContact', name: t('月度联系与监护随访', 'Monthly contact and guardianship check'), at: [17, 0],
    role: 'childDirector', form: 'monthly-contact', slaParameter: 'contactDays', contents: ['guardianshipFollowUp'],
  },
  { type: 'exclusiveGateway', id: 'Gw_ContactOutcome', name: t('继续每月联系？', 'Keep in monthly contact?'), at: [18, 0] },
  // The monthly contacts end here, for closing or for a reassessment: a child whose situation changed
  // is back in casework, seen within each step's limits, and the contacts start again after the new
  // intervention.
  { type: 'exclusiveGateway', id: 'Gw_ContactsEnd', name: t('重新评估还是结案？', 'Reassess or close?'), at: [19, 0] },
  {
    type: 'userTask', id: 'Task_Closing', name: t('结案评估', 'Closing assessment'), at: [20, 0],
    role: 'socialWorker', form: 'closing', sla: 10,
  },
  { type: 'timerCatch', id: 'Timer_AfterClosing', name: t('结案后1个月', 'A month after closing'), at: [21, 0], timer: { parameter: 'followUpAfterDays' } },
  {
    type: 'userTask', id: 'Task_FollowUp', name: t('结案回访', 'Follow-up after closing'), at: [22, 0],
    role: 'childDirector', form: 'follow-up', slaParameter: 'followUpDays', contents: ['followUp', 'guardianshipFollowUp'],
  },
  // A case stays closed only when the follow-up finds the child safe.
  { type: 'exclusiveGateway', id: 'Gw_FollowUpOutcome', name: t('回访结论', 'After the follow-up'), at: [23, 0] },
  { type: 'endEvent', id: 'End_Closed', name: t('结案', 'Closed'), at: [24, 0] },
];

const flows: FlowSpec[] = [
  { from: 'Start_Found', to: 'Gw_Reported' },
  { from: 'Gw_Reported', to: 'Task_Registration' },
  { from: 'Task_Registration', to: 'End_Registered' },
  { from: 'Gw_Reported', to: 'Gw_SafetyLoop' },
  { from: 'Gw_SafetyLoop', to: 'Task_SafetyAssessment' },
  { from: 'Task_SafetyAssessment', to: 'Gw_Danger' },
  { from: 'Gw_Danger', to: 'Task_EmergencyProtection', name: t('紧急危险', 'Immediate danger'), condition: 'safetyLevel = "immediate_danger"' },
  { from: 'Gw_Danger', to: 'Gw_Safe', name: t('无紧急危险', 'No immediate danger'), isDefault: true },
  { from: 'Task_EmergencyProtection', to: 'Gw_Safe' },
  { from: 'Gw_Safe', to: 'Task_SafetyPlan' },
  { from: 'Task_SafetyPlan', to: 'Gw_PlanMerge' },
  { from: 'Gw_PlanMerge', to: 'Task_CarePlan' },
  { from: 'Task_CarePlan', to: 'Task_PlanApproval' },
  { from: 'Task_PlanApproval', to: 'Gw_Approved' },
  { from: 'Gw_Approved', to: 'Gw_InterventionSplit', name: t('批准', 'Approved'), condition: 'planApproved = true' },
  { from: 'Gw_Approved', to: 'Gw_PlanMerge', name: t('退回修改', 'Sent back'), isDefault: true },
  { from: 'Gw_InterventionSplit', to: 'Task_Guardianship' },
  { from: 'Gw_InterventionSplit', to: 'Task_School' },
  { from: 'Gw_InterventionSplit', to: 'Task_MentalHealth' },
  { from: 'Task_Guardianship', to: 'Gw_InterventionJoin' },
  { from: 'Task_School', to: 'Gw_InterventionJoin' },
  { from: 'Task_MentalHealth', to: 'Gw_InterventionJoin' },
  { from: 'Gw_InterventionJoin', to: 'Gw_ContactLoop' },
  { from: 'Gw_ContactLoop', to: 'Timer_Monthly' },
  { from: 'Timer_Monthly', to: 'Task_MonthlyContact' },
  { from: 'Task_MonthlyContact', to: 'Gw_ContactOutcome' },
  { from: 'Gw_ContactOutcome', to: 'Gw_ContactLoop', name: t('继续随访', 'Keep in contact'), condition: 'contactOutcome = "continue"' },
  { from: 'Gw_ContactOutcome', to: 'Gw_ContactsEnd', name: t('结束每月联系', 'End the contacts'), isDefault: true },
  { from: 'Gw_ContactsEnd', to: 'Gw_SafetyLoop', name: t('重新评估安全', 'Reassess safety'), condition: 'contactOutcome = "reassess"', via: [[19, -0.6], [2, -0.6]] },
  { from: 'Gw_ContactsEnd', to: 'Task_Closing', name: t('结案', 'Close'), isDefault: true },
  { from: 'Task_Closing', to: 'Timer_AfterClosing' },
  { from: 'Timer_AfterClosing', to: 'Task_FollowUp' },
  { from: 'Task_FollowUp', to: 'Gw_FollowUpOutcome' },
  { from: 'Gw_FollowUpOutcome', to: 'Gw_SafetyLoop', name: t('重新评估安全', 'Reassess safety'), condition: 'followUpOutcome = "reassess"', via: [[23, -1.2], [2, -1.2]] },
  { from: 'Gw_FollowUpOutcome', to: 'End_Closed', name: t('维持结案', 'Stays closed'), isDefault: true },
];

const wd = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'working_days', default: def, min, max: def, tighter: 'lower' }) as const;
const hours = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'hours', default: def, min, max: def, tighter: 'lower' }) as const;

const isLeftBehind = { categories: { contains: { const: 'left_behind' } } };

/** 留守儿童 are under 16 (国发〔2016〕13号); an older child whose parents work away is served under another category. */
const leftBehindUnder16 = when(isLeftBehind, { properties: { age: { maximum: 15 } } });

const contact = (contactOutcome: string, contactDate: string, childSafe = true) => ({
  contactDate, contactMode: 'home_visit', childSafe, guardianshipStatus: childSafe ? 'adequate' : 'weak', contactOutcome, contactNotes: '与祖母和孩子分别交谈。',
});

export const children: ExampleStandardSource = {
  folder: 'children',
  document: {
    code: 'BJ-SW-CHILD',
    title: t('困境儿童和留守儿童关爱服务', 'Care for children in difficulty and left-behind children'),
    summary: t(
      '依据京民社工发〔2017〕23号第四部分第（四）项和“困境未成年人和留守儿童关爱成长计划”，以及《国务院关于加强困境儿童保障工作的意见》（国发〔2016〕36号）、《国务院关于加强农村留守儿童关爱保护工作的意见》（国发〔2016〕13号）：经筛查或报告发现后，自接报起24小时内完成安全优先评估（紧急危险的先行保护），同时登记建档，制定安全计划和经机构督导批准的关爱服务计划，开展监护指导、学业支持和心理关爱，每月联系并监护随访，情况变化时重新评估安全，直至结案；结案后1个月回访，儿童不安全的重新评估。',
      'Following section 4(4) of Jingminshegong [2017] No. 23 and its "care and growth plan for children in difficulty and left-behind children", with State Council documents Guofa [2016] No. 36 and No. 13: after screening or a report, a safety-first assessment within 24 hours of the report (protection first for a child in immediate danger) while the child is registered, a safety plan and a care plan approved by the team’s professional supervisor, guardianship support, schooling and emotional care, monthly contact with guardianship checks, reassessment when things change, and closing; a follow-up a month after closing, and a reassessment if the child is not safe.',
    ),
    population: {
      description: t(
        '本市未满18周岁的困境儿童（因家庭贫困、自身残疾或重病、监护缺失或监护不当陷入困境的儿童，国发〔2016〕36号）和留守儿童（父母双方外出务工或一方外出务工另一方无监护能力、不满16周岁的未成年人，国发〔2016〕13号），以及救助管理机构移交的流浪未成年人。',
        'Children under 18 in Beijing in difficulty — through poverty, disability or serious illness, or lack of or improper guardianship (Guofa [2016] No. 36) — and left-behind children under 16 whose parents both work away, or one away and the other unable to care (Guofa [2016] No. 13), and homeless minors handed over by assistance stations.',
      ),
      eligibility: eligibility(
        t('儿童信息', 'Child'),
        {
          clientName,
          gender,
          age: age(0, 17),
          street,
          community,
          source: choice(t('发现渠道', 'Found through'), [
            ['screening', '摸底排查', 'Screening'],
            ['report', '学校、医院、公安或群众报告', 'Report by a school, hospital, police or the public'],
            ['referral', '救助管理机构等转介', 'Referral, e.g. by an assistance station'],
          ]),
          categories: choices(t('困境类别', 'Circumstances'), CATEGORIES, {
            help: t('留守儿童指不满16周岁的未成年人。', 'A left-behind child is under 16.'),
          }),
        },
        ['clientName', 'gender', 'age', 'street'],
        { rules: [leftBehindUnder16] },
      ),
    },
    contents: [
      { id: 'guardianshipFollowUp', title: t('监护随访', 'Guardianship follow-up'), description: t('定期家访，了解监护和生活状况（京民社工发〔2017〕23号 四(四)）。', 'Regular home visits on guardianship and living conditions (No. 23, 4(4)).') },
      { id: 'guardianshipAssessment', title: t('监护评估', 'Guardianship assessment') },
      { id: 'safetyProtection', title: t('安全保护', 'Safety and protection'), description: t('对面临危险的儿童先行保护，报告公安机关并协助临时监护。', 'Protect children in danger first; report to the police and help arrange temporary guardianship.') },
      { id: 'educationGuidance', title: t('教育指导', 'Parenting guidance'), description: t('对监护人开展家庭教育和亲职指导。', 'Parenting guidance for guardians.') },
      { id: 'familyRelations', title: t('关系调适', 'Family relations'), description: t('帮助建立良好的家庭互动关系。', 'Help build good relations in the family.') },
      { id: 'schooling', title: t('学业支持', 'Schooling'), description: t('控辍保学、学业辅导、培养学习兴趣。', 'Keep children in school, tutoring, interest in learning.') },
      { id: 'emotionalSupport', title: t('情绪疏导', 'Emotional support'), description: t('排解情绪困扰，必要时转介专业心理服务。', 'Ease emotional distress; refer to professional help when needed.') },
      { id: 'supportSystem', title: t('社会支持系统重建', 'Rebuilding support'), description: t('改善生活环境，连结社区、学校与志愿者资源。', 'Better living conditions; link community, school and volunteer support.') },
      { id: 'followUp', title: t('跟踪回访', 'Follow-up visits'), description: t('结案后回访，了解服务效果和儿童安全；发现儿童不安全的，重新评估安全（京民社工发〔2017〕23号 三(二)）。', 'Visit after closing to learn how the service worked and whether the child is safe; if not, reassess safety (No. 23, 3(2)).') },
    ],
    methods: [
      { id: 'casework', title: t('个案工作', 'Casework') },
      { id: 'familyWork', title: t('家庭工作', 'Family work') },
      { id: 'groupWork', title: t('小组工作', 'Group work'), description: t('如成长小组、朋辈互助。', 'E.g. growth groups and peer support.') },
      { id: 'schoolLiaison', title: t('学校社会工作', 'School social work') },
      { id: 'referral', title: t('转介', 'Referral') },
    ],
    roles: [
      { id: 'childDirector', title: t('儿童主任（村、社区）', 'Children’s director (village or community)'), assignTo: 'caseworker' },
      { id: 'socialWorker', title: t('社会工作者', 'Social worker'), assignTo: 'caseworker' },
      { id: 'childSupervisor', title: t('儿童督导员（街道、乡镇）', 'Child welfare supervisor (street or township)'), assignTo: 'district_operator' },
      PROFESSIONAL_SUPERVISOR,
    ],
    parameters: [
      { id: 'registrationDays', ...wd('登记建档时限（自接报）', 'Registration within (from the report)', 2, 1) },
      { id: 'safetyAssessmentHours', ...hours('安全优先评估时限（自接报）', 'Safety assessment within (from the report)', 24, 4) },
      { id: 'emergencyHours', ...hours('紧急保护时限', 'Emergency protection within', 12, 2) },
      // Assessment (24 h), protection (12 h), safety plan (2), care plan (8) and approval (3) fit the 15
      // working days from the report to an approved plan.
      { id: 'planDays', ...wd('关爱服务计划制定时限', 'Care plan within', 8, 5) },
      { id: 'approvalDays', ...wd('计划审批时限', 'Plan approval within', 3, 1) },
      { id: 'interventionDays', ...wd('介入服务周期', 'Intervention period', 30, 15) },
      { id: 'contactIntervalDays', title: t('月度联系间隔', 'Contact interval'), kind: 'duration', unit: 'days', default: 28, min: 14, max: 28, tighter: 'lower' },
      { id: 'contactDays', ...wd('联系到期后完成时限', 'Contact done within, once due', 5, 2) },
      { id: 'followUpAfterDays', title: t('结案后回访时间', 'Follow-up after closing'), kind: 'duration', unit: 'days', default: 30, min: 14, max: 30, tighter: 'lower' },
      { id: 'followUpDays', ...wd('回访到期后完成时限', 'Follow-up done within, once due', 5, 2) },
    ],
    indicators: [
      {
        id: 'safetyAssessedIn24h', kind: 'duration', title: t('接报后24小时内完成安全评估', 'Safety assessed within 24 hours of the report'),
        description: t('自筛查发现或接到报告（立案）起，至安全优先评估完成；登记建档同时进行，不占用这24小时。', 'From the screening or the report (the case’s start) to the safety-first assessment; registration goes on beside it and takes none of the 24 hours.'),
        from: { element: 'Start_Found', edge: 'end' }, to: { element: 'Task_SafetyAssessment', edge: 'end' },
        unit: 'hours', limit: { parameter: 'safetyAssessmentHours' }, target: 95, comparator: '>=',
      },
      {
        id: 'emergencyProtectionOnTime', kind: 'duration', title: t('紧急危险儿童及时保护率', 'Children in danger protected in time'),
        from: { element: 'Task_SafetyAssessment', edge: 'end' }, to: { element: 'Task_EmergencyProtection', edge: 'end' },
        unit: 'hours', limit: { parameter: 'emergencyHours' }, target: 100, comparator: '>=',
      },
      {
        id: 'planApprovedIn15Days', kind: 'duration', title: t('接报后15个工作日内批准关爱服务计划', 'Care plan approved within 15 working days of the report'),
        description: t('自接报至关爱服务计划经机构督导批准（开始介入）；退回修改的，计至修改后批准。', 'From the report to the professional supervisor’s approval of the care plan (the intervention starting); a plan sent back counts until its revision is approved.'),
        from: { element: 'Start_Found', edge: 'end' }, to: { element: 'Gw_InterventionSplit', edge: 'start' },
        unit: 'working_days', limit: 15, target: 95, comparator: '>=',
      },
      {
        id: 'contactedMonthly', kind: 'recurrence', title: t('每月至少联系一次', 'Contacted at least monthly'),
        description: t(
          '每次介入完成后开始每月联系，直至决定结案或因情况变化重新评估安全；其间两次联系间隔不超过35天。重新评估期间儿童回到个案介入，由安全评估、安全计划、计划审批和介入各步骤的时限约束，新的介入完成后重新计算。',
          'Monthly contact begins when an intervention ends and lasts until the decision to close or, when things change, to reassess safety; meanwhile no more than 35 days between contacts. While reassessed the child is back in casework, bound by the limits of the assessment, safety plan, approval and intervention, and the count starts again when the new intervention ends.',
        ),
        activity: 'Task_MonthlyContact', everyDays: 35, span: { from: 'Gw_InterventionJoin', to: 'Gw_ContactsEnd' }, target: 95, comparator: '>=',
      },
      {
        id: 'followUpOnTime', kind: 'duration', title: t('结案回访按时完成率', 'Follow-ups after closing on time'),
        from: { element: 'Timer_AfterClosing', edge: 'end' }, to: { element: 'Task_FollowUp', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'followUpDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'safeAtContact', kind: 'field', title: t('随访时儿童安全比例', 'Children safe at each contact'),
        form: 'monthly-contact', field: '/childSafe', aggregate: 'share', condition: 'value = true', target: 95, comparator: '>=',
      },
      {
        id: 'satisfaction', kind: 'field', title: t('儿童及监护人满意率', 'Satisfaction of children and guardians'),
        form: 'closing', field: '/satisfaction', aggregate: 'share', condition: 'value >= 4', target: 90, comparator: '>=',
      },
      { id: 'conformance', kind: 'conformance', title: t('服务流程符合度', 'Conformance to the service process'), target: 90, comparator: '>=' },
    ],
  },
  process: { nodes, flows },
  forms: {
    registration: form(
      t('登记建档', 'Registration'),
      {
        categories: choices(t('困境类别', 'Circumstances'), CATEGORIES, { minItems: 1 }),
        livingWith: choice(t('目前与谁共同生活', 'Lives with'), [
          ['both_parents', '父母', 'Both parents'],
          ['one_parent', '父亲或母亲', 'One parent'],
          ['grandparents', '祖父母或外祖父母', 'Grandparents'],
          ['relatives', '其他亲属', 'Other relatives'],
          ['alone', '独自生活', 'Alone'],
          ['institution', '救助保护机构', 'A protection centre'],
        ]),
        parentsAway: choice(t('父母外出务工情况', 'Parents working away'), [
          ['both', '双方外出', 'Both'],
          ['one_other_unable', '一方外出，另一方无监护能力', 'One away, the other unable to care'],
          ['one', '一方外出', 'One'],
          ['none', '无', 'Neither'],
        ]),
        schooling: choice(t('就学情况', 'Schooling'), [
          ['pre_school', '学龄前', 'Pre-school'],
          ['in_school', '在校', 'In school'],
          ['dropped_out', '辍学', 'Dropped out'],
        ]),
        registrationNotes: notes(t('基本情况', 'Background')),
      },
      ['categories', 'livingWith', 'parentsAway', 'schooling', 'registrationNotes'],
      {
        // A left-behind child's parents both work away, or one does and the other cannot care (国发〔2016〕13号).
        rules: [when(isLeftBehind, { properties: { parentsAway: { enum: ['both', 'one_other_unable'] } } })],
      },
    ),
    'safety-assessment': form(
      t('安全优先评估', 'Safety-first assessment'),
      {
        safetyLevel: choice(t('安全状况', 'Safety'), [
          ['immediate_danger', '面临紧急危险', 'In immediate danger'],
          ['at_risk', '存在风险', 'At risk'],
          ['safe', '基本安全', 'Safe'],
        ], { help: t('先判断儿童是否面临人身危险、无人照料或受到侵害，再评估其他需求。', 'First ask whether the child is in danger, without care or being harmed; other needs come after.') }),
        risks: choices(t('风险因素', 'Risks'), [
          ['violence', '家庭暴力', 'Domestic violence'],
          ['neglect', '疏于照料', 'Neglect'],
          ['no_guardian', '无人监护', 'No one caring'],
          ['self_harm', '自伤风险', 'Risk of self-harm'],
          ['exploitation', '被利用乞讨或受侵害', 'Made to beg or otherwise exploited'],
          ['unsafe_housing', '居住环境不安全', 'Unsafe housing'],
        ]),
        guardianship: choice(t('监护状况', 'Guardianship'), [
          ['adequate', '监护到位', 'Adequate'],
          ['weak', '监护薄弱', 'Weak'],
          ['absent', '监护缺失', 'Absent'],
          ['harmful', '监护侵害', 'Harmful'],
        ]),
        assessmentNotes: notes(t('评估记录', 'Notes')),
      },
      ['safetyLevel', 'risks', 'guardianship', 'assessmentNotes'],
      { rules: [when({ safetyLevel: { const: 'immediate_danger' } }, { properties: { risks: { minItems: 1 } } })] },
    ),
    'emergency-protection': form(
      t('紧急安全保护', 'Emergency protection'),
      {
        protectionActions: choices(t('采取的措施', 'Actions'), [
          ['police', '报告公安机关', 'Reported to the police'],
          ['protection_centre', '送未成年人救助保护机构临时照料', 'Temporary care at the minors’ protection centre'],
          ['medical', '送医救治', 'Taken to hospital'],
          ['relative_care', '委托亲属临时照护', 'Temporary care by relatives'],
        ], { minItems: 1 }),
        placedWith: text(t('目前照护人或机构', 'Now cared for by'), { maxLength: 100 }),
        reportedToCivilAffairs: yes(t('已报告街道（乡镇）和区民政部门', 'Reported to the street office and district civil affairs')),
        emergencyNotes: notes(t('处置记录', 'Notes')),
      },
      ['protectionActions', 'placedWith', 'reportedToCivilAffairs', 'emergencyNotes'],
    ),
    'safety-plan': form(
      t('安全计划', 'Safety plan'),
      {
        safetyMeasures: notes(t('安全措施', 'Safety measures')),
        responsibleAdult: text(t('日常照护责任人', 'Adult responsible day to day'), { maxLength: 100 }),
        warningSigns: notes(t('需立即报告的情形', 'Signs to report at once')),
      },
      ['safetyMeasures', 'responsibleAdult', 'warningSigns'],
    ),
    'care-plan': form(
      t('关爱服务计划', 'Care plan'),
      {
        goals: notes(t('服务目标', 'Goals')),
        focus: choices(t('重点领域', 'Focus'), [
          ['guardianship', '监护与家庭', 'Guardianship and family'],
          ['school', '学业', 'Schooling'],
          ['mental_health', '心理与情绪', 'Emotional wellbeing'],
        ], { minItems: 1 }),
        planSummary: notes(t('计划内容', 'The plan')),
      },
      ['goals', 'focus', 'planSummary'],
    ),
    'plan-approval': form(
      t('关爱服务计划审批', 'Care plan approval'),
      {
        planApproved: yes(t('批准', 'Approved')),
        approvalComments: notes(t('督导意见', 'Supervisor’s comments')),
      },
      ['planApproved', 'approvalComments'],
    ),
    'guardianship-support': form(
      t('监护指导与家庭支持', 'Guardianship and family support'),
      {
        guardianshipActions: choices(t('开展的服务', 'Services'), [
          ['parenting_guidance', '家庭教育与亲职指导', 'Parenting guidance'],
          ['care_agreement', '落实委托照护', 'Care by a trusted adult arranged'],
          ['benefits', '协助申请基本生活保障或救助', 'Help applying for basic living allowance or assistance'],
          ['family_relations', '亲子关系调适', 'Parent–child relations'],
          ['parent_contact', '促进与外出父母定期联系', 'Regular contact with parents working away'],
        ], { minItems: 1 }),
        guardianshipResult: choice(t('监护状况变化', 'Guardianship now'), OUTCOME),
        guardianshipNotes: notes(t('服务记录', 'Notes')),
      },
      ['guardianshipActions', 'guardianshipResult', 'guardianshipNotes'],
    ),
    'school-support': form(
      t('学校联络与学业支持', 'School liaison and learning'),
      {
        schoolActions: choices(t('开展的服务', 'Services'), [
          ['enrolment', '协助入学或复学', 'Enrolment or return to school'],
          ['attendance', '控辍保学跟进', 'Attendance'],
          ['tutoring', '学业辅导', 'Tutoring'],
          ['education_aid', '协助申请教育资助', 'Education grants'],
          ['school_liaison', '家校沟通', 'Home–school liaison'],
        ], { minItems: 1 }),
        schoolResult: choice(t('学业状况变化', 'Schooling now'), OUTCOME),
        schoolNotes: notes(t('服务记录', 'Notes')),
      },
      ['schoolActions', 'schoolResult', 'schoolNotes'],
    ),
    'mental-health': form(
      t('心理关爱与情绪疏导', 'Emotional care and counselling'),
      {
        mentalHealthActions: choices(t('开展的服务', 'Services'), [
          ['counselling', '个别辅导', 'One-to-one counselling'],
          ['group', '成长小组', 'Growth group'],
          ['peer', '志愿者或朋辈陪伴', 'Volunteer or peer companion'],
          ['specialist_referral', '转介专业心理或精神卫生服务', 'Referral to specialist mental health care'],
        ], { minItems: 1 }),
        emotionalState: choice(t('情绪状况', 'Emotional state'), [
          ['stable', '稳定', 'Stable'],
          ['improving', '好转', 'Improving'],
          ['concerning', '需关注', 'Of concern'],
        ]),
        mentalHealthNotes: notes(t('服务记录', 'Notes')),
      },
      ['mentalHealthActions', 'emotionalState', 'mentalHealthNotes'],
    ),
    'monthly-contact': form(
      t('月度联系与监护随访', 'Monthly contact and guardianship check'),
      {
        contactDate: date(t('联系日期', 'Date')),
        contactMode: choice(t('联系方式', 'How'), [
          ['home_visit', '家访', 'Home visit'],
          ['phone', '电话或视频', 'Phone or video'],
          ['school', '到校了解', 'At school'],
        ]),
        childSafe: yes(t('儿童安全', 'The child is safe')),
        guardianshipStatus: choice(t('监护状况', 'Guardianship'), [
          ['adequate', '监护到位', 'Adequate'],
          ['weak', '监护薄弱', 'Weak'],
          ['absent', '监护缺失', 'Absent'],
        ]),
        contactOutcome: choice(t('随访结论', 'Outcome'), [
          ['continue', '继续每月联系', 'Keep in monthly contact'],
          ['reassess', '情况变化，重新评估安全', 'Things changed: reassess safety'],
          ['close', '结案', 'Close'],
        ], { help: t('儿童不安全的，必须重新评估安全。', 'If the child is not safe, safety must be reassessed.') }),
        contactNotes: notes(t('随访记录', 'Notes')),
      },
      ['contactDate', 'contactMode', 'childSafe', 'guardianshipStatus', 'contactOutcome', 'contactNotes'],
      { rules: [when({ childSafe: { const: false } }, { properties: { contactOutcome: { const: 'reassess' } } })] },
    ),
    'follow-up': form(
      t('结案回访', 'Follow-up after closing'),
      {
        followUpDate: date(t('回访日期', 'Date of follow-up')),
        contactMode: choice(t('回访方式', 'How'), [
          ['home_visit', '家访', 'Home visit'],
          ['phone', '电话或视频', 'Phone or video'],
          ['school', '到校了解', 'At school'],
        ]),
        childSafe: yes(t('儿童安全', 'The child is safe')),
        situation: choice(t('儿童现状', 'How the child is'), [
          ['improved', '持续改善', 'Keeps improving'],
          ['stable', '基本稳定', 'Stable'],
          ['worsened', '出现反复', 'Worse again'],
        ]),
        followUpOutcome: choice(t('回访结论', 'Outcome'), [
          ['stays_closed', '维持结案', 'The case stays closed'],
          ['reassess', '重新评估安全', 'Reassess safety'],
        ], { help: t('儿童不安全的，必须重新评估安全。', 'If the child is not safe, safety must be reassessed.') }),
        followUpNotes: notes(t('回访记录', 'Notes')),
      },
      ['followUpDate', 'contactMode', 'childSafe', 'situation', 'followUpOutcome', 'followUpNotes'],
      { rules: [when({ childSafe: { const: false } }, { properties: { followUpOutcome: { const: 'reassess' } } })] },
    ),
    closing: form(
      t('结案评估', 'Closing assessment'),
      {
        closingDate: date(t('结案日期', 'Date of closing')),
        closingReason: choice(t('结案原因', 'Reason for closing'), [
          ['goals_met', '服务目标达成', 'Goals met'],
          ['guardianship_restored', '父母返回或监护恢复', 'Parents back or guardianship restored'],
          ['turned_18', '已满18周岁', 'Turned 18'],
          ['moved', '迁出本区', 'Moved away'],
        ], {
          help: t(
            '儿童或监护人拒绝服务不是结案原因：监护人不履行监护职责、儿童不安全的，报告公安机关和街道（乡镇），继续关爱服务；迁出本区的，转户籍地或新居住地儿童主任跟进。',
            'A child or guardian refusing help is no reason to close: when a guardian fails the child or the child is not safe, report to the police and the street office and go on; a child who moved away is handed to the children’s director where the child now lives or is registered.',
          ),
        }),
        satisfaction: rating(t('儿童及监护人满意度（1–5分）', 'Satisfaction of child and guardian (1–5)')),
        closingSummary: notes(t('结案小结', 'Closing summary')),
      },
      ['closingDate', 'closingReason', 'satisfaction', 'closingSummary'],
    ),
  },
  samples: {
    'left-behind': {
      clientName: '王某宇', gender: 'male', age: 9, street: '北房镇', community: '小罗山村', source: 'screening', categories: ['left_behind'],
    },
    'improper-guardianship': {
      clientName: '陈某萱', gender: 'female', age: 12, street: '长阳镇', community: '碧桂园社区', source: 'report', categories: ['improper_guardianship', 'poverty'],
    },
  },
  walkthroughs: {
    main: {
      title: t('监护不当儿童：计划退回一次，随访发现风险后紧急保护，再次介入后结案并回访', 'Improper guardianship: plan sent back once, danger found at a contact, emergency protection, a second intervention, closing and a follow-up'),
      sample: 'improper-guardianship',
      answers: {
        registration: [{ categories: ['improper_guardianship', 'poverty'], livingWith: 'one_parent', parentsAway: 'none', schooling: 'in_school', registrationNotes: '父亲酗酒，学校反映孩子常饿肚子上学。' }],
        'safety-assessment': [
          { safetyLevel: 'at_risk', risks: ['neglect'], guardianship: 'weak', assessmentNotes: '暂无人身危险，照料不足。' },
          { safetyLevel: 'immediate_danger', risks: ['violence'], guardianship: 'harmful', assessmentNotes: '父亲醉酒后殴打。' },
        ],
        'emergency-protection': [{ protectionActions: ['police', 'relative_care'], placedWith: '姑姑家', reportedToCivilAffairs: true, emergencyNotes: '派出所出警，孩子暂住姑姑家。' }],
        'safety-plan': [{ safetyMeasures: '学校午餐补助，班主任每日关注。', responsibleAdult: '父亲（姑姑协助）', warningSigns: '身上有伤、连续缺课。' }],
        'care-plan': [
          { goals: '保障基本照料。', focus: ['guardianship'], planSummary: '亲职指导。' },
          { goals: '保障基本照料，稳定学业与情绪。', focus: ['guardianship', 'school', 'mental_health'], planSummary: '亲职指导、教育资助、成长小组。' },
        ],
        'plan-approval': [
          { planApproved: false, approvalComments: '请补充学业和情绪方面的安排。' },
          { planApproved: true, approvalComments: '同意。' },
        ],
        'guardianship-support': [{ guardianshipActions: ['parenting_guidance', 'benefits'], guardianshipResult: 'improved', guardianshipNotes: '父亲参加戒酒互助。' }],
        'school-support': [{ schoolActions: ['education_aid', 'school_liaison'], schoolResult: 'improved', schoolNotes: '获教育资助。' }],
        'mental-health': [{ mentalHealthActions: ['counselling', 'group'], emotionalState: 'improving', mentalHealthNotes: '愿意表达情绪。' }],
        'monthly-contact': [contact('continue', '2026-05-10'), contact('reassess', '2026-06-10', false), contact('close', '2026-08-12')],
        closing: [{ closingDate: '2026-08-20', closingReason: 'guardianship_restored', satisfaction: 4, closingSummary: '监护恢复，学业稳定。' }],
        'follow-up': [{ followUpDate: '2026-09-22', contactMode: 'home_visit', childSafe: true, situation: 'stable', followUpOutcome: 'stays_closed', followUpNotes: '父亲坚持戒酒，孩子按时上学。' }],
      },
      ends: ['End_Registered', 'End_Closed'],
    },
    'referred-minor': {
      title: t('救助站移交的流浪未成年人：评估、计划、介入、联系一次后结案并回访', 'A homeless minor handed over by a station: assessed, planned, helped, contacted once, closed and followed up'),
      sample: 'left-behind',
      answers: {
        registration: [{ categories: ['left_behind', 'lacking_guardianship'], livingWith: 'institution', parentsAway: 'both', schooling: 'dropped_out', registrationNotes: '父母在外地务工，祖母年迈，离家出走来京。' }],
        'safety-assessment': [{ safetyLevel: 'at_risk', risks: ['no_guardian'], guardianship: 'absent', assessmentNotes: '在保护中心安全，需落实监护。' }],
        'safety-plan': [{ safetyMeasures: '保护中心照料至监护落实。', responsibleAdult: '保护中心个案社工', warningSigns: '再次出走。' }],
        'care-plan': [{ goals: '落实监护，返校。', focus: ['guardianship', 'school'], planSummary: '联系父母与户籍地儿童督导员，协助复学。' }],
        'plan-approval': [{ planApproved: true, approvalComments: '同意。' }],
        'guardianship-support': [{ guardianshipActions: ['parent_contact', 'care_agreement'], guardianshipResult: 'improved', guardianshipNotes: '母亲返乡照料。' }],
        'school-support': [{ schoolActions: ['enrolment'], schoolResult: 'improved', schoolNotes: '已复学。' }],
        'mental-health': [{ mentalHealthActions: ['counselling'], emotionalState: 'stable', mentalHealthNotes: '情绪平稳。' }],
        'monthly-contact': [contact('close', '2026-04-15')],
        closing: [{ closingDate: '2026-04-20', closingReason: 'guardianship_restored', satisfaction: 5, closingSummary: '母亲返乡照料，已转户籍地儿童主任跟进。' }],
        'follow-up': [{ followUpDate: '2026-05-21', contactMode: 'phone', childSafe: true, situation: 'improved', followUpOutcome: 'stays_closed', followUpNotes: '户籍地儿童主任反馈：母亲在家照料，孩子在校表现稳定。' }],
      },
      ends: ['End_Registered', 'End_Closed'],
    },
  },
};
