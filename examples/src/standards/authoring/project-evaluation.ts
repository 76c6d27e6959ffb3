/**
 * 社会工作服务项目绩效评估 — performance evaluation of a contracted social-work project
 * (京民社工发〔2017〕23号 三(二) and 五(四); dimensions and grades as in MZ/T 059-2014 practice).
 */
import type { ExampleStandardSource } from './example-source';
import type { FlowSpec, NodeSpec } from './process-model';
import { PROFESSIONAL_SUPERVISOR } from './professional-supervision';
import { choice, choices, date, decimal, eligibility, form, integer, notes, score, t, text, yes } from './schema-fields';

const nodes: NodeSpec[] = [
  { type: 'startEvent', id: 'Start_Contract', name: t('项目合同签订', 'Contract signed'), at: [0, 0] },
  {
    type: 'userTask', id: 'Task_Targets', name: t('确定绩效目标', 'Set performance targets'), at: [1, 0],
    role: 'purchaser', form: 'performance-targets', slaParameter: 'targetsDays', contents: ['targets'],
  },
  { type: 'exclusiveGateway', id: 'Gw_MonthLoop', name: t('月度评估', 'Monthly cycle'), at: [2, 0] },
  { type: 'timerCatch', id: 'Timer_Month', name: t('每月', 'Monthly'), at: [3, 0], timer: { parameter: 'selfEvaluationIntervalDays' } },
  {
    type: 'userTask', id: 'Task_SelfEvaluation', name: t('月度自评', 'Monthly self-evaluation'), at: [4, 0],
    role: 'projectLead', form: 'self-evaluation', slaParameter: 'selfEvaluationDays', contents: ['selfEvaluation'],
  },
  // The reviews run beside the monthly rhythm: the next month's timer starts when the self-evaluation
  // is in, however long the review or the mid-term review takes. The monthly review is the
  // organisation's own professional supervisor's (机构督导); the mid-term and final reviews are the
  // city's evaluator's.
  { type: 'parallelGateway', id: 'Gw_ReviewSplit', name: t('自评提交', 'Self-evaluation in'), at: [5, 0] },
  {
    type: 'userTask', id: 'Task_SupervisorReview', name: t('机构督导审阅自评', 'Professional supervisor reviews the self-evaluation'), at: [6, 2],
    role: 'professionalSupervisor', form: 'supervisor-review', sla: 5, contents: ['supervision'],
  },
  { type: 'endEvent', id: 'End_Reviewed', name: t('本月审阅完成', 'Month reviewed'), at: [7, 2] },
  { type: 'exclusiveGateway', id: 'Gw_Stage', name: t('项目阶段？', 'Project stage?'), at: [6, 0] },
  { type: 'parallelGateway', id: 'Gw_MidtermSplit', name: t('中期评估', 'Mid-term'), at: [7, 1] },
  {
    type: 'userTask', id: 'Task_MidtermReview', name: t('中期评估', 'Mid-term review'), at: [8, 1],
    role: 'evaluator', form: 'midterm-review', slaParameter: 'reviewDays', contents: ['midtermReview'],
  },
  { type: 'endEvent', id: 'End_Midterm', name: t('中期评估完成', 'Mid-term done'), at: [9, 1] },
  { type: 'parallelGateway', id: 'Gw_FinalSplit', name: t('末期评估', 'Final review'), at: [10, 0] },
  {
    type: 'userTask', id: 'Task_FileReview', name: t('档案审查', 'File review'), at: [11, 0],
    role: 'evaluator', form: 'file-review', slaParameter: 'reviewDays', contents: ['finalReview'],
  },
  {
    type: 'userTask', id: 'Task_SiteVisit', name: t('实地察看与访谈', 'Site visit and interviews'), at: [11, 1],
    role: 'evaluator', form: 'site-visit', slaParameter: 'reviewDays', contents: ['finalReview'],
  },
  {
    type: 'userTask', id: 'Task_PhoneSampling', name: t('服务对象电话抽访', 'Phone sampling of clients'), at: [11, 2],
    role: 'evaluator', form: 'phone-sampling', slaParameter: 'reviewDays', contents: ['finalReview'],
  },
  { type: 'parallelGateway', id: 'Gw_FinalJoin', name: t('评估完成', 'Reviews done'), at: [12, 0] },
  {
    type: 'userTask', id: 'Task_Report', name: t('评估报告与等级评定', 'Report and grade'), at: [13, 0],
    role: 'evaluator', form: 'evaluation-report', sla: 10, contents: ['report'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Fixes', name: t('是否需要整改？', 'Fixes needed?'), at: [14, 0] },
  { type: 'endEvent', id: 'End_Evaluated', name: t('评估完成', 'Evaluation complete'), at: [14, 1] },
  { type: 'serviceTask', id: 'Service_NotifyFixes', name: t('通知承接机构整改', 'Notify the organisation of fixes'), at: [15, 0], service: 'notify' },
  { type: 'exclusiveGateway', id: 'Gw_FixLoop', name: t('整改', 'Fixing'), at: [16, 0] },
  {
    type: 'userTask', id: 'Task_Rectify', name: t('限期整改', 'Fix within the deadline'), at: [17, 0],
    role: 'projectLead', form: 'rectification', slaParameter: 'rectificationDays', contents: ['rectification'],
  },
  {
    type: 'userTask', id: 'Task_Acceptance', name: t('整改验收', 'Check the fixes'), at: [18, 0],
    role: 'evaluator', form: 'rectification-acceptance', sla: 5, contents: ['rectification'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Accepted', name: t('整改是否通过？', 'Fixes accepted?'), at: [19, 0] },
  { type: 'endEvent', id: 'End_Rectified', name: t('整改完成', 'Fixes complete'), at: [20, 0] },
];

const flows: FlowSpec[] = [
  { from: 'Start_Contract', to: 'Task_Targets' },
  { from: 'Task_Targets', to: 'Gw_MonthLoop' },
  { from: 'Gw_MonthLoop', to: 'Timer_Month' },
  { from: 'Timer_Month', to: 'Task_SelfEvaluation' },
  { from: 'Task_SelfEvaluation', to: 'Gw_ReviewSplit' },
  { from: 'Gw_ReviewSplit', to: 'Task_SupervisorReview' },
  { from: 'Task_SupervisorReview', to: 'End_Reviewed' },
  { from: 'Gw_ReviewSplit', to: 'Gw_Stage' },
  { from: 'Gw_Stage', to: 'Gw_FinalSplit', name: t('合同期满', 'Contract ends'), condition: 'projectMonth >= contractMonths' },
  {
    // The first month at or past halfway: once, whether or not the review is done by the next month.
    from: 'Gw_Stage', to: 'Gw_MidtermSplit', name: t('项目过半', 'Halfway'),
    condition: 'projectMonth < contractMonths and projectMonth * 2 >= contractMonths and (projectMonth - 1) * 2 < contractMonths',
  },
  { from: 'Gw_Stage', to: 'Gw_MonthLoop', name: t('下月继续', 'Next month'), isDefault: true, via: [[6, -0.6], [2, -0.6]] },
  { from: 'Gw_MidtermSplit', to: 'Task_MidtermReview' },
  { from: 'Task_MidtermReview', to: 'End_Midterm' },
  { from: 'Gw_MidtermSplit', to: 'Gw_MonthLoop', via: [[7, -1.2], [2, -1.2]] },
  { from: 'Gw_FinalSplit', to: 'Task_FileReview' },
  { from: 'Gw_FinalSplit', to: 'Task_SiteVisit' },
  { from: 'Gw_FinalSplit', to: 'Task_PhoneSampling' },
  { from: 'Task_FileReview', to: 'Gw_FinalJoin' },
  { from: 'Task_SiteVisit', to: 'Gw_FinalJoin' },
  { from: 'Task_PhoneSampling', to: 'Gw_FinalJoin' },
  { from: 'Gw_FinalJoin', to: 'Task_Report' },
  { from: 'Task_Report', to: 'Gw_Fixes' },
  { from: 'Gw_Fixes', to: 'Service_NotifyFixes', name: t('需整改', 'Fixes needed'), condition: 'rectificationRequired = true' },
  { from: 'Gw_Fixes', to: 'End_Evaluated', name: t('无需整改', 'No fixes'), isDefault: true },
  { from: 'Service_NotifyFixes', to: 'Gw_FixLoop' },
  { from: 'Gw_FixLoop', to: 'Task_Rectify' },
  { from: 'Task_Rectify', to: 'Task_Acceptance' },
  { from: 'Task_Acceptance', to: 'Gw_Accepted' },
  { from: 'Gw_Accepted', to: 'End_Rectified', name: t('通过', 'Accepted'), condition: 'rectificationAccepted = true' },
  { from: 'Gw_Accepted', to: 'Gw_FixLoop', name: t('继续整改', 'Fix again'), isDefault: true },
];

const wd = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'working_days', default: def, min, max: def, tighter: 'lower' }) as const;

const GRADES = [
  ['excellent', '优秀（90分及以上）', 'Excellent (90 and above)'],
  ['good', '良好（80–89分）', 'Good (80–89)'],
  ['pass', '合格（60–79分）', 'Pass (60–79)'],
  ['fail', '不合格（60分以下）', 'Fail (below 60)'],
] as const;

const selfEvaluation = (projectMonth: number) => ({
  projectMonth, casesServed: 10 + projectMonth * 5, visitsDone: 30 + projectMonth * 12, activitiesHeld: 2,
  spendingToDate: projectMonth * 25000, platformDataChecked: true, issues: projectMonth === 3 ? '两名社工离职，个案交接中。' : '按计划推进。',
});

export const projectEvaluation: ExampleStandardSource = {
  folder: 'project-evaluation',
  document: {
    code: 'BJ-SW-EVAL',
    title: t('社会工作服务项目绩效评估', 'Performance evaluation of social work service projects'),
    summary: t(
      '依据京民社工发〔2017〕23号第三部分第（二）项“规范立项评估和绩效评估程序”和第五部分第（四）项“开展专业督导和项目评估”，参照《社会工作服务项目绩效评估指南》（MZ/T 059-2014）：对政府购买的社会工作服务项目确定绩效目标，承接机构每月依据平台数据自评并经本机构督导审阅，项目过半时中期评估，合同期满时末期评估（档案审查、实地察看与访谈、按不少于10%的比例电话抽访服务对象），按项目产出、项目管理、财务管理、服务成效、满意度加权评分，评定优秀、良好、合格、不合格等级，需要整改的在30日内完成并验收。',
      'Following section 3(2) of Jingminshegong [2017] No. 23 ("standardise project and performance evaluation") and 5(4) ("supervision and project evaluation"), with reference to MZ/T 059-2014: set performance targets for a government-purchased social work project; the organisation evaluates itself monthly from platform data and its professional supervisor reviews it; a mid-term review at halfway; at the end of the contract a final review (files, a site visit with interviews, and phone calls to at least 10% of clients); a weighted score over outputs, management, finance, outcomes and satisfaction with the grades excellent, good, pass and fail; and fixes within 30 days, checked by the evaluator.',
    ),
    population: {
      description: t(
        '区民政局、街道（乡镇）等通过政府购买服务委托社会工作服务机构承接的社会工作参与精准救助服务项目。',
        'Social work projects in precise social assistance that district civil affairs bureaus, street offices or townships buy from social work organisations.',
      ),
      eligibility: eligibility(
        t('项目信息', 'Project'),
        {
          projectName: text(t('项目名称', 'Project name'), { maxLength: 100 }),
          organisationName: text(t('承接机构', 'Contracted organisation'), { maxLength: 100 }),
          purchaser: text(t('购买方', 'Purchaser'), { maxLength: 100 }),
          contractNo: text(t('合同编号', 'Contract number'), { maxLength: 50 }),
          contractStart: date(t('合同开始日期', 'Contract starts on'), { planned: true }),
          contractMonths: integer(t('合同期（月）', 'Contract length (months)'), { minimum: 2, maximum: 36 }),
          contractAmount: decimal(t('合同金额（元）', 'Contract value (yuan)')),
          targetClients: integer(t('计划服务人数', 'Clients to be served'), { minimum: 1 }),
          serviceStandards: choices(t('执行的服务标准', 'Service standards delivered'), [
            ['BJ-SW-FAMILY', '社会救助家庭社会工作服务', 'Social work for assistance families'],
            ['BJ-SW-ELDER', '困难老年人社会工作服务', 'Social work for older people in difficulty'],
            ['BJ-SW-HOMELESS', '流浪乞讨人员社会工作服务', 'Social work for homeless and begging people'],
            ['BJ-SW-CHILD', '困境儿童和留守儿童关爱服务', 'Care for children in difficulty and left-behind children'],
          ]),
        },
        ['projectName', 'organisationName', 'contractMonths', 'targetClients'],
      ),
    },
    contents: [
      { id: 'targets', title: t('绩效目标设定', 'Performance targets'), description: t('依据合同确定产出、成效和满意度目标。', 'Output, outcome and satisfaction targets from the contract.') },
      { id: 'selfEvaluation', title: t('月度自评', 'Monthly self-evaluation'), description: t('承接机构依据平台的服务数据和指标每月自评。', 'The organisation evaluates itself each month from the platform’s data and indicators.') },
      { id: 'supervision', title: t('专业督导', 'Professional supervision'), description: t('承接机构的机构督导审阅每月自评、提出改进建议（京民社工发〔2017〕23号 五(四)）。', 'The organisation’s professional supervisor reviews each self-evaluation and advises (No. 23, 5(4)).') },
      { id: 'midtermReview', title: t('中期评估', 'Mid-term review') },
      { id: 'finalReview', title: t('末期评估', 'Final review'), description: t('档案审查、实地察看与访谈、电话抽访（抽访比例不低于服务对象的10%）。', 'File review, a site visit with interviews, and phone calls to at least 10% of clients.') },
      { id: 'report', title: t('评估报告与等级评定', 'Report and grade'), description: t('项目产出30%、项目管理20%、财务管理15%、服务成效20%、满意度15%加权计分；90分及以上优秀，80–89分良好，60–79分合格，60分以下不合格。', 'Weighted score: outputs 30%, management 20%, finance 15%, outcomes 20%, satisfaction 15%; 90+ excellent, 80–89 good, 60–79 pass, below 60 fail.') },
      { id: 'rectification', title: t('限期整改', 'Fixes'), description: t('评估发现的问题30日内整改并验收。', 'Problems found are fixed within 30 days and checked.') },
    ],
    methods: [
      { id: 'fileReview', title: t('档案查阅', 'File review') },
      { id: 'siteVisit', title: t('实地察看', 'Site visit') },
      { id: 'interviews', title: t('访谈', 'Interviews'), description: t('访谈购买方、机构人员、社区和服务对象。', 'Interviews with the purchaser, staff, the community and clients.') },
      { id: 'phoneSampling', title: t('电话抽访', 'Phone sampling') },
      { id: 'platformData', title: t('平台数据分析', 'Platform data'), description: t('对照服务标准的指标分析个案数据。', 'Case data read against the service standards’ indicators.') },
    ],
    roles: [
      { id: 'purchaser', title: t('购买方（区民政局或街道）', 'Purchaser (district bureau or street office)'), assignTo: 'district_operator' },
      { id: 'projectLead', title: t('承接机构项目负责人', 'Project lead of the organisation'), assignTo: 'caseworker' },
      PROFESSIONAL_SUPERVISOR,
      { id: 'evaluator', title: t('督导评估人员', 'Supervisor and evaluator'), assignTo: 'supervisor' },
    ],
    parameters: [
      { id: 'targetsDays', ...wd('绩效目标确定时限', 'Targets set within', 10, 5) },
      { id: 'selfEvaluationIntervalDays', title: t('自评周期（自上次自评提交起）', 'Self-evaluation every (from the last one in)'), kind: 'duration', unit: 'days', default: 28, min: 14, max: 28, tighter: 'lower' },
      { id: 'selfEvaluationDays', ...wd('自评提交时限', 'Self-evaluation due within', 5, 3) },
      { id: 'reviewDays', ...wd('中期、末期评估各环节时限', 'Each review step within', 15, 10) },
      { id: 'rectificationDays', title: t('整改时限', 'Fixes within'), kind: 'duration', unit: 'days', default: 30, min: 15, max: 30, tighter: 'lower' },
    ],
    indicators: [
      {
        id: 'selfEvaluationOnTime', kind: 'duration', title: t('月度自评按时提交率', 'Self-evaluations on time'),
        from: { element: 'Timer_Month', edge: 'end' }, to: { element: 'Task_SelfEvaluation', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'selfEvaluationDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'selfEvaluatedMonthly', kind: 'recurrence', title: t('每月自评', 'A self-evaluation every month'),
        description: t('确定绩效目标后至末期评估开始前，两次自评间隔不超过35天。', 'From the targets to the start of the final review, no more than 35 days between self-evaluations.'),
        activity: 'Task_SelfEvaluation', everyDays: 35, span: { from: 'Task_Targets', to: 'Gw_FinalSplit' }, target: 95, comparator: '>=',
      },
      {
        id: 'phoneSamplingAtLeast10', kind: 'field', title: t('电话抽访比例不低于10%', 'Phone sampling of at least 10% of clients'),
        form: 'phone-sampling', field: '/samplingRatePercent', aggregate: 'share', condition: 'value >= 10', target: 100, comparator: '>=',
      },
      {
        id: 'clientSatisfaction', kind: 'field', title: t('抽访服务对象满意率', 'Satisfaction of sampled clients'),
        form: 'phone-sampling', field: '/satisfactionRatePercent', aggregate: 'mean', target: 90, comparator: '>=',
      },
      {
        id: 'fixedWithin30Days', kind: 'duration', title: t('30日内完成整改', 'Fixes done within 30 days'),
        from: { element: 'Task_Rectify', edge: 'start' }, to: { element: 'Task_Rectify', edge: 'end' },
        unit: 'days', limit: { parameter: 'rectificationDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'passedOrBetter', kind: 'field', title: t('合格及以上项目比例', 'Projects graded pass or better'),
        form: 'evaluation-report', field: '/grade', aggregate: 'share', condition: 'value != "fail"', target: 90, comparator: '>=',
      },
      { id: 'conformance', kind: 'conformance', title: t('评估流程符合度', 'Conformance to the evaluation process'), target: 90, comparator: '>=' },
    ],
  },
  process: { nodes, flows },
  forms: {
    'performance-targets': form(
      t('绩效目标', 'Performance targets'),
      {
        casesTarget: integer(t('个案服务目标（户或人）', 'Cases to serve'), { minimum: 1 }),
        visitsTarget: integer(t('探访或回访目标（次）', 'Visits to make'), { minimum: 0 }),
        groupActivitiesTarget: integer(t('小组和社区活动目标（次）', 'Group and community activities'), { minimum: 0 }),
        satisfactionTarget: score(t('满意率目标（%）', 'Satisfaction target (%)')),
        outcomeTargets: notes(t('服务成效目标', 'Outcome targets')),
      },
      ['casesTarget', 'visitsTarget', 'groupActivitiesTarget', 'satisfactionTarget', 'outcomeTargets'],
    ),
    'self-evaluation': form(
      t('月度自评', 'Monthly self-evaluation'),
      {
        projectMonth: integer(t('项目第几个月', 'Month of the project'), { minimum: 1, maximum: 36 }),
        casesServed: integer(t('累计服务个案', 'Cases served so far')),
        visitsDone: integer(t('累计探访或回访', 'Visits so far')),
        activitiesHeld: integer(t('本月小组和社区活动', 'Group and community activities this month')),
        spendingToDate: decimal(t('累计支出（元）', 'Spent so far (yuan)')),
        platformDataChecked: yes(t('已核对平台指标数据', 'Platform indicators checked')),
        issues: notes(t('问题与改进', 'Problems and improvements')),
      },
      ['projectMonth', 'casesServed', 'visitsDone', 'activitiesHeld', 'spendingToDate', 'platformDataChecked', 'issues'],
    ),
    'supervisor-review': form(
      t('机构督导审阅', 'Professional supervisor’s review'),
      {
        reviewResult: choice(t('审阅结论', 'Conclusion'), [
          ['on_track', '按计划推进', 'On track'],
          ['minor_concerns', '存在一般问题', 'Minor concerns'],
          ['serious_concerns', '存在严重问题', 'Serious concerns'],
        ]),
        guidance: notes(t('督导意见', 'Guidance')),
      },
      ['reviewResult', 'guidance'],
    ),
    'midterm-review': form(
      t('中期评估', 'Mid-term review'),
      {
        midtermScore: score(t('中期评估得分', 'Mid-term score')),
        outputProgressPercent: score(t('产出目标完成进度（%）', 'Output targets reached so far (%)')),
        midtermFindings: notes(t('发现的问题', 'Findings')),
        midtermRecommendations: notes(t('改进建议', 'Recommendations')),
      },
      ['midtermScore', 'outputProgressPercent', 'midtermFindings', 'midtermRecommendations'],
    ),
    'file-review': form(
      t('档案审查', 'File review'),
      {
        filesSampled: integer(t('抽查档案数', 'Files sampled'), { minimum: 1 }),
        filesComplete: integer(t('规范完整的档案数', 'Files complete and in order')),
        fileFindings: notes(t('审查发现', 'Findings')),
      },
      ['filesSampled', 'filesComplete', 'fileFindings'],
    ),
    'site-visit': form(
      t('实地察看与访谈', 'Site visit and interviews'),
      {
        siteVisitDate: date(t('察看日期', 'Date')),
        interviewees: choices(t('访谈对象', 'Interviewed'), [
          ['purchaser', '购买方', 'Purchaser'],
          ['staff', '机构人员', 'Staff'],
          ['community', '社区（村）', 'Community'],
          ['clients', '服务对象', 'Clients'],
        ], { minItems: 1 }),
        siteFindings: notes(t('察看与访谈发现', 'Findings')),
      },
      ['siteVisitDate', 'interviewees', 'siteFindings'],
    ),
    'phone-sampling': form(
      t('服务对象电话抽访', 'Phone sampling of clients'),
      {
        clientsServed: integer(t('服务对象总数', 'Clients served'), { minimum: 1 }),
        clientsSampled: integer(t('抽访人数', 'Clients called'), { minimum: 1 }),
        samplingRatePercent: score(t('抽访比例（%）', 'Share called (%)'), { help: t('不低于服务对象的10%。', 'At least 10% of clients.') }),
        satisfactionRatePercent: score(t('满意率（%）', 'Satisfied (%)')),
        samplingNotes: notes(t('抽访记录', 'Notes')),
      },
      ['clientsServed', 'clientsSampled', 'samplingRatePercent', 'satisfactionRatePercent', 'samplingNotes'],
    ),
    'evaluation-report': form(
      t('评估报告与等级评定', 'Report and grade'),
      {
        outputsScore: score(t('项目产出（权重30%）', 'Outputs (30%)')),
        managementScore: score(t('项目管理（权重20%）', 'Management (20%)')),
        financeScore: score(t('财务管理（权重15%）', 'Finance (15%)')),
        outcomesScore: score(t('服务成效（权重20%）', 'Outcomes (20%)')),
        satisfactionScore: score(t('满意度（权重15%）', 'Satisfaction (15%)')),
        totalScore: score(t('加权总分', 'Weighted total')),
        grade: choice(t('评估等级', 'Grade'), GRADES),
        rectificationRequired: yes(t('需要限期整改', 'Fixes required')),
        reportSummary: notes(t('评估结论', 'Conclusions')),
      },
      ['outputsScore', 'managementScore', 'financeScore', 'outcomesScore', 'satisfactionScore', 'totalScore', 'grade', 'rectificationRequired', 'reportSummary'],
    ),
    rectification: form(
      t('限期整改', 'Fixes'),
      {
        fixesMade: notes(t('整改措施', 'What was fixed')),
        evidence: notes(t('佐证材料', 'Evidence')),
        completedOn: date(t('完成日期', 'Completed on')),
      },
      ['fixesMade', 'evidence', 'completedOn'],
    ),
    'rectification-acceptance': form(
      t('整改验收', 'Check of the fixes'),
      {
        rectificationAccepted: yes(t('整改通过', 'Fixes accepted')),
        acceptanceNotes: notes(t('验收意见', 'Notes')),
      },
      ['rectificationAccepted', 'acceptanceNotes'],
    ),
  },
  samples: {
    'dongcheng-family-project': {
      projectName: '东城区社会救助家庭增能服务项目', organisationName: '东城区某社会工作事务所', purchaser: '东城区民政局',
      contractNo: 'DC-2026-SG-017', contractStart: '2026-01-01', contractMonths: 12, contractAmount: 600000, targetClients: 120,
      serviceStandards: ['BJ-SW-FAMILY'],
    },
    'mentougou-elderly-project': {
      projectName: '门头沟区困难老年人关爱探访项目', organisationName: '门头沟区某社会工作服务中心', purchaser: '城子街道办事处',
      contractNo: 'MTG-2026-LN-004', contractStart: '2026-03-01', contractMonths: 6, contractAmount: 180000, targetClients: 60,
      serviceStandards: ['BJ-SW-ELDER'],
    },
  },
  walkthroughs: {
    main: {
      title: t('12个月项目：每月自评，第6个月中期评估，末期评估良好，整改一次未通过、再次整改后通过', 'A 12-month project: monthly self-evaluations, mid-term at month 6, graded good, fixes rejected once and then accepted'),
      sample: 'dongcheng-family-project',
      answers: {
        'performance-targets': [{ casesTarget: 120, visitsTarget: 480, groupActivitiesTarget: 24, satisfactionTarget: 90, outcomeTargets: '有劳动能力成员就业或培训比例不低于40%。' }],
        'self-evaluation': Array.from({ length: 12 }, (_, i) => selfEvaluation(i + 1)),
        'supervisor-review': [{ reviewResult: 'on_track', guidance: '注意回访记录的完整性。' }],
        'midterm-review': [{ midtermScore: 82, outputProgressPercent: 48, midtermFindings: '回访不及时。', midtermRecommendations: '建立回访提醒。' }],
        'file-review': [{ filesSampled: 24, filesComplete: 21, fileFindings: '三份档案缺少结案评估签字。' }],
        'site-visit': [{ siteVisitDate: '2027-01-10', interviewees: ['purchaser', 'staff', 'clients'], siteFindings: '服务站点设置规范。' }],
        'phone-sampling': [{ clientsServed: 126, clientsSampled: 15, samplingRatePercent: 11.9, satisfactionRatePercent: 93.3, samplingNotes: '一户反映回访次数少。' }],
        'evaluation-report': [{ outputsScore: 88, managementScore: 80, financeScore: 85, outcomesScore: 82, satisfactionScore: 93, totalScore: 85.4, grade: 'good', rectificationRequired: true, reportSummary: '良好；档案规范性需整改。' }],
        rectification: [
          { fixesMade: '补齐档案签字。', evidence: '档案复印件。', completedOn: '2027-02-05' },
          { fixesMade: '补齐档案签字并建立档案自查制度。', evidence: '档案复印件、自查制度。', completedOn: '2027-02-20' },
        ],
        'rectification-acceptance': [
          { rectificationAccepted: false, acceptanceNotes: '需建立长效自查制度。' },
          { rectificationAccepted: true, acceptanceNotes: '通过。' },
        ],
      },
      ends: ['End_Reviewed', 'End_Midterm', 'End_Rectified'],
    },
    excellent: {
      title: t('6个月项目：评为优秀，无需整改', 'A 6-month project graded excellent, no fixes'),
      sample: 'mentougou-elderly-project',
      answers: {
        'performance-targets': [{ casesTarget: 60, visitsTarget: 300, groupActivitiesTarget: 12, satisfactionTarget: 90, outcomeTargets: '高风险老人每周探访率100%。' }],
        'self-evaluation': Array.from({ length: 6 }, (_, i) => selfEvaluation(i + 1)),
        'supervisor-review': [{ reviewResult: 'on_track', guidance: '继续保持。' }],
        'midterm-review': [{ midtermScore: 91, outputProgressPercent: 55, midtermFindings: '无明显问题。', midtermRecommendations: '加强志愿者培训。' }],
        'file-review': [{ filesSampled: 12, filesComplete: 12, fileFindings: '档案完整规范。' }],
        'site-visit': [{ siteVisitDate: '2026-09-05', interviewees: ['purchaser', 'clients'], siteFindings: '老人及家属评价好。' }],
        'phone-sampling': [{ clientsServed: 62, clientsSampled: 8, samplingRatePercent: 12.9, satisfactionRatePercent: 100, samplingNotes: '均表示满意。' }],
        'evaluation-report': [{ outputsScore: 95, managementScore: 90, financeScore: 92, outcomesScore: 90, satisfactionScore: 100, totalScore: 93.3, grade: 'excellent', rectificationRequired: false, reportSummary: '优秀。' }],
      },
      ends: ['End_Reviewed', 'End_Midterm', 'End_Evaluated'],
    },
  },
};
