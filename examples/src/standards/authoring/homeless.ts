/**
 * 流浪乞讨人员社会工作服务 — social work with homeless and begging people (京民社工发〔2017〕23号 四(三),
 * the "流浪乞讨人员社会融入计划"). Stays, exits and minors follow 国务院令第381号, its implementing rules
 * and the assistance stations' working rules (民发〔2014〕132号): a stay normally of up to 10 days, measured
 * from admission to departure; the ways out of a stay — return home, placement, 自行离站 (leaving on
 * one's own wish) and 终止救助 (assistance ended by the station); 不予救助 for someone screened as not
 * eligible; minors never turned away, handed to child protection within 24 hours of being found, and a
 * minor from another province taken back to the home area's child protection.
 */
import { age, clientName, gender, street } from './client-fields';
import type { ExampleStandardSource } from './example-source';
import type { FlowSpec, NodeSpec } from './process-model';
import { choice, choices, date, eligibility, form, integer, notes, t, text, yes } from './schema-fields';

/** The stay at the station, from admission to departure: its start and end are what `stayWithinLimit` measures. */
const STAY = 'Sub_StationCare';

/** The minors' row and the other province's row below it, under the stay. */
const MINOR_ROW = 4.4;

const nodes: NodeSpec[] = [
  { type: 'startEvent', id: 'Start_Found', name: t('发现流浪乞讨人员', 'Person found on the street'), at: [0, 0] },
  {
    type: 'userTask', id: 'Task_Outreach', name: t('外展劝导与应急救助', 'Outreach and emergency aid'), at: [1, 0],
    role: 'outreachWorker', form: 'outreach', slaParameter: 'outreachHours', contents: ['outreach', 'emergencyAid'],
  },
  // Minors are never left on the street: whatever they say, they are taken to the station.
  { type: 'exclusiveGateway', id: 'Gw_Accepts', name: t('是否护送入站？', 'Taken to the station?'), at: [2, 0] },
  { type: 'endEvent', id: 'End_Declined', name: t('未入站，已街面帮扶', 'Not admitted, helped on the street'), at: [2, 1] },
  {
    type: 'userTask', id: 'Task_Escort', name: t('护送入站', 'Escort to the station'), at: [3, 0],
    role: 'outreachWorker', form: 'escort', slaParameter: 'escortHours', contents: ['emergencyAid'],
  },
  {
    type: 'userTask', id: 'Task_Registration', name: t('入站登记、甄别与需求评估', 'Registration, screening and needs assessment'), at: [4, 0],
    role: 'stationOfficer', form: 'registration', slaParameter: 'registrationHours', contents: ['needsAssessment'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Minor', name: t('是否未成年人？', 'A minor?'), at: [5, 0] },
  { type: 'exclusiveGateway', id: 'Gw_Admission', name: t('是否予以救助？', 'Admitted?'), at: [6, 0] },
  {
    type: 'userTask', id: 'Task_Refusal', name: t('告知不予救助理由', 'Tell the reasons for not admitting'), at: [6, 1],
    role: 'stationOfficer', form: 'refusal', sla: 'PT4H',
  },
  { type: 'endEvent', id: 'End_Refused', name: t('不予救助', 'Not admitted (不予救助)'), at: [6, 2] },

  // Minors: to the minors' protection centre within 24 hours of being found; a minor from another
  // province goes back to the home area's child protection, others on into Beijing's children's service.
  {
    type: 'userTask', id: 'Task_MinorHandover', name: t('移交未成年人救助保护机构', 'Hand over to the minors’ protection centre'), at: [6, MINOR_ROW],
    role: 'stationOfficer', form: 'minor-handover', slaParameter: 'minorHandoverHours', contents: ['linkingInstitutions'],
  },
  { type: 'exclusiveGateway', id: 'Gw_MinorHome', name: t('户籍地在哪里？', 'Where is home?'), at: [7, MINOR_ROW] },
  { type: 'serviceTask', id: 'Service_RecordReferral', name: t('登记儿童关爱转介', 'Record the referral for child care'), at: [8, MINOR_ROW], service: 'record-referral' },
  { type: 'callActivity', id: 'Call_ChildCare', name: t('困境儿童和留守儿童关爱服务', 'Care for children in difficulty'), at: [9, MINOR_ROW], calledStandard: 'BJ-SW-CHILD' },
  { type: 'endEvent', id: 'End_MinorHandedOver', name: t('已转入本市儿童关爱服务', 'On to Beijing’s children’s service'), at: [10, MINOR_ROW] },
  {
    type: 'userTask', id: 'Task_MinorReturn', name: t('护送返回户籍地未成年人保护机构', 'Back to the home area’s child protection'), at: [8, MINOR_ROW + 1],
    role: 'stationOfficer', form: 'minor-return', sla: 10, contents: ['linkingInstitutions', 'returnAndReintegration'],
  },
  { type: 'endEvent', id: 'End_MinorReturnedHome', name: t('已移交户籍地', 'Handed to the home area'), at: [9, MINOR_ROW + 1] },

  // The stay: care and tracing, then the way out, each of which is the departure from the station.
  { type: 'subProcess', id: STAY, name: t('在站救助（入站至离站）', 'The stay at the station (admission to departure)'), at: [7, 0] },
  { type: 'startEvent', id: 'Start_Care', name: t('入站', 'Admitted'), at: [7, 0], parent: STAY },
  { type: 'parallelGateway', id: 'Gw_CareSplit', name: t('同时开展', 'In parallel'), at: [8, 0], parent: STAY },
  {
    type: 'userTask', id: 'Task_Tracing', name: t('身份查询与寻亲', 'Identity and family tracing'), at: [9, 0], parent: STAY,
    role: 'socialWorker', form: 'tracing', slaParameter: 'tracingDays', contents: ['familyTracing'],
  },
  {
    type: 'userTask', id: 'Task_Care', name: t('照料与个案服务', 'Care and casework'), at: [9, 1], parent: STAY,
    role: 'socialWorker', form: 'care', slaParameter: 'tracingDays', contents: ['psychologicalSupport', 'skills', 'linkingInstitutions'],
  },
  { type: 'parallelGateway', id: 'Gw_CareJoin', name: t('照料完成', 'Care done'), at: [10, 0], parent: STAY },
  {
    type: 'userTask', id: 'Task_ExitDecision', name: t('确定离站去向', 'Decide how the stay ends'), at: [11, 0], parent: STAY,
    role: 'stationOfficer', form: 'exit-decision', sla: 'P1D',
  },
  { type: 'exclusiveGateway', id: 'Gw_ExitPlan', name: t('离站去向？', 'How does the stay end?'), at: [12, 0], parent: STAY },
  {
    type: 'userTask', id: 'Task_ReturnHome', name: t('返乡离站', 'Leave for home'), at: [13, 0], parent: STAY,
    role: 'stationOfficer', form: 'return-home', sla: 'P3D', contents: ['returnAndReintegration'],
  },
  {
    type: 'userTask', id: 'Task_Placement', name: t('安置到机构', 'Placement in an institution'), at: [13, 1], parent: STAY,
    role: 'stationOfficer', form: 'placement', sla: 'P3D', contents: ['linkingInstitutions'],
  },
  {
    type: 'userTask', id: 'Task_SelfDeparture', name: t('办理自行离站手续', 'Record leaving on their own'), at: [13, 2], parent: STAY,
    role: 'stationOfficer', form: 'self-departure', sla: 'PT12H',
  },
  {
    type: 'userTask', id: 'Task_Termination', name: t('终止救助', 'End assistance'), at: [13, 3], parent: STAY,
    role: 'stationOfficer', form: 'termination', sla: 'P1D',
  },
  { type: 'exclusiveGateway', id: 'Gw_Left', name: t('离站', 'Left the station'), at: [14, 0], parent: STAY },
  { type: 'endEvent', id: 'End_Departed', name: t('已离站', 'Departed'), at: [15, 0], parent: STAY },
  {
    type: 'boundaryTimer', id: 'Boundary_StayLimit', name: t('在站满10天', '10 days at the station'), attachedTo: STAY,
    interrupting: false, timer: { parameter: 'stayLimitDays' }, offset: 0.55,
  },
  {
    type: 'userTask', id: 'Task_OverstayReview', name: t('超期滞留审查', 'Review of an overlong stay'), at: [12, MINOR_ROW],
    role: 'stationOfficer', form: 'overstay-review', sla: 2,
  },
  { type: 'endEvent', id: 'End_OverstayReviewed', name: t('超期已审查', 'Overstay reviewed'), at: [13, MINOR_ROW] },

  // After departure: those who went home or into an institution are handed over and followed up.
  { type: 'exclusiveGateway', id: 'Gw_AfterStay', name: t('是否需要交接？', 'Hand-off needed?'), at: [16, 0] },
  { type: 'endEvent', id: 'End_NoHandoff', name: t('离站即结束', 'Ends at departure'), at: [17, 1] },
  {
    type: 'userTask', id: 'Task_Handoff', name: t('交接确认', 'Hand-off confirmed'), at: [17, 0],
    role: 'socialWorker', form: 'handoff', sla: 3, contents: ['returnAndReintegration'],
  },
  { type: 'timerCatch', id: 'Timer_FollowUp', name: t('交接后30天', '30 days after hand-off'), at: [18, 0], timer: { parameter: 'followUpDays' } },
  {
    type: 'userTask', id: 'Task_FollowUp', name: t('30日回访', 'Follow-up at 30 days'), at: [19, 0],
    role: 'socialWorker', form: 'follow-up', slaParameter: 'followUpDoneDays', contents: ['returnAndReintegration'],
  },
  { type: 'endEvent', id: 'End_Completed', name: t('服务完成', 'Service completed'), at: [20, 0] },
];

const flows: FlowSpec[] = [
  { from: 'Start_Found', to: 'Task_Outreach' },
  { from: 'Task_Outreach', to: 'Gw_Accepts' },
  { from: 'Gw_Accepts', to: 'Task_Escort', name: t('接受救助或未成年人', 'Accepts, or a minor'), condition: 'acceptsAssistance = true or appearsMinor = true' },
  { from: 'Gw_Accepts', to: 'End_Declined', name: t('成年人拒绝', 'An adult declines'), isDefault: true },
  { from: 'Task_Escort', to: 'Task_Registration' },
  { from: 'Task_Registration', to: 'Gw_Minor' },
  { from: 'Gw_Minor', to: 'Task_MinorHandover', name: t('未满18周岁', 'Under 18'), condition: 'age < 18' },
  { from: 'Gw_Minor', to: 'Gw_Admission', name: t('成年人', 'Adult'), isDefault: true },
  { from: 'Gw_Admission', to: 'Task_Refusal', name: t('不予救助', 'Not admitted'), condition: 'admission = "refused"' },
  { from: 'Gw_Admission', to: STAY, name: t('予以救助', 'Admitted'), isDefault: true },
  { from: 'Task_Refusal', to: 'End_Refused' },
  { from: 'Task_MinorHandover', to: 'Gw_MinorHome' },
  { from: 'Gw_MinorHome', to: 'Task_MinorReturn', name: t('外省（区、市）', 'Another province'), condition: 'homeArea = "other_province"' },
  { from: 'Gw_MinorHome', to: 'Service_RecordReferral', name: t('本市或尚未查明', 'Beijing, or not yet known'), isDefault: true },
  { from: 'Service_RecordReferral', to: 'Call_ChildCare' },
  { from: 'Call_ChildCare', to: 'End_MinorHandedOver' },
  { from: 'Task_MinorReturn', to: 'End_MinorReturnedHome' },
  { from: 'Start_Care', to: 'Gw_CareSplit' },
  { from: 'Gw_CareSplit', to: 'Task_Tracing' },
  { from: 'Gw_CareSplit', to: 'Task_Care' },
  { from: 'Task_Tracing', to: 'Gw_CareJoin' },
  { from: 'Task_Care', to: 'Gw_CareJoin' },
  { from: 'Gw_CareJoin', to: 'Task_ExitDecision' },
  { from: 'Task_ExitDecision', to: 'Gw_ExitPlan' },
  { from: 'Gw_ExitPlan', to: 'Task_ReturnHome', name: t('返乡', 'Return home'), condition: 'exitPlan = "return_home"' },
  { from: 'Gw_ExitPlan', to: 'Task_Placement', name: t('安置', 'Placement'), isDefault: true },
  { from: 'Gw_ExitPlan', to: 'Task_SelfDeparture', name: t('自行离站', 'Leaves on their own'), condition: 'exitPlan = "left_on_own"' },
  { from: 'Gw_ExitPlan', to: 'Task_Termination', name: t('终止救助', 'Assistance ended'), condition: 'exitPlan = "terminated"' },
  { from: 'Task_ReturnHome', to: 'Gw_Left' },
  { from: 'Task_Placement', to: 'Gw_Left' },
  { from: 'Task_SelfDeparture', to: 'Gw_Left' },
  { from: 'Task_Termination', to: 'Gw_Left' },
  { from: 'Gw_Left', to: 'End_Departed' },
  { from: 'Boundary_StayLimit', to: 'Task_OverstayReview' },
  { from: 'Task_OverstayReview', to: 'End_OverstayReviewed' },
  { from: STAY, to: 'Gw_AfterStay' },
  { from: 'Gw_AfterStay', to: 'Task_Handoff', name: t('返乡或安置', 'Home or placed'), isDefault: true },
  {
    from: 'Gw_AfterStay', to: 'End_NoHandoff', name: t('自行离站或终止救助', 'Left on their own, or assistance ended'),
    condition: 'exitPlan = "left_on_own" or exitPlan = "terminated"',
  },
  { from: 'Task_Handoff', to: 'Timer_FollowUp' },
  { from: 'Timer_FollowUp', to: 'Task_FollowUp' },
  { from: 'Task_FollowUp', to: 'End_Completed' },
];

const hours = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'hours', default: def, min, max: def, tighter: 'lower' }) as const;

export const homeless: ExampleStandardSource = {
  folder: 'homeless',
  document: {
    code: 'BJ-SW-HOMELESS',
    title: t('流浪乞讨人员社会工作服务', 'Social work services for homeless and begging people'),
    summary: t(
      '依据京民社工发〔2017〕23号第四部分第（三）项和“流浪乞讨人员社会融入计划”，以及《城市生活无着的流浪乞讨人员救助管理办法》（国务院令第381号）及其实施细则、《生活无着的流浪乞讨人员救助管理机构工作规程》（民发〔2014〕132号）：外展发现与劝导、应急救助、护送入站、登记甄别；不符合条件的不予救助并告知理由；未成年人一律护送入站，自发现起24小时内移交未成年人救助保护机构，户籍在外省的护送返回户籍地未成年人救助保护机构，其余转入本市困境儿童关爱服务；成年人在站内开展身份查询与寻亲、照料与个案服务，在站（自入站至离站）一般不超过10天，超期须审查；以返乡、安置、自行离站或终止救助离站；返乡或安置的交接确认，交接后30日回访。',
      'Following section 4(3) of Jingminshegong [2017] No. 23 and its "social integration plan for homeless and begging people", State Council Decree No. 381 with its implementing rules, and the working rules of assistance stations (Minfa [2014] No. 132): street outreach, emergency aid, escort, registration and screening; those not eligible are not admitted and are told why; minors are always taken to the station and handed to the minors’ protection centre within 24 hours of being found, then taken back to the child protection of their home area when it is in another province, or on to Beijing’s children’s service; for adults, identity and family tracing with care and casework at the station, a stay (admission to departure) normally of no more than 10 days with any longer stay reviewed; the stay ends by return home, placement, leaving on their own (自行离站) or the station ending assistance (终止救助); those who went home or were placed are handed off, and followed up 30 days later.',
    ),
    population: {
      description: t(
        '在本市街面发现的城市生活无着的流浪、乞讨人员，包括老人、未成年人、残疾人和精神障碍患者，由外展巡查、公安机关、群众报告（含96156、110转来）发现或本人求助。',
        'People found homeless or begging on Beijing’s streets with no means of living — including older people, minors, people with disabilities and people with mental illness — found by outreach patrols, the police or the public (including calls passed on from 96156 and 110), or asking for help themselves.',
      ),
      eligibility: eligibility(
        t('发现情况', 'Where and how found'),
        {
          foundAt: text(t('发现地点', 'Found at'), { maxLength: 200 }),
          street: { ...street, title: '发现地所在街道（乡镇）', 'x-en': { title: 'Street or township where found' } },
          foundBy: choice(t('发现渠道', 'Found by'), [
            ['outreach', '外展巡查', 'Outreach patrol'],
            ['police', '公安机关', 'Police'],
            ['public_report', '群众报告（含96156、110转来）', 'Public report (incl. 96156 and 110)'],
            ['self', '本人求助', 'Asked for help'],
          ]),
          foundOn: date(t('发现日期', 'Date found')),
          clientName: { ...clientName, description: '不详的可不填。', 'x-en': { title: 'Name', description: 'Leave empty when unknown.' } },
          gender,
          age: { ...age(0, 120), description: '不详的填估计年龄。', 'x-en': { title: 'Age (years)', description: 'An estimate when unknown.' } },
          description: notes(t('体貌与状况', 'Appearance and condition')),
        },
        ['foundAt', 'street', 'foundBy'],
      ),
    },
    contents: [
      { id: 'outreach', title: t('外展服务', 'Street outreach'), description: t('开展专业外展，及时发现和报告，街头劝导入站（京民社工发〔2017〕23号 四(三)）。', 'Professional outreach: find, report and persuade people to accept help (No. 23, 4(3)).') },
      { id: 'emergencyAid', title: t('应急救助', 'Emergency aid'), description: t('提供食物、衣物、急救等应急性救助，缓解基本生存安全问题。', 'Food, clothing and first aid for immediate safety.') },
      { id: 'needsAssessment', title: t('需求与问题评估', 'Needs and problems assessment') },
      { id: 'familyTracing', title: t('身份查询与寻亲', 'Identity and family tracing'), description: t('通过公安信息比对、寻亲公告、联系流出地民政部门等查明身份、寻找家人。', 'Establish identity and find family through police records, notices and the civil affairs office of the home area.') },
      { id: 'psychologicalSupport', title: t('心理疏导与行为干预', 'Counselling and behavioural support'), description: t('心理疏导、教育矫治、行为干预、康复训练。', 'Counselling, education, behavioural intervention and rehabilitation.') },
      { id: 'skills', title: t('就业技能培训', 'Job skills'), description: t('为具备劳动能力者提供技能培训，帮助寻求就业途径。', 'Skills training and help finding work for those able to work.') },
      { id: 'linkingInstitutions', title: t('连结福利与保护机构', 'Linking welfare and protection institutions'), description: t('为老人、儿童、精神障碍患者等无劳动能力者连结社会福利机构、未成年人救助保护机构。', 'Link older people, children and people with mental illness to welfare institutions and minors’ protection centres.') },
      { id: 'returnAndReintegration', title: t('返乡与社会融入', 'Return home and reintegration'), description: t('帮助回归家庭和社区，重构社会支持网络。', 'Help people back to family and community and rebuild their support network.') },
    ],
    methods: [
      { id: 'outreachWork', title: t('外展工作', 'Outreach work') },
      { id: 'casework', title: t('个案工作', 'Casework') },
      { id: 'caseManagement', title: t('个案管理与转介', 'Case management and referral') },
      { id: 'volunteers', title: t('志愿者协作', 'Volunteers'), description: t('动员志愿者和社会组织参与线索报告、街头劝导和政策宣传。', 'Volunteers and social organisations report, persuade and inform.') },
    ],
    roles: [
      { id: 'outreachWorker', title: t('外展社会工作者', 'Outreach social worker'), assignTo: 'caseworker' },
      { id: 'stationOfficer', title: t('救助管理站工作人员', 'Assistance station officer'), assignTo: 'district_operator' },
      { id: 'socialWorker', title: t('驻站社会工作者', 'Station social worker'), assignTo: 'caseworker' },
    ],
    // Outreach, escort, registration and a minor's hand-over add up to the 24 hours a minor has from
    // being found; tracing and care, the decision and the way out add up to the 10 days of a stay.
    parameters: [
      { id: 'outreachHours', ...hours('外展响应时限', 'Outreach response within', 4, 1) },
      { id: 'escortHours', ...hours('护送入站时限', 'Escort to the station within', 6, 2) },
      { id: 'registrationHours', ...hours('入站登记与甄别时限', 'Registration and screening within', 2, 1) },
      { id: 'minorHandoverHours', ...hours('登记后移交未成年人时限', 'Minors handed over within, after registration', 12, 4) },
      { id: 'tracingDays', title: t('寻亲与照料阶段时限', 'Tracing and care within'), kind: 'duration', unit: 'days', default: 6, min: 3, max: 6, tighter: 'lower' },
      { id: 'stayLimitDays', title: t('在站时限', 'Stay at the station up to'), kind: 'duration', unit: 'days', default: 10, min: 5, max: 10, tighter: 'lower' },
      { id: 'followUpDays', title: t('交接后回访间隔', 'Follow-up after hand-off'), kind: 'duration', unit: 'days', default: 30, min: 14, max: 30, tighter: 'lower' },
      { id: 'followUpDoneDays', title: t('回访完成时限', 'Follow-up done within'), kind: 'duration', unit: 'working_days', default: 5, min: 2, max: 5, tighter: 'lower' },
    ],
    indicators: [
      {
        id: 'minorsHandedOverIn24h', kind: 'duration', title: t('未成年人自发现起24小时内移交率', 'Minors handed over within 24 hours of being found'),
        description: t('自发现（立案）至移交未成年人救助保护机构。', 'From being found (the case opened) to the hand-over to the minors’ protection centre.'),
        from: { element: 'Start_Found', edge: 'end' }, to: { element: 'Task_MinorHandover', edge: 'end' },
        unit: 'hours', limit: 24, target: 100, comparator: '>=',
      },
      {
        id: 'stayWithinLimit', kind: 'duration', title: t('在站不超过10天比例', 'Stays of no more than 10 days'),
        description: t(
          '自入站至离站（返乡、安置、自行离站或终止救助），不含离站后的交接确认。',
          'From admission to departure (home, placed, left on their own or assistance ended), not counting the hand-off after departure.',
        ),
        from: { element: STAY, edge: 'start' }, to: { element: STAY, edge: 'end' },
        unit: 'days', limit: { parameter: 'stayLimitDays' }, target: 90, comparator: '>=',
      },
      {
        id: 'followUpOnTime', kind: 'duration', title: t('30日回访按时完成率', 'Follow-ups at 30 days on time'),
        from: { element: 'Timer_FollowUp', edge: 'end' }, to: { element: 'Task_FollowUp', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'followUpDoneDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'identityEstablished', kind: 'field', title: t('身份查明率', 'Identities established'),
        form: 'tracing', field: '/identityConfirmed', aggregate: 'share', condition: 'value = true', target: 80, comparator: '>=',
      },
      {
        id: 'returnedHome', kind: 'field', title: t('返乡回归家庭比例', 'Returned home to family'),
        description: t('在站救助结束时，返乡回归家庭的比例（分母含安置、自行离站和终止救助）。', 'Of the stays that ended, the share that ended with a return home (placements, leaving on their own and assistance ended included).'),
        form: 'exit-decision', field: '/exitPlan', aggregate: 'share', condition: 'value = "return_home"', target: 60, comparator: '>=',
      },
      {
        id: 'leftOnOwn', kind: 'field', title: t('自行离站比例', 'Left on their own'),
        description: t('在站救助结束时，受助人员自愿放弃救助、自行离站的比例；偏高提示站内服务未能回应其需求。', 'Of the stays that ended, the share where the person chose to leave; a high share suggests the station’s help did not meet their needs.'),
        form: 'exit-decision', field: '/exitPlan', aggregate: 'share', condition: 'value = "left_on_own"', target: 15, comparator: '<=',
      },
      {
        id: 'assistanceEnded', kind: 'field', title: t('终止救助比例', 'Assistance ended by the station'),
        description: t('在站救助结束时，因擅自离站、提供虚假情况、严重违反规定或期满拒不离站而终止救助的比例。', 'Of the stays that ended, the share the station ended: left without notice, false details, serious breaches of the rules, or refusing to leave when the stay was over.'),
        form: 'exit-decision', field: '/exitPlan', aggregate: 'share', condition: 'value = "terminated"', target: 5, comparator: '<=',
      },
      {
        id: 'refusalsExplained', kind: 'field', title: t('不予救助告知理由率', 'Refusals explained'),
        form: 'refusal', field: '/reasonsGiven', aggregate: 'share', condition: 'value = true', target: 100, comparator: '>=',
      },
      {
        id: 'settledAtFollowUp', kind: 'field', title: t('回访时生活安定比例', 'Settled at follow-up'),
        form: 'follow-up', field: '/situation', aggregate: 'share', condition: 'value = "settled"', target: 80, comparator: '>=',
      },
      { id: 'conformance', kind: 'conformance', title: t('服务流程符合度', 'Conformance to the service process'), target: 90, comparator: '>=' },
    ],
  },
  process: { nodes, flows },
  forms: {
    outreach: form(
      t('外展劝导与应急救助', 'Outreach and emergency aid'),
      {
        outreachDate: date(t('外展日期', 'Date')),
        apparentCondition: choice(t('现场状况', 'Condition on the spot'), [
          ['stable', '基本正常', 'Stable'],
          ['ill', '患病', 'Ill'],
          ['injured', '受伤', 'Injured'],
          ['mental_distress', '疑似精神障碍', 'Possible mental illness'],
          ['cold_or_heat', '受冻或中暑风险', 'At risk from cold or heat'],
        ]),
        emergencyAid: choices(t('已提供的应急救助', 'Emergency aid given'), [
          ['food', '食物饮水', 'Food and water'],
          ['clothing', '衣物被褥', 'Clothing and bedding'],
          ['first_aid', '急救或送医', 'First aid or hospital'],
          ['information', '救助政策告知', 'Information on help available'],
        ]),
        appearsMinor: yes(t('疑似未成年人', 'Appears to be under 18'), {
          help: t('未成年人不论是否同意，一律护送至救助管理站，自发现起24小时内移交未成年人救助保护机构。', 'A minor is taken to the station whether they agree or not, and handed to the minors’ protection centre within 24 hours of being found.'),
        }),
        acceptsAssistance: yes(t('同意接受站内救助', 'Agrees to come to the station')),
        outreachNotes: notes(t('外展记录', 'Notes'), { help: t('成年人拒绝入站的，记录劝导情况并告知求助途径；危重病人、精神障碍患者等应报告公安机关或送医。', 'If an adult refuses help, record the attempt and how to ask for help; report the seriously ill and the mentally ill to the police or take them to hospital.') }),
      },
      ['outreachDate', 'apparentCondition', 'emergencyAid', 'appearsMinor', 'acceptsAssistance', 'outreachNotes'],
    ),
    escort: form(
      t('护送入站', 'Escort to the station'),
      {
        escortDate: date(t('护送日期', 'Date')),
        transport: choice(t('护送方式', 'How'), [
          ['station_vehicle', '救助站车辆', 'Station vehicle'],
          ['police_vehicle', '公安机关护送', 'Police'],
          ['ambulance', '救护车送医后入站', 'Ambulance, then the station'],
        ]),
        escortNotes: notes(t('护送记录', 'Notes')),
      },
      ['escortDate', 'transport', 'escortNotes'],
    ),
    registration: form(
      t('入站登记、甄别与需求评估', 'Registration, screening and needs assessment'),
      {
        clientName: { ...clientName, description: '不详的填“不详”。', 'x-en': { title: 'Name', description: 'Write “不详” (unknown) when unknown.' } },
        gender,
        age: { ...age(0, 120), description: '无法核实的填估计年龄；未满18周岁的移交未成年人救助保护机构。', 'x-en': { title: 'Age (years)', description: 'An estimate when it cannot be checked; under 18, the person is handed to the minors’ protection centre.' } },
        hometown: text(t('自述户籍地或原居住地', 'Stated home area'), { maxLength: 100 }),
        idStatus: choice(t('身份证件', 'Identity papers'), [
          ['documented', '有证件', 'Has papers'],
          ['undocumented', '无证件', 'No papers'],
          ['refused', '拒绝提供', 'Refuses to say'],
        ]),
        healthStatus: choice(t('身心状况', 'Health'), [
          ['healthy', '基本健康', 'Healthy'],
          ['ill', '患病', 'Ill'],
          ['disability', '残疾', 'Disability'],
          ['mental_illness', '精神障碍', 'Mental illness'],
        ]),
        needs: choices(t('主要需求', 'Main needs'), [
          ['shelter', '食宿', 'Food and shelter'],
          ['medical', '医疗', 'Medical care'],
          ['return_home', '返乡', 'Getting home'],
          ['work', '就业', 'Work'],
          ['counselling', '心理支持', 'Counselling'],
        ], { minItems: 1 }),
        admission: choice(t('甄别结果', 'Screening'), [
          ['admitted', '予以救助', 'Admitted'],
          ['refused', '不予救助', 'Not admitted (不予救助)'],
        ], {
          help: t(
            '自身有能力解决食宿、拒不如实提供个人情况、只索要现金而拒绝其他救助方式等不符合救助条件的，不予救助；未成年人一律予以救助。',
            'Not admitted: someone who can pay for food and lodging, refuses to give true details, or wants only cash and refuses any other help. Minors are always admitted.',
          ),
        }),
      },
      ['clientName', 'gender', 'age', 'hometown', 'idStatus', 'healthStatus', 'needs', 'admission'],
    ),
    refusal: form(
      t('告知不予救助理由', 'Reasons for not admitting'),
      {
        refusalReason: choice(t('不予救助的原因', 'Why not admitted'), [
          ['has_means', '自身有能力解决食宿', 'Can pay for their own food and lodging'],
          ['false_information', '拒不如实提供个人情况', 'Refuses to give true personal details'],
          ['cash_only', '只索要现金，拒不接受其他救助方式', 'Wants only cash and refuses any other help'],
          ['other', '其他不符合救助条件的情形', 'Otherwise not eligible'],
        ]),
        reasonsGiven: yes(t('已当面告知不予救助的理由', 'Told the reasons in person')),
        otherHelp: notes(t('告知的其他求助途径', 'Other help they were told of')),
      },
      ['refusalReason', 'reasonsGiven', 'otherHelp'],
    ),
    'minor-handover': form(
      t('移交未成年人救助保护机构', 'Hand-over of a minor'),
      {
        protectionCentre: text(t('接收的未成年人救助保护机构', 'Receiving minors’ protection centre'), { maxLength: 100 }),
        handoverDate: date(t('移交日期', 'Date handed over')),
        homeArea: choice(t('户籍地（常住地）', 'Home area'), [
          ['beijing', '本市', 'Beijing'],
          ['other_province', '外省（区、市）', 'Another province'],
          ['unknown', '尚未查明', 'Not yet known'],
        ], {
          help: t('户籍在外省的，护送返回户籍地未成年人救助保护机构；本市或尚未查明的，转入本市困境儿童关爱服务。', 'A minor from another province is taken back to the home area’s child protection; one from Beijing, or whose home is not yet known, goes on to Beijing’s children’s service.'),
        }),
        guardianNotified: yes(t('已通知监护人或其所在地民政部门', 'Guardian or their civil affairs office informed')),
        handoverNotes: notes(t('移交记录', 'Notes')),
      },
      ['protectionCentre', 'handoverDate', 'homeArea', 'guardianNotified', 'handoverNotes'],
    ),
    'minor-return': form(
      t('护送返回户籍地未成年人保护机构', 'Back to the home area’s child protection'),
      {
        receivingCentre: text(t('接收的户籍地未成年人救助保护机构', 'Receiving child protection centre of the home area'), { maxLength: 100 }),
        returnMode: choice(t('返回方式', 'How'), [
          ['escorted', '本市工作人员护送', 'Escorted by Beijing staff'],
          ['collected', '户籍地派员接回', 'Collected by staff of the home area'],
        ]),
        returnDate: date(t('交接日期', 'Date handed over')),
        receiptConfirmed: yes(t('户籍地机构已书面确认接收', 'Receipt confirmed in writing by the home area')),
        returnNotes: notes(t('交接记录', 'Notes')),
      },
      ['receivingCentre', 'returnMode', 'returnDate', 'receiptConfirmed', 'returnNotes'],
    ),
    tracing: form(
      t('身份查询与寻亲', 'Identity and family tracing'),
      {
        tracingMethods: choices(t('查询方式', 'Methods'), [
          ['police_records', '公安信息比对', 'Police records'],
          ['notice', '发布寻亲公告', 'Public notice'],
          ['home_civil_affairs', '联系流出地民政部门', 'Home area civil affairs office'],
          ['family_contact', '联系家属', 'Contacting family'],
        ], { minItems: 1 }),
        identityConfirmed: yes(t('身份已查明', 'Identity established')),
        familyFound: yes(t('已联系上家人', 'Family found')),
        tracingNotes: notes(t('寻亲记录', 'Notes')),
      },
      ['tracingMethods', 'identityConfirmed', 'familyFound', 'tracingNotes'],
    ),
    care: form(
      t('照料与个案服务', 'Care and casework'),
      {
        servicesProvided: choices(t('提供的服务', 'Services given'), [
          ['counselling', '心理疏导', 'Counselling'],
          ['medical', '医疗救治', 'Medical care'],
          ['behaviour', '行为干预', 'Behavioural support'],
          ['rehabilitation', '康复训练', 'Rehabilitation'],
          ['skills', '技能培训', 'Skills training'],
        ], { minItems: 1 }),
        careNotes: notes(t('服务记录', 'Notes')),
      },
      ['servicesProvided', 'careNotes'],
    ),
    'overstay-review': form(
      t('超期滞留审查', 'Review of an overlong stay'),
      {
        overstayReason: choice(t('超期原因', 'Why still here'), [
          ['awaiting_family', '等待家属接领', 'Waiting for family'],
          ['medical_treatment', '治疗中', 'Under treatment'],
          ['identity_unknown', '身份未查明', 'Identity unknown'],
          ['no_placement', '暂无安置去向', 'No placement yet'],
        ]),
        extensionDays: integer(t('批准延长天数', 'Extension approved (days)'), { minimum: 0, maximum: 90 }),
        reportedToDistrict: yes(t('已报区民政局备案', 'Reported to the district civil affairs bureau')),
        reviewNotes: notes(t('审查意见', 'Decision')),
      },
      ['overstayReason', 'extensionDays', 'reportedToDistrict', 'reviewNotes'],
    ),
    'exit-decision': form(
      t('确定离站去向', 'How the stay ends'),
      {
        exitPlan: choice(t('离站去向', 'How the stay ends'), [
          ['return_home', '返乡回归家庭', 'Return home'],
          ['placement', '安置到福利、医疗或精神卫生机构', 'Placement in a welfare, medical or mental health institution'],
          ['left_on_own', '本人要求自行离站', 'Leaves on their own wish (自行离站)'],
          ['terminated', '终止救助', 'The station ends assistance (终止救助)'],
        ], {
          help: t(
            '受助人员自愿放弃救助、要求离站的，选“自行离站”，不得限制（未成年人和无民事行为能力人除外）；擅自离站、故意提供虚假个人情况、严重违反管理规定或救助期满无正当理由拒不离站的，选“终止救助”。',
            'Choose "leaves on their own" when the person gives up help and asks to leave; they may not be held (minors and people lacking capacity aside). Choose "the station ends assistance" when they left without notice, gave false details on purpose, seriously broke the station’s rules, or refuse to leave without good reason when the stay is over.',
          ),
        }),
        decisionNotes: notes(t('决定理由', 'Why')),
      },
      ['exitPlan', 'decisionNotes'],
    ),
    'return-home': form(
      t('返乡离站', 'Leave for home'),
      {
        returnMode: choice(t('返乡方式', 'How'), [
          ['ticket', '购票自行返乡', 'Ticket provided, travels alone'],
          ['escorted', '护送返乡', 'Escorted home'],
          ['family_pickup', '家属接回', 'Collected by family'],
        ]),
        destination: text(t('返回地', 'Destination'), { maxLength: 100 }),
        departureDate: date(t('离站日期', 'Date left')),
      },
      ['returnMode', 'destination', 'departureDate'],
    ),
    placement: form(
      t('安置到机构', 'Placement'),
      {
        institutionType: choice(t('机构类别', 'Kind of institution'), [
          ['welfare', '社会福利机构', 'Welfare institution'],
          ['medical', '医疗机构', 'Hospital'],
          ['mental_health', '精神卫生机构', 'Mental health institution'],
        ]),
        institutionName: text(t('安置机构', 'Institution'), { maxLength: 100 }),
        placementDate: date(t('安置（离站）日期', 'Date placed (left the station)')),
        placementNotes: notes(t('安置说明', 'Notes')),
      },
      ['institutionType', 'institutionName', 'placementDate', 'placementNotes'],
    ),
    'self-departure': form(
      t('办理自行离站手续', 'Leaving on their own'),
      {
        departureDate: date(t('离站日期', 'Date left')),
        departureReason: choice(t('离站原因', 'Why they leave'), [
          ['own_way_home', '自行返乡或投亲靠友', 'Going home or to relatives or friends by themselves'],
          ['found_work', '已找到工作或住处', 'Found work or lodging'],
          ['unwilling', '不愿接受救助安排', 'Unwilling to accept what the station arranges'],
          ['other', '其他', 'Other'],
        ]),
        givenOnLeaving: choices(t('离站时提供', 'Given on leaving'), [
          ['food', '食品饮水', 'Food and water'],
          ['clothing', '衣物', 'Clothing'],
          ['ticket', '乘车凭证', 'Travel ticket'],
        ]),
        toldHowToReturn: yes(t('已告知再次求助途径', 'Told how to ask for help again')),
        departureNotes: notes(t('离站记录', 'Notes'), { help: t('记录本人离站意愿的表述，并由本人签字确认。', 'Record the person’s own words on leaving, signed by them.') }),
      },
      ['departureDate', 'departureReason', 'givenOnLeaving', 'toldHowToReturn', 'departureNotes'],
    ),
    termination: form(
      t('终止救助', 'Ending assistance'),
      {
        terminationReason: choice(t('终止原因', 'Why assistance ends'), [
          ['left_without_notice', '擅自离站（不辞而别）', 'Left without notice'],
          ['false_information', '故意提供虚假个人情况', 'Gave false personal details on purpose'],
          ['serious_breach', '严重违反救助管理机构管理规定', 'Seriously broke the station’s rules'],
          ['refuses_to_leave', '救助期满无正当理由拒不离站', 'Refuses to leave without good reason when the stay is over'],
        ]),
        terminationDate: date(t('终止日期', 'Date ended')),
        reasonsGiven: yes(t('已告知终止救助的理由', 'Told the reasons'), { help: t('不辞而别的，无法告知时填“否”。', 'Answer no when they left without notice and could not be told.') }),
        terminationNotes: notes(t('终止记录', 'Notes')),
      },
      ['terminationReason', 'terminationDate', 'reasonsGiven', 'terminationNotes'],
    ),
    handoff: form(
      t('交接确认', 'Hand-off confirmed'),
      {
        handedTo: choice(t('交接对象', 'Handed to'), [
          ['family', '家属', 'Family'],
          ['home_civil_affairs', '流出地民政部门或救助站', 'Home area civil affairs office or station'],
          ['institution', '安置机构', 'Institution'],
        ]),
        handoffDate: date(t('交接日期', 'Date')),
        handoffConfirmed: yes(t('对方已书面确认接收', 'Receipt confirmed in writing')),
        handoffNotes: notes(t('交接记录', 'Notes')),
      },
      ['handedTo', 'handoffDate', 'handoffConfirmed', 'handoffNotes'],
    ),
    'follow-up': form(
      t('30日回访', 'Follow-up at 30 days'),
      {
        followUpDate: date(t('回访日期', 'Date')),
        contactMode: choice(t('回访方式', 'How'), [
          ['phone', '电话', 'Phone'],
          ['home_civil_affairs', '经流出地民政部门', 'Through the home area civil affairs office'],
          ['visit', '实地走访', 'Visit'],
        ]),
        situation: choice(t('回访情况', 'Situation'), [
          ['settled', '生活安定', 'Settled'],
          ['struggling', '生活困难，已转当地帮扶', 'Struggling, referred for local help'],
          ['homeless_again', '再次流浪', 'Homeless again'],
          ['unreachable', '无法联系', 'Unreachable'],
        ]),
        followUpNotes: notes(t('回访记录', 'Notes')),
      },
      ['followUpDate', 'contactMode', 'situation', 'followUpNotes'],
    ),
  },
  samples: {
    'adult-found-by-patrol': {
      foundAt: '西客站北广场', street: '广安门外街道', foundBy: 'outreach', foundOn: '2026-01-12', gender: 'male', age: 45,
      description: '衣着单薄，自述来京务工未果，身无分文。',
    },
    'older-man-reported-by-public': {
      foundAt: '天桥地区地下通道', street: '天桥街道', foundBy: 'public_report', foundOn: '2026-01-20', gender: 'male', age: 71,
      description: '行动迟缓，言语不清，说不出住址。',
    },
    'adult-found-by-police': {
      foundAt: '朝阳门外大街人行天桥下', street: '朝外街道', foundBy: 'police', foundOn: '2026-02-03', gender: 'male', age: 32,
      description: '露宿桥下，自述务工被欠薪。',
    },
    'adult-reported-by-public': {
      foundAt: '西直门外大街地铁站口', street: '展览路街道', foundBy: 'public_report', foundOn: '2026-02-15', gender: 'male', age: 52,
      description: '在地铁站口乞讨，饮酒后情绪激动。',
    },
    'adult-asks-for-help': {
      foundAt: '北京站东街', street: '建国门街道', foundBy: 'self', foundOn: '2026-03-10', gender: 'male', age: 38,
      description: '向外展社工求助，要求给钱买返乡车票。',
    },
    'minor-reported-by-public': {
      foundAt: '南锣鼓巷南口', street: '交道口街道', foundBy: 'public_report', foundOn: '2026-02-20', gender: 'male', age: 14,
      description: '独自乞讨，不愿说出家庭住址。',
    },
    'minor-found-by-police': {
      foundAt: '西单北大街', street: '西长安街街道', foundBy: 'police', foundOn: '2026-03-06', gender: 'female', age: 13,
      description: '夜间独自在商场外徘徊，自述离家出走。',
    },
  },
  walkthroughs: {
    main: {
      title: t('成年人：入站、寻亲、超期审查、返乡、交接与30日回访', 'An adult: admitted, family traced, overstay reviewed, gone home, handed off and followed up'),
      sample: 'adult-found-by-patrol',
      answers: {
        outreach: [{ outreachDate: '2026-01-12', apparentCondition: 'cold_or_heat', emergencyAid: ['food', 'clothing'], appearsMinor: false, acceptsAssistance: true, outreachNotes: '劝导后同意入站。' }],
        escort: [{ escortDate: '2026-01-12', transport: 'station_vehicle', escortNotes: '当晚入站。' }],
        registration: [{ clientName: '马某军', gender: 'male', age: 45, hometown: '河北省保定市', idStatus: 'undocumented', healthStatus: 'healthy', needs: ['shelter', 'return_home'], admission: 'admitted' }],
        tracing: [{ tracingMethods: ['police_records', 'home_civil_affairs'], identityConfirmed: true, familyFound: true, tracingNotes: '经保定市民政局联系到其兄。' }],
        care: [{ servicesProvided: ['counselling'], careNotes: '情绪稳定，愿意返乡。' }],
        'overstay-review': [{ overstayReason: 'awaiting_family', extensionDays: 3, reportedToDistrict: true, reviewNotes: '家属三日内来京接领。' }],
        'exit-decision': [{ exitPlan: 'return_home', decisionNotes: '家属愿意接回。' }],
        'return-home': [{ returnMode: 'family_pickup', destination: '河北省保定市', departureDate: '2026-01-24' }],
        handoff: [{ handedTo: 'family', handoffDate: '2026-01-24', handoffConfirmed: true, handoffNotes: '其兄签字接领。' }],
        'follow-up': [{ followUpDate: '2026-02-24', contactMode: 'home_civil_affairs', situation: 'settled', followUpNotes: '已在当地务工。' }],
      },
      fireEarly: ['Boundary_StayLimit'],
      ends: ['End_OverstayReviewed', 'End_Completed'],
    },
    placement: {
      title: t('身份不明的老人：寻亲未果，安置到福利机构、交接与回访', 'An older man whose identity is unknown: placed in a welfare institution, handed off and followed up'),
      sample: 'older-man-reported-by-public',
      answers: {
        outreach: [{ outreachDate: '2026-01-20', apparentCondition: 'cold_or_heat', emergencyAid: ['food', 'clothing'], appearsMinor: false, acceptsAssistance: true, outreachNotes: '经劝导同意入站。' }],
        escort: [{ escortDate: '2026-01-20', transport: 'station_vehicle', escortNotes: '搀扶上车，当日入站。' }],
        registration: [{ clientName: '不详', gender: 'male', age: 71, hometown: '不详', idStatus: 'undocumented', healthStatus: 'ill', needs: ['shelter', 'medical'], admission: 'admitted' }],
        tracing: [{ tracingMethods: ['police_records', 'notice'], identityConfirmed: false, familyFound: false, tracingNotes: '公安信息比对未果，已发布寻亲公告。' }],
        care: [{ servicesProvided: ['medical', 'counselling'], careNotes: '经医院诊断为阿尔茨海默病，需长期照料。' }],
        'exit-decision': [{ exitPlan: 'placement', decisionNotes: '身份未查明，无法返乡，需长期照料。' }],
        placement: [{ institutionType: 'welfare', institutionName: '区社会福利院', placementDate: '2026-01-26', placementNotes: '转入托养，寻亲公告继续发布。' }],
        handoff: [{ handedTo: 'institution', handoffDate: '2026-01-27', handoffConfirmed: true, handoffNotes: '福利院签收。' }],
        'follow-up': [{ followUpDate: '2026-02-27', contactMode: 'visit', situation: 'settled', followUpNotes: '适应良好。' }],
      },
      ends: ['End_Completed'],
    },
    'left-on-own': {
      title: t('自行离站：本人找到工作，要求离站', 'Leaves on their own: found work and asked to leave'),
      sample: 'adult-found-by-police',
      answers: {
        outreach: [{ outreachDate: '2026-02-03', apparentCondition: 'cold_or_heat', emergencyAid: ['food', 'clothing'], appearsMinor: false, acceptsAssistance: true, outreachNotes: '民警陪同劝导后同意入站。' }],
        escort: [{ escortDate: '2026-02-03', transport: 'police_vehicle', escortNotes: '民警护送入站。' }],
        registration: [{ clientName: '李某强', gender: 'male', age: 32, hometown: '安徽省阜阳市', idStatus: 'documented', healthStatus: 'healthy', needs: ['shelter', 'work'], admission: 'admitted' }],
        tracing: [{ tracingMethods: ['police_records'], identityConfirmed: true, familyFound: false, tracingNotes: '身份已核实；本人不愿联系家人。' }],
        care: [{ servicesProvided: ['counselling', 'skills'], careNotes: '协助向劳动监察部门反映欠薪，提供用工信息。' }],
        'exit-decision': [{ exitPlan: 'left_on_own', decisionNotes: '本人联系上同乡，找到工地工作，要求离站。' }],
        'self-departure': [{ departureDate: '2026-02-06', departureReason: 'found_work', givenOnLeaving: ['food'], toldHowToReturn: true, departureNotes: '本人签字确认自愿离站。' }],
      },
      ends: ['End_NoHandoff'],
    },
    terminated: {
      title: t('终止救助：入站后不辞而别', 'Assistance ended: left the station without notice'),
      sample: 'adult-reported-by-public',
      answers: {
        outreach: [{ outreachDate: '2026-02-15', apparentCondition: 'stable', emergencyAid: ['food'], appearsMinor: false, acceptsAssistance: true, outreachNotes: '劝导后同意入站。' }],
        escort: [{ escortDate: '2026-02-15', transport: 'station_vehicle', escortNotes: '当日入站。' }],
        registration: [{ clientName: '赵某', gender: 'male', age: 52, hometown: '辽宁省铁岭市', idStatus: 'undocumented', healthStatus: 'healthy', needs: ['shelter', 'return_home'], admission: 'admitted' }],
        tracing: [{ tracingMethods: ['police_records', 'home_civil_affairs'], identityConfirmed: false, familyFound: false, tracingNotes: '公安信息比对未果，已函询铁岭市民政局。' }],
        care: [{ servicesProvided: ['counselling'], careNotes: '情绪不稳，饮酒后与他人争执，经劝阻后平复。' }],
        'exit-decision': [{ exitPlan: 'terminated', decisionNotes: '入站第三天夜间不辞而别，视同放弃救助。' }],
        termination: [{ terminationReason: 'left_without_notice', terminationDate: '2026-02-18', reasonsGiven: false, terminationNotes: '不辞而别，无法告知；已登记离站并告知辖区派出所。' }],
      },
      ends: ['End_NoHandoff'],
    },
    refused: {
      title: t('不予救助：自身有能力解决食宿，告知理由和其他求助途径', 'Not admitted: able to pay for food and lodging, told why and where else to ask'),
      sample: 'adult-asks-for-help',
      answers: {
        outreach: [{ outreachDate: '2026-03-10', apparentCondition: 'stable', emergencyAid: ['information'], appearsMinor: false, acceptsAssistance: true, outreachNotes: '本人要求给钱买票，同意到站甄别。' }],
        escort: [{ escortDate: '2026-03-10', transport: 'station_vehicle', escortNotes: '护送至救助管理站。' }],
        registration: [{ clientName: '王某', gender: 'male', age: 38, hometown: '河北省沧州市', idStatus: 'documented', healthStatus: 'healthy', needs: ['return_home'], admission: 'refused' }],
        refusal: [{ refusalReason: 'has_means', reasonsGiven: true, otherHelp: '本人在京有工作和住处；告知确有急难可申请临时救助，或拨打96156求助。' }],
      },
      ends: ['End_Refused'],
    },
    minor: {
      title: t('本市未成年人：不愿入站仍护送，24小时内移交并转入儿童关爱服务', 'A minor from Beijing: taken to the station though unwilling, handed over within 24 hours and on to the children’s service'),
      sample: 'minor-found-by-police',
      answers: {
        outreach: [{ outreachDate: '2026-03-06', apparentCondition: 'stable', emergencyAid: ['food', 'clothing'], appearsMinor: true, acceptsAssistance: false, outreachNotes: '本人不愿去救助站；未成年人一律护送。' }],
        escort: [{ escortDate: '2026-03-06', transport: 'police_vehicle', escortNotes: '民警陪同护送入站。' }],
        registration: [{ clientName: '小雨', gender: 'female', age: 13, hometown: '北京市密云区', idStatus: 'undocumented', healthStatus: 'healthy', needs: ['shelter', 'counselling'], admission: 'admitted' }],
        'minor-handover': [{ protectionCentre: '北京市未成年人救助保护中心', handoverDate: '2026-03-06', homeArea: 'beijing', guardianNotified: true, handoverNotes: '父母在外地务工；已通知其祖母和密云区民政局。' }],
      },
      referrals: { 'BJ-SW-CHILD': 'referred-minor' },
      ends: ['End_MinorHandedOver'],
    },
    'minor-other-province': {
      title: t('外省未成年人：24小时内移交，护送返回户籍地未成年人救助保护机构', 'A minor from another province: handed over within 24 hours, then taken back to the home area’s child protection'),
      sample: 'minor-reported-by-public',
      answers: {
        outreach: [{ outreachDate: '2026-02-20', apparentCondition: 'stable', emergencyAid: ['food'], appearsMinor: true, acceptsAssistance: true, outreachNotes: '与派出所民警一同劝导。' }],
        escort: [{ escortDate: '2026-02-20', transport: 'police_vehicle', escortNotes: '民警护送入站。' }],
        registration: [{ clientName: '小林', gender: 'male', age: 14, hometown: '河南省周口市', idStatus: 'undocumented', healthStatus: 'healthy', needs: ['shelter', 'return_home'], admission: 'admitted' }],
        'minor-handover': [{ protectionCentre: '北京市未成年人救助保护中心', handoverDate: '2026-02-21', homeArea: 'other_province', guardianNotified: true, handoverNotes: '已联系周口市民政局核查监护情况。' }],
        'minor-return': [{ receivingCentre: '周口市未成年人救助保护中心', returnMode: 'escorted', returnDate: '2026-03-03', receiptConfirmed: true, returnNotes: '护送返回周口，当地儿童督导员跟进监护落实。' }],
      },
      ends: ['End_MinorReturnedHome'],
    },
    declined: {
      title: t('成年人拒绝入站：街面帮扶', 'An adult declines: helped on the street'),
      sample: 'adult-found-by-patrol',
      answers: {
        outreach: [{ outreachDate: '2026-01-13', apparentCondition: 'stable', emergencyAid: ['food', 'information'], appearsMinor: false, acceptsAssistance: false, outreachNotes: '拒绝入站，已告知救助热线。' }],
      },
      ends: ['End_Declined'],
    },
  },
};
