/**
 * 失独失能家庭支援计划 — support for families who lost their only child or have a member who can no
 * longer care for themselves (京民社工发〔2017〕23号 五(一) "失独失能家庭支援计划"; 四(一) for the
 * benefits of 计划生育特殊家庭, 四(二) for 精神慰藉, 照顾安排 and 临终关怀).
 */
import { age, ASSISTANCE_TYPES, clientName, community, gender, street } from './client-fields';
import type { ExampleStandardSource } from './example-source';
import { planApprovalForm, PROFESSIONAL_SUPERVISOR } from './professional-supervision';
import type { FlowSpec, NodeSpec } from './process-model';
import { choice, choices, date, eligibility, form, group, integer, list, notes, rating, t, text, when, yes, type Option } from './schema-fields';

const CODE = 'BJ-SW-BEREAVED-DISABLED';

const CATEGORIES: readonly Option[] = [
  ['bereaved', '失独家庭（独生子女死亡）', 'Bereaved of their only child'],
  ['disabled_member', '家有失能成员', 'A member who cannot care for themselves'],
];

const TIERS: readonly Option[] = [
  ['high', '高风险', 'High risk'],
  ['key', '重点关注', 'Key family'],
  ['general', '一般关注', 'General'],
];
const tierHelp = t(
  '高风险：丧子（女）不满一年或近期再遭变故，有自伤自杀念头，失能成员无人照料；重点关注：哀伤未平复、独居高龄或失能成员照料吃力；一般关注：其他。',
  'High risk: the child died less than a year ago or a new blow came, thoughts of self-harm or suicide, a disabled member with no carer. Key family: grief not settled, living alone at a great age, or care for the disabled member a strain. General: everyone else.',
);

const WELLBEING: readonly Option[] = [
  ['good', '良好', 'Good'],
  ['stable', '稳定', 'Stable'],
  ['declining', '下降', 'Declining'],
  ['crisis', '危机', 'Crisis'],
];

/** Policies a family may be entitled to (《社会救助暂行办法》, 计划生育特别扶助, 北京市养老和残疾人补贴). */
const BENEFITS: readonly Option[] = [
  ['special_assistance', '计划生育特别扶助金', 'Special assistance for family-planning families'],
  ['elderly_care_subsidies', '困难老年人养老服务补贴、失能老年人护理补贴', 'Care allowances for older people in hardship or disabled'],
  ['disability_subsidies', '残疾人生活补贴和护理补贴', 'Living and care allowances for disabled people'],
  ['dibao', '最低生活保障', 'Minimum living guarantee'],
  ['medical_assistance', '医疗救助', 'Medical assistance'],
  ['priority_care_home', '公办养老机构优先入住', 'Priority admission to a public care home'],
  ['temporary_assistance', '临时救助', 'Temporary assistance'],
];

const VISIT_SERVICES: readonly Option[] = [
  ['emotional_comfort', '精神慰藉', 'Emotional comfort'],
  ['grief_counselling', '哀伤辅导', 'Grief counselling'],
  ['care_check', '照护情况查看', 'Checking the care'],
  ['health_escort', '陪同就医', 'Escort to medical care'],
  ['festival_visit', '节日探访', 'A festival visit'],
  ['policy_follow_up', '政策落实跟进', 'Following up entitlements'],
];

/**
 * Each tier has its own visit loop, as in BJ-SW-ELDER: the next visit is a task due within the tier's
 * interval of the last one (or of entering the tier), and the loop goes round until a visit asks for a
 * review — the half-yearly one, or one for a change in the family. The loop is left at the merge after
 * the visits, where the tier's count stops; the review sets the tier the visits go on at.
 */
interface TierLoop {
  tier: string;
  row: number;
  key: string;
  name: [zh: string, en: string];
  visit: [zh: string, en: string];
  parameter: string;
  indicator: string;
  rhythm: [zh: string, en: string];
}

const TIER_LOOPS: readonly TierLoop[] = [
  {
    tier: 'high', row: 0, key: 'High', name: ['高风险', 'high risk'], visit: ['每周探访（高风险）', 'Weekly visit (high risk)'],
    parameter: 'highVisitDays', indicator: 'highRiskVisitedWeekly', rhythm: ['高风险家庭每周探访', 'High risk: a visit every week'],
  },
  {
    tier: 'key', row: 1, key: 'Key', name: ['重点关注', 'key family'], visit: ['每月探访（重点关注）', 'Monthly visit (key family)'],
    parameter: 'keyVisitDays', indicator: 'keyVisitedMonthly', rhythm: ['重点关注家庭每月探访', 'Key families: a visit every month'],
  },
  {
    tier: 'general', row: 2, key: 'General', name: ['一般关注', 'general'], visit: ['每季度探访（一般关注）', 'Quarterly visit (general)'],
    parameter: 'generalVisitDays', indicator: 'generalVisitedQuarterly', rhythm: ['一般关注家庭每季度探访', 'General: a visit every quarter'],
  },
];

const tierNodes = ({ row, key, name: [zh, en], visit, parameter }: TierLoop): NodeSpec[] => [
  { type: 'exclusiveGateway', id: `Gw_${key}Cycle`, name: t(`${zh}探访周期`, `Visits while ${en}`), at: [13, row] },
  {
    type: 'userTask', id: `Task_Visit${key}`, name: t(...visit), at: [14, row],
    role: 'socialWorker', form: 'visit', slaParameter: parameter, contents: ['regularVisits', 'emotionalComfort'],
  },
  { type: 'exclusiveGateway', id: `Gw_${key}Stay`, name: t('是否复评？', 'Review?'), at: [15, row] },
];

const tierFlows = ({ tier, row, key, name: [zh, en] }: TierLoop): FlowSpec[] => [
  { from: 'Gw_Tier', to: `Gw_${key}Cycle`, name: t(zh, en.charAt(0).toUpperCase() + en.slice(1)), ...(tier === 'general' ? { isDefault: true } : { condition: `tier = "${tier}"` }) },
  { from: `Gw_${key}Cycle`, to: `Task_Visit${key}` },
  { from: `Task_Visit${key}`, to: `Gw_${key}Stay` },
  { from: `Gw_${key}Stay`, to: `Gw_${key}Cycle`, name: t('继续探访', 'Keep visiting'), condition: 'reviewNeeded != true', via: [[15, row - 0.4], [13, row - 0.4]] },
  { from: `Gw_${key}Stay`, to: 'Gw_AfterVisits', name: t('提请复评', 'Review asked for'), isDefault: true, ...(row === 1 ? {} : { via: [[16, row]] }) },
];

const nodes: NodeSpec[] = [
  { type: 'startEvent', id: 'Start_Identified', name: t('名单识别或报告', 'Identified from the register or a report'), at: [0, 0] },
  {
    type: 'userTask', id: 'Task_FirstVisit', name: t('首次入户与知情同意', 'First home visit and consent'), at: [1, 0],
    role: 'socialWorker', form: 'first-visit', slaParameter: 'firstVisitDays', contents: ['emotionalComfort'],
  },
  { type: 'exclusiveGateway', id: 'Gw_Consent', name: t('是否同意接受服务？', 'Consent given?'), at: [2, 0] },
  { type: 'endEvent', id: 'End_Declined', name: t('家庭暂不接受服务', 'The family declines for now'), at: [2, 1] },
  {
    type: 'userTask', id: 'Task_Assessment', name: t('家庭综合评估', 'Family assessment'), at: [3, 0],
    role: 'socialWorker', form: 'family-assessment', slaParameter: 'assessmentDays', contents: ['familyAssessment'],
  },
  { type: 'exclusiveGateway', id: 'Gw_PlanMerge', name: t('制定或修改计划', 'Plan or revise'), at: [4, 0] },
  {
    type: 'userTask', id: 'Task_Plan', name: t('制定支援计划', 'Draw up the support plan'), at: [5, 0],
    role: 'socialWorker', form: 'support-plan', slaParameter: 'planDays', contents: ['familyAssessment'],
  },
  {
    type: 'userTask', id: 'Task_PlanApproval', name: t('机构督导审核支援计划', 'Professional supervisor reviews the plan'), at: [6, 0],
    role: 'professionalSupervisor', form: 'plan-approval', slaParameter: 'approvalDays',
  },
  { type: 'exclusiveGateway', id: 'Gw_Approved', name: t('计划是否通过？', 'Plan approved?'), at: [7, 0] },
  { type: 'parallelGateway', id: 'Gw_SupportSplit', name: t('首轮支援', 'First round of support'), at: [8, 0] },
  {
    type: 'userTask', id: 'Task_Companionship', name: t('陪伴、精神慰藉与哀伤辅导', 'Companionship, comfort and grief counselling'), at: [9, 0],
    role: 'socialWorker', form: 'companionship', slaParameter: 'supportDays', contents: ['companionship', 'emotionalComfort', 'griefCounselling', 'peerSupport'],
  },
  {
    type: 'userTask', id: 'Task_CareArrangement', name: t('照护安排', 'Care arrangements'), at: [9, 1],
    role: 'socialWorker', form: 'care-arrangement', slaParameter: 'supportDays', contents: ['careArrangement'],
  },
  {
    type: 'userTask', id: 'Task_Benefits', name: t('政策申请与落实', 'Applying for entitlements'), at: [9, 2],
    role: 'streetOfficer', form: 'benefits', slaParameter: 'supportDays', contents: ['benefitsApplication'],
  },
  { type: 'parallelGateway', id: 'Gw_SupportJoin', name: t('首轮支援完成', 'First round done'), at: [10, 0] },
  { type: 'exclusiveGateway', id: 'Gw_VisitLoop', name: t('进入探访周期', 'Visit cycle'), at: [11, 0] },
  { type: 'exclusiveGateway', id: 'Gw_Tier', name: t('按风险等级探访', 'Visit by risk tier'), at: [12, 0] },
  ...TIER_LOOPS.flatMap(tierNodes),
  { type: 'exclusiveGateway', id: 'Gw_AfterVisits', name: t('探访周期结束', 'Visits paused'), at: [16, 1] },
  {
    type: 'userTask', id: 'Task_Review', name: t('阶段复评', 'Review of the support'), at: [17, 1],
    role: 'socialWorker', form: 'review', slaParameter: 'reviewDays', contents: ['familyAssessment'],
  },
  { type: 'exclusiveGateway', id: 'Gw_ReviewOutcome', name: t('复评结论', 'After the review'), at: [18, 1] },
  {
    type: 'userTask', id: 'Task_EndOfLife', name: t('临终关怀与哀伤支持', 'End-of-life care and bereavement support'), at: [19, 2],
    role: 'socialWorker', form: 'end-of-life', slaParameter: 'endOfLifeDays', contents: ['endOfLifeCare', 'griefCounselling'],
  },
  { type: 'exclusiveGateway', id: 'Gw_AfterEndOfLife', name: t('家庭是否继续服务？', 'Go on supporting the family?'), at: [20, 2] },
  // Both ways back to the visits meet here: a review that goes on, and the family left after a death.
  { type: 'exclusiveGateway', id: 'Gw_BackToVisits', name: t('回到探访周期', 'Back to the visits'), at: [18, 3] },
  { type: 'exclusiveGateway', id: 'Gw_ToClose', name: t('结案', 'To closing'), at: [21, 1] },
  {
    type: 'userTask', id: 'Task_Closing', name: t('结案评估', 'Closing assessment'), at: [22, 1],
    role: 'socialWorker', form: 'closing', slaParameter: 'closingDays',
  },
  { type: 'endEvent', id: 'End_Closed', name: t('结案', 'Closed'), at: [23, 1] },
];

const flows: FlowSpec[] = [
  { from: 'Start_Identified', to: 'Task_FirstVisit' },
  { from: 'Task_FirstVisit', to: 'Gw_Consent' },
  { from: 'Gw_Consent', to: 'Task_Assessment', name: t('同意', 'Consented'), condition: 'consent = true' },
  { from: 'Gw_Consent', to: 'End_Declined', name: t('不同意', 'Declined'), isDefault: true },
  { from: 'Task_Assessment', to: 'Gw_PlanMerge' },
  { from: 'Gw_PlanMerge', to: 'Task_Plan' },
  { from: 'Task_Plan', to: 'Task_PlanApproval' },
  { from: 'Task_PlanApproval', to: 'Gw_Approved' },
  { from: 'Gw_Approved', to: 'Gw_SupportSplit', name: t('通过', 'Approved'), condition: 'planApproved = true' },
  { from: 'Gw_Approved', to: 'Gw_PlanMerge', name: t('退回修改', 'Sent back'), isDefault: true },
  { from: 'Gw_SupportSplit', to: 'Task_Companionship' },
  { from: 'Gw_SupportSplit', to: 'Task_CareArrangement' },
  { from: 'Gw_SupportSplit', to: 'Task_Benefits' },
  { from: 'Task_Companionship', to: 'Gw_SupportJoin' },
  { from: 'Task_CareArrangement', to: 'Gw_SupportJoin' },
  { from: 'Task_Benefits', to: 'Gw_SupportJoin' },
  { from: 'Gw_SupportJoin', to: 'Gw_VisitLoop' },
  { from: 'Gw_VisitLoop', to: 'Gw_Tier' },
  ...TIER_LOOPS.flatMap(tierFlows),
  { from: 'Gw_AfterVisits', to: 'Task_Review' },
  { from: 'Task_Review', to: 'Gw_ReviewOutcome' },
  { from: 'Gw_ReviewOutcome', to: 'Gw_BackToVisits', name: t('继续支援，按复评等级探访', 'Go on, at the tier reviewed'), isDefault: true },
  { from: 'Gw_ReviewOutcome', to: 'Task_EndOfLife', name: t('临终关怀', 'End-of-life care'), condition: 'reviewOutcome = "end_of_life"' },
  { from: 'Gw_ReviewOutcome', to: 'Gw_ToClose', name: t('结案', 'Close'), condition: 'reviewOutcome = "close"' },
  { from: 'Task_EndOfLife', to: 'Gw_AfterEndOfLife' },
  { from: 'Gw_AfterEndOfLife', to: 'Gw_BackToVisits', name: t('继续支援在世家人', 'Go on with the family'), condition: 'afterwards = "continue_visits"', via: [[20, 3]] },
  { from: 'Gw_BackToVisits', to: 'Gw_VisitLoop', via: [[18, 3.5], [11, 3.5]] },
  { from: 'Gw_AfterEndOfLife', to: 'Gw_ToClose', name: t('结案', 'Close'), isDefault: true },
  { from: 'Gw_ToClose', to: 'Task_Closing' },
  { from: 'Task_Closing', to: 'End_Closed' },
];

const wd = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'working_days', default: def, min, max: def, tighter: 'lower' }) as const;
const days = (zh: string, en: string, def: number, min: number) =>
  ({ title: t(zh, en), kind: 'duration', unit: 'days', default: def, min, max: def, tighter: 'lower' }) as const;

const visitAnswer = (visitDate: string, reviewNeeded = false) => ({
  visitDate, visitMode: 'home', wellbeing: 'stable', servicesDelivered: ['emotional_comfort'], reviewNeeded, visitNotes: '情绪平稳，按时服药。',
});

export const supportBereavedDisabled: ExampleStandardSource = {
  folder: 'support-bereaved-disabled',
  document: {
    code: CODE,
    title: t('失独失能家庭支援计划', 'Support plan for bereaved and disabled families'),
    summary: t(
      '依据京民社工发〔2017〕23号第五部分第（一）项“失独失能家庭支援计划”，以及第四部分第（一）项、第（二）项：对计划生育特殊家庭（失独家庭）名单、残联和民政失能人员名单识别或社区、医院报告的家庭，自识别之日起5个工作日内首次入户并征得同意，评估照护需求、哀伤状况、身心健康和应享政策，评定风险等级，制定经机构督导审核的支援计划；同时开展陪伴与精神慰藉、哀伤辅导，安排照护，协助申请计划生育特别扶助金、护理补贴等政策；此后按风险等级定期探访（高风险每周，重点关注每月，一般关注每季度，各等级分别考核），每半年或情况变化时阶段复评，决定按重新评定的等级继续支援、提供临终关怀或结案。',
      'Following section 5(1) of Jingminshegong [2017] No. 23, its "support plan for bereaved and disabled families", and sections 4(1) and 4(2): families on the register of family-planning special families (bereaved of their only child) or on the lists of disabled people, or reported by the community or a hospital, get a first home visit and are asked for consent within 5 working days of being identified; an assessment of care needs, grief, health and entitlements sets a risk tier, and the support plan is approved by the professional supervisor; then, side by side, companionship, emotional comfort and grief counselling, care arrangements, and help applying for special assistance, care allowances and other entitlements; after that, visits by risk tier (weekly for high risk, monthly for key families, quarterly otherwise, each tier measured on its own), and a review every half year or when things change, which goes on with the support at the tier it sets, turns to end-of-life care, or closes the case.',
    ),
    population: {
      description: t(
        '本市计划生育特殊家庭中独生子女死亡、女方年满49周岁的失独家庭，以及有生活不能自理（失能）成员、需要照护支持的家庭；由卫生健康（计生）部门特殊家庭名单、残联和民政失能人员名单识别，或由社区（村）、医院、96156热线报告。',
        'Families in Beijing whose only child has died, the mother aged 49 or over (family-planning special families), and families with a member who cannot care for themselves and who need support with care; identified from the health commission’s register of special families or the lists of disabled people, or reported by the community, a hospital or the 96156 line.',
      ),
      eligibility: eligibility(
        t('家庭信息', 'Family'),
        {
          clientName: { ...clientName, title: '主要联系人姓名', 'x-en': { title: 'Name of the main contact' } },
          gender,
          age: age(18, 120),
          street,
          community,
          categories: choices(t('家庭类别', 'The family is'), CATEGORIES, { minItems: 1 }),
          bereavementYear: integer(t('独生子女死亡年份', 'Year the only child died'), { minimum: 1980, maximum: 2100 }),
          motherAge: integer(t('女方年龄（周岁）', 'Age of the mother (years)'), {
            maximum: 120,
            help: t('失独家庭的女方年满49周岁。', 'For a bereaved family, the mother is 49 or over.'),
          }),
          disabledMember: choice(t('失能成员', 'Who cannot care for themselves'), [
            ['self', '本人', 'The contact'],
            ['spouse', '配偶', 'The spouse'],
            ['parent', '父母', 'A parent'],
            ['child', '子女', 'A child'],
          ]),
          disabilityLevel: choice(t('失能程度', 'Level of dependence'), [
            ['partial', '部分失能', 'Partly dependent'],
            ['full', '完全失能', 'Fully dependent'],
          ]),
          assistanceType: { ...choice(t('家庭享受的社会救助', 'Social assistance of the household'), ASSISTANCE_TYPES), description: '未享受社会救助的不填。', 'x-en': { title: 'Social assistance of the household', description: 'Leave empty when the household receives none.' } },
          householdSize: integer(t('家庭人口数', 'Household size'), { minimum: 1, maximum: 20 }),
          source: choice(t('识别渠道', 'Identified through'), [
            ['special_family_register', '计划生育特殊家庭名单', 'The register of family-planning special families'],
            ['disability_register', '残联或民政失能人员名单', 'The lists of disabled people'],
            ['community', '社区（村）报告', 'Report by the community'],
            ['hospital', '医院报告', 'Report by a hospital'],
            ['hotline_96156', '96156社区服务热线', 'The 96156 community service line'],
          ]),
        },
        ['clientName', 'gender', 'age', 'street', 'community', 'categories', 'householdSize', 'source'],
        {
          rules: [
            // A bereaved family: the year the child died, and the mother 49 or over.
            when({ categories: { contains: { const: 'bereaved' } } }, { required: ['bereavementYear', 'motherAge'], properties: { motherAge: { minimum: 49 } } }),
            when({ categories: { contains: { const: 'disabled_member' } } }, { required: ['disabledMember', 'disabilityLevel'] }),
          ],
        },
      ),
    },
    contents: [
      { id: 'familyAssessment', title: t('家庭综合评估', 'Family assessment'), description: t('评估照护需求、哀伤状况、身心健康、经济状况和应享政策，评定风险等级（京民社工发〔2017〕23号 三(二)）。', 'Care needs, grief, health, means and entitlements, and a risk tier (No. 23, 3(2)).') },
      { id: 'companionship', title: t('陪伴关爱', 'Companionship'), description: t('对失独、失能家庭提供陪伴、关爱和探访（京民社工发〔2017〕23号 四(一)）。', 'Company, care and visits (No. 23, 4(1)).') },
      { id: 'emotionalComfort', title: t('精神慰藉', 'Emotional comfort'), description: t('心理疏导、情绪疏解，缓解孤独感（京民社工发〔2017〕23号 四(二)）。', 'Counselling and easing loneliness (No. 23, 4(2)).') },
      { id: 'griefCounselling', title: t('哀伤辅导', 'Grief counselling'), description: t('陪伴失独父母走过哀伤，预防延长哀伤和自伤风险。', 'Help bereaved parents through grief; guard against prolonged grief and self-harm.') },
      { id: 'peerSupport', title: t('同伴互助', 'Peer support'), description: t('组织失独家庭同伴互助小组，重建社会支持网络。', 'Peer groups of bereaved families; rebuilding support.') },
      { id: 'careArrangement', title: t('照顾安排', 'Care arrangements'), description: t('为失能成员安排居家照护、日间照料、喘息服务或机构照护，联系照顾资源（京民社工发〔2017〕23号 四(二)）。', 'Home care, day care, respite or a care home for the disabled member; linking care resources (No. 23, 4(2)).') },
      { id: 'benefitsApplication', title: t('政策申请', 'Entitlements'), description: t('协助申请计划生育特别扶助金、养老服务和护理补贴、残疾人两项补贴、最低生活保障、医疗救助等（京民社工发〔2017〕23号 四(一)）。', 'Help applying for special assistance, care allowances, disability allowances, the minimum living guarantee and medical assistance (No. 23, 4(1)).') },
      { id: 'regularVisits', title: t('定期探访', 'Regular visits'), description: t('按风险等级定期入户或电话探访，了解服务效果（京民社工发〔2017〕23号 三(二)）。', 'Home or phone visits by risk tier, to learn how the support works (No. 23, 3(2)).') },
      { id: 'endOfLifeCare', title: t('临终关怀', 'End-of-life care'), description: t('协同医疗机构和志愿者实施生命关怀，协助料理后事，支持在世家人（京民社工发〔2017〕23号 四(二)）。', 'With health services and volunteers: care at the end of life, help with the funeral, support for those left (No. 23, 4(2)).') },
    ],
    methods: [
      { id: 'homeVisit', title: t('入户探访', 'Home visits'), description: t('按风险等级定期入户或电话探访。', 'Regular home or phone visits by risk tier.') },
      { id: 'casework', title: t('个案工作', 'Casework') },
      { id: 'groupWork', title: t('小组工作', 'Group work'), description: t('失独家庭同伴互助小组、照护者支持小组。', 'Peer groups of bereaved families; carers’ groups.') },
      { id: 'caseManagement', title: t('个案管理', 'Case management'), description: t('统筹照护资源、政策申请和医疗服务。', 'Coordinating care, entitlements and health services.') },
      { id: 'volunteers', title: t('社工与志愿者协作', 'Social workers with volunteers'), description: t('“两工协作”：志愿者结对陪伴，社会工作者督导。', 'Volunteers paired with families, supervised by social workers.') },
    ],
    roles: [
      { id: 'socialWorker', title: t('社会工作者', 'Social worker'), assignTo: 'caseworker' },
      PROFESSIONAL_SUPERVISOR,
      { id: 'streetOfficer', title: t('街道（乡镇）卫生健康与社会救助工作人员', 'Street health and assistance officer'), assignTo: 'district_operator' },
    ],
    parameters: [
      { id: 'firstVisitDays', ...wd('首次入户时限（自识别或报告）', 'First visit within (from being identified)', 5, 2) },
      // First visit, assessment, plan and review fit the 20 working days from identification to an approved plan (5 + 7 + 5 + 3).
      { id: 'assessmentDays', ...wd('家庭综合评估时限', 'Family assessment within', 7, 5) },
      { id: 'planDays', ...wd('支援计划制定时限', 'Support plan within', 5, 3) },
      { id: 'approvalDays', ...wd('机构督导审核时限', 'Supervisor’s review within', 3, 1) },
      { id: 'planDeadlineDays', ...wd('自识别至计划通过时限', 'From identification to an approved plan within', 20, 15) },
      { id: 'supportDays', ...wd('首轮支援周期', 'First round of support within', 20, 10) },
      { id: 'highVisitDays', ...days('高风险探访间隔', 'Visit interval, high risk', 7, 3) },
      { id: 'keyVisitDays', ...days('重点关注探访间隔', 'Visit interval, key families', 30, 14) },
      { id: 'generalVisitDays', ...days('一般关注探访间隔', 'Visit interval, general', 90, 30) },
      { id: 'reviewDays', ...wd('阶段复评时限', 'Review within', 10, 5) },
      { id: 'endOfLifeDays', ...wd('临终关怀与哀伤支持周期', 'End-of-life care and bereavement support within', 30, 10) },
      { id: 'closingDays', ...wd('结案评估时限', 'Closing assessment within', 10, 5) },
    ],
    indicators: [
      {
        id: 'firstVisitIn5Days', kind: 'duration', title: t('识别后5个工作日内首次入户率', 'First visit within 5 working days of being identified'),
        description: t('自名单识别或接到报告（立案）起，至首次入户并完成知情同意。', 'From the register or the report (the case’s start) to the first home visit and consent.'),
        from: { element: 'Start_Identified', edge: 'end' }, to: { element: 'Task_FirstVisit', edge: 'end' },
        unit: 'working_days', limit: { parameter: 'firstVisitDays' }, target: 95, comparator: '>=',
      },
      {
        id: 'planApprovedIn20Days', kind: 'duration', title: t('识别后20个工作日内支援计划通过率', 'Plan approved within 20 working days of being identified'),
        description: t('自识别或报告至机构督导审核通过支援计划；退回修改的，计至修改后通过。', 'From being identified to the professional supervisor’s approval of the plan; a plan sent back counts until its revision is approved.'),
        from: { element: 'Start_Identified', edge: 'end' }, to: { element: 'Gw_SupportSplit', edge: 'start' },
        unit: 'working_days', limit: { parameter: 'planDeadlineDays' }, target: 90, comparator: '>=',
      },
      {
        id: 'firstRoundIn90Days', kind: 'completion', title: t('90天内首轮支援到位率', 'First round of support in place within 90 days'),
        description: t('自识别起90天内，陪伴慰藉、照护安排和政策申请三项首轮支援均已完成的家庭比例。', 'Share of families whose companionship, care arrangements and entitlements are all in place within 90 days of being identified.'),
        element: 'Gw_SupportJoin', withinDays: 90, target: 85, comparator: '>=',
      },
      {
        id: 'entitlementsSecured', kind: 'field', title: t('应享政策落实率', 'Entitlements secured'),
        description: t('政策申请任务完成时，家庭应享政策均已落实的比例。', 'Share of families with every entitlement in place when the applications are done.'),
        form: 'benefits', field: '/allEntitlementsSecured', aggregate: 'share', condition: 'value = true', target: 90, comparator: '>=',
      },
      ...TIER_LOOPS.map(({ key, name: [zh, en], parameter, indicator, rhythm }) => ({
        id: indicator,
        kind: 'recurrence' as const,
        title: t(...rhythm),
        description: t(
          `${zh}期间，从进入该等级或上次探访起，到下次探访不超过该等级的探访间隔（参数 ${parameter}）；探访提请阶段复评时，本等级的计时结束，复评后按复评等级重新计时。`,
          `While ${en}, no more than the tier's interval (parameter ${parameter}) from entering the tier or the last visit to the next; a visit that asks for a review stops the tier's count, which starts again at the tier the review sets.`,
        ),
        activity: `Task_Visit${key}`, everyDays: { parameter }, span: { from: `Gw_${key}Cycle`, to: 'Gw_AfterVisits' }, target: 95, comparator: '>=' as const,
      })),
      {
        id: 'wellbeingHeld', kind: 'field', title: t('复评时情绪稳定或改善比例', 'Emotional state stable or better at review'),
        form: 'review', field: '/emotionalChange', aggregate: 'share', condition: 'value = "better" or value = "stable"', target: 85, comparator: '>=',
      },
      {
        id: 'satisfaction', kind: 'field', title: t('家庭满意率', 'Family satisfaction'),
        description: t('阶段复评时家庭满意度为4分及以上的比例。', 'Share of reviews where the family rates the support 4 or 5 out of 5.'),
        form: 'review', field: '/familySatisfaction', aggregate: 'share', condition: 'value >= 4', target: 90, comparator: '>=',
      },
      { id: 'conformance', kind: 'conformance', title: t('服务流程符合度', 'Conformance to the service process'), target: 90, comparator: '>=' },
    ],
  },
  process: { nodes, flows },
  forms: {
    'first-visit': form(
      t('首次入户与知情同意', 'First home visit and consent'),
      {
        visitDate: date(t('入户日期', 'Date of visit')),
        metWith: choices(t('会见的家庭成员', 'Met with'), [
          ['parents', '失独父母', 'The bereaved parents'],
          ['disabled_member', '失能成员', 'The disabled member'],
          ['carer', '主要照护者', 'The main carer'],
          ['relatives', '其他亲属', 'Other relatives'],
        ], { minItems: 1 }),
        consent: yes(t('家庭知情并同意接受服务', 'The family was informed and agrees to receive services'), {
          help: t('失独家庭常回避接触：尊重其意愿，告知随时可再联系。', 'Bereaved families often avoid contact: respect it, and say they may call at any time.'),
        }),
        declineReason: notes(t('不同意的原因', 'Reason for declining'), { help: t('不同意时必填。', 'Required when the family declines.') }),
        visitNotes: notes(t('入户记录', 'Notes')),
      },
      ['visitDate', 'metWith', 'consent', 'visitNotes'],
      { rules: [when({ consent: { const: false } }, { required: ['declineReason'] })] },
    ),
    'family-assessment': form(
      t('家庭综合评估', 'Family assessment'),
      {
        assessmentDate: date(t('评估日期', 'Date of assessment')),
        grief: choice(t('哀伤状况', 'Grief'), [
          ['not_applicable', '不适用（非失独家庭）', 'Not applicable (not bereaved)'],
          ['settled', '基本平复', 'Settled'],
          ['ongoing', '仍在哀伤中', 'Still grieving'],
          ['prolonged', '延长哀伤（持续一年以上严重影响生活）', 'Prolonged grief (over a year, life badly affected)'],
        ]),
        suicideRisk: yes(t('有自伤或自杀念头', 'Thoughts of self-harm or suicide')),
        hasDisabledMember: yes(t('家中有失能成员', 'A member cannot care for themselves')),
        adlScore: integer(t('失能成员日常生活活动能力（Barthel指数，0–100）', 'Daily living of the disabled member (Barthel index, 0–100)'), { maximum: 100 }),
        mainCarer: choice(t('主要照护者', 'Main carer'), [
          ['spouse', '配偶', 'The spouse'],
          ['relative', '其他亲属', 'Another relative'],
          ['hired', '雇请护工或保姆', 'A paid carer'],
          ['none', '无人照护', 'No one'],
        ]),
        healthConditions: choices(t('家庭成员健康问题', 'Health problems in the family'), [
          ['chronic', '慢性病', 'Chronic illness'],
          ['depression', '抑郁或焦虑', 'Depression or anxiety'],
          ['dementia', '失智', 'Dementia'],
          ['terminal', '终末期疾病', 'Terminal illness'],
        ]),
        benefitsReceived: choices(t('已享受的政策', 'Entitlements received'), BENEFITS),
        benefitsMissing: choices(t('应享未享的政策', 'Entitlements not yet received'), BENEFITS),
        tier: choice(t('风险等级', 'Risk tier'), TIERS, { help: tierHelp }),
        assessmentSummary: notes(t('评估小结', 'Summary')),
      },
      ['assessmentDate', 'grief', 'suicideRisk', 'hasDisabledMember', 'healthConditions', 'benefitsReceived', 'benefitsMissing', 'tier', 'assessmentSummary'],
      {
        rules: [
          // Thoughts of suicide, or a disabled member with no one to care: high risk, visited weekly.
          when({ suicideRisk: { const: true } }, { properties: { tier: { const: 'high' } } }),
          when({ mainCarer: { const: 'none' } }, { properties: { tier: { const: 'high' } } }),
          when({ hasDisabledMember: { const: true } }, { required: ['adlScore', 'mainCarer'] }),
        ],
      },
    ),
    'support-plan': form(
      t('支援计划', 'Support plan'),
      {
        goals: notes(t('支援目标', 'Goals')),
        tier: choice(t('确认风险等级', 'Risk tier confirmed'), TIERS, { help: tierHelp }),
        companionship: choices(t('陪伴与慰藉方式', 'Companionship'), [
          ['home_visits', '定期入户陪伴', 'Regular visits at home'],
          ['grief_counselling', '哀伤辅导', 'Grief counselling'],
          ['peer_group', '同伴互助小组', 'A peer group'],
          ['volunteer_pairing', '志愿者结对', 'A volunteer paired with the family'],
        ], { minItems: 1 }),
        careNeeded: yes(t('需要安排照护', 'Care to arrange')),
        benefitsToApply: choices(t('拟申请的政策', 'Entitlements to apply for'), BENEFITS),
        planSummary: notes(t('计划内容', 'The plan')),
      },
      ['goals', 'tier', 'companionship', 'careNeeded', 'benefitsToApply', 'planSummary'],
    ),
    'plan-approval': planApprovalForm(),
    companionship: form(
      t('陪伴、精神慰藉与哀伤辅导', 'Companionship, comfort and grief counselling'),
      {
        firstSessionDate: date(t('首次服务日期', 'Date of the first session')),
        sessionsHeld: integer(t('服务次数', 'Sessions held'), { minimum: 1, maximum: 100 }),
        methodsUsed: choices(t('服务方式', 'What was done'), [
          ['emotional_comfort', '精神慰藉', 'Emotional comfort'],
          ['grief_counselling', '哀伤辅导', 'Grief counselling'],
          ['life_review', '生命回顾', 'Life review'],
          ['peer_group', '同伴互助小组', 'Peer group'],
          ['volunteer_pairing', '志愿者结对陪伴', 'Volunteer companion'],
        ], { minItems: 1 }),
        volunteer: text(t('结对志愿者', 'Paired volunteer'), { maxLength: 50, help: t('志愿者结对陪伴时必填。', 'Required when a volunteer is paired with the family.') }),
        griefNow: choice(t('目前哀伤与情绪状况', 'Grief and mood now'), [
          ['better', '有改善', 'Better'],
          ['same', '无变化', 'The same'],
          ['worse', '加重', 'Worse'],
        ]),
        companionshipNotes: notes(t('服务记录', 'Notes')),
      },
      ['firstSessionDate', 'sessionsHeld', 'methodsUsed', 'griefNow', 'companionshipNotes'],
      { rules: [when({ methodsUsed: { contains: { const: 'volunteer_pairing' } } }, { required: ['volunteer'] })] },
    ),
    'care-arrangement': form(
      t('照护安排', 'Care arrangements'),
      {
        careOption: choice(t('照护方式', 'Kind of care'), [
          ['home_care', '居家照护服务', 'Care at home'],
          ['day_care', '养老驿站日间照料', 'Day care at a community care station'],
          ['respite', '喘息服务', 'Respite care'],
          ['care_home', '入住养老或护理机构', 'A care or nursing home'],
          ['family_carer', '家庭照护者培训与支持', 'Training and support for a family carer'],
          ['none_needed', '暂不需要', 'None needed for now'],
        ]),
        provider: text(t('照护服务机构', 'Care provider'), { maxLength: 100 }),
        arrangedOn: date(t('安排日期', 'Arranged on')),
        homeAdaptation: yes(t('已安排适老化或无障碍改造', 'Home adaptation arranged')),
        careNotes: notes(t('安排说明', 'Notes')),
      },
      ['careOption', 'homeAdaptation', 'careNotes'],
      { rules: [when({ careOption: { not: { const: 'none_needed' } } }, { required: ['provider', 'arrangedOn'] })] },
    ),
    benefits: form(
      t('政策申请与落实', 'Applying for entitlements'),
      {
        applications: list(
          t('申请记录', 'Applications'),
          group(
            t('申请', 'Application'),
            {
              benefit: choice(t('政策', 'Entitlement'), BENEFITS),
              appliedOn: date(t('申请日期', 'Applied on')),
              result: choice(t('结果', 'Result'), [
                ['granted', '已获批', 'Granted'],
                ['pending', '审批中', 'Pending'],
                ['refused', '未获批', 'Refused'],
              ]),
            },
            ['benefit', 'appliedOn', 'result'],
          ),
        ),
        allEntitlementsSecured: yes(t('应享政策均已落实', 'Every entitlement is in place')),
        outstanding: notes(t('未落实的政策及原因', 'What is not in place, and why'), { help: t('尚有未落实的政策时必填。', 'Required while an entitlement is not in place.') }),
      },
      ['applications', 'allEntitlementsSecured'],
      { rules: [when({ allEntitlementsSecured: { const: false } }, { required: ['outstanding'] })] },
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
        wellbeing: choice(t('家庭身心状况', 'How the family is'), WELLBEING),
        servicesDelivered: choices(t('本次提供的服务', 'Services delivered'), VISIT_SERVICES, { minItems: 1 }),
        reviewNeeded: yes(t('提请阶段复评', 'Ask for a review'), {
          help: t('距上次评估满半年，或家庭出现住院、失能加重、照护者变化、离世等重大变化、风险等级需调整时提请。', 'Half a year after the last assessment, or when the family faces a hospital stay, worse dependence, a change of carer or a death, or its risk tier should change.'),
        }),
        visitNotes: notes(t('探访记录', 'Notes')),
      },
      ['visitDate', 'visitMode', 'wellbeing', 'servicesDelivered', 'reviewNeeded', 'visitNotes'],
      { rules: [when({ wellbeing: { const: 'crisis' } }, { properties: { reviewNeeded: { const: true } } })] },
    ),
    review: form(
      t('阶段复评', 'Review of the support'),
      {
        reviewDate: date(t('复评日期', 'Date of review')),
        emotionalChange: choice(t('情绪状况较上次评估', 'Mood since the last assessment'), [
          ['better', '改善', 'Better'],
          ['stable', '稳定', 'Stable'],
          ['worse', '变差', 'Worse'],
        ]),
        careSituation: choice(t('照护状况', 'Care'), [
          ['adequate', '照护到位', 'Adequate'],
          ['strained', '照护吃力', 'Strained'],
          ['not_applicable', '不适用', 'Not applicable'],
        ]),
        familySatisfaction: rating(t('家庭满意度（1–5分）', 'Family satisfaction (1–5)')),
        reviewOutcome: choice(t('复评结论', 'Conclusion'), [
          ['continue', '继续支援，按风险等级探访', 'Go on, visiting by risk tier'],
          ['end_of_life', '转入临终关怀', 'Turn to end-of-life care'],
          ['close', '结案', 'Close'],
        ]),
        tier: choice(t('重新评定的风险等级', 'Risk tier reassessed'), TIERS, { help: tierHelp }),
        reviewNotes: notes(t('复评记录', 'Notes')),
      },
      ['reviewDate', 'emotionalChange', 'careSituation', 'familySatisfaction', 'reviewOutcome', 'tier', 'reviewNotes'],
    ),
    'end-of-life': form(
      t('临终关怀与哀伤支持', 'End-of-life care and bereavement support'),
      {
        careFor: choice(t('临终关怀对象', 'Cared for at the end of life'), [
          ['parent', '失独父（母）', 'A bereaved parent'],
          ['disabled_member', '失能成员', 'The disabled member'],
          ['spouse', '配偶', 'The spouse'],
        ]),
        setting: choice(t('关怀场所', 'Where'), [
          ['home', '居家', 'At home'],
          ['hospice', '安宁疗护病房', 'A hospice ward'],
          ['hospital', '医院', 'Hospital'],
          ['care_home', '养老或护理机构', 'A care home'],
        ]),
        servicesProvided: choices(t('提供的服务', 'Services'), [
          ['hospice_link', '链接安宁疗护服务', 'Hospice care linked'],
          ['companionship', '陪伴与精神慰藉', 'Companionship and comfort'],
          ['wishes', '协助完成心愿、安排后事意愿', 'Help with last wishes and arrangements'],
          ['funeral', '协助料理后事', 'Help with the funeral'],
          ['grief_support', '在世家人哀伤支持', 'Grief support for those left'],
        ], { minItems: 1 }),
        diedOn: date(t('离世日期', 'Date of death'), { help: t('已离世的填写。', 'When the person has died.') }),
        afterwards: choice(t('此后', 'Then'), [
          ['continue_visits', '在世家人继续接受支援', 'Go on supporting the family left'],
          ['close', '结案', 'Close'],
        ]),
        tier: choice(t('在世家人的风险等级', 'Risk tier of the family left'), TIERS, { help: tierHelp }),
        endOfLifeNotes: notes(t('服务记录', 'Notes')),
      },
      ['careFor', 'setting', 'servicesProvided', 'afterwards', 'endOfLifeNotes'],
      // The family left is visited at a tier of its own.
      { rules: [when({ afterwards: { const: 'continue_visits' } }, { required: ['tier'] })] },
    ),
    closing: form(
      t('结案评估', 'Closing assessment'),
      {
        closingDate: date(t('结案日期', 'Date of closing')),
        closingReason: choice(t('结案原因', 'Reason for closing'), [
          ['stable', '家庭状况稳定，转入社区常规关爱', 'Stable: back to the community’s usual care'],
          ['care_home', '入住养老机构，由机构跟进', 'Moved into a care home, which takes over'],
          ['deceased', '服务对象均已离世', 'No one left to serve'],
          ['moved_away', '迁出本区', 'Moved away'],
          ['family_request', '家庭要求结案', 'At the family’s request'],
        ]),
        handedOverTo: text(t('移交的关爱责任人或机构', 'Handed over to'), { maxLength: 100, help: t('转入社区常规关爱或机构跟进时必填。', 'Required when the community or a care home takes over.') }),
        closingSummary: notes(t('结案小结', 'Closing summary')),
      },
      ['closingDate', 'closingReason', 'closingSummary'],
      { rules: [when({ closingReason: { enum: ['stable', 'care_home'] } }, { required: ['handedOverTo'] })] },
    ),
  },
  samples: {
    'bereaved-couple': {
      clientName: '王某华', gender: 'female', age: 62, street: '东花市街道', community: '花市枣苑社区',
      categories: ['bereaved', 'disabled_member'], bereavementYear: 2024, motherAge: 62, disabledMember: 'spouse', disabilityLevel: 'partial',
      householdSize: 2, source: 'special_family_register',
    },
    'living-alone': {
      clientName: '陈某英', gender: 'female', age: 74, street: '城子街道', community: '矿建社区',
      categories: ['bereaved'], bereavementYear: 2015, motherAge: 74, householdSize: 1, source: 'community',
    },
  },
  walkthroughs: {
    main: {
      title: t(
        '失独且丈夫半失能：首轮支援后每周探访，情况稳定后复评改为每月探访；丈夫病危，复评转入临终关怀，离世后母亲入住养老机构，结案',
        'Bereaved, the husband partly dependent: weekly visits after the first round of support, monthly after a review once settled; the husband falls gravely ill, the next review turns to end-of-life care, and after his death the mother moves into a care home and the case closes',
      ),
      sample: 'bereaved-couple',
      answers: {
        'first-visit': [{ visitDate: '2026-03-04', metWith: ['parents'], consent: true, visitNotes: '儿子前年因病去世，夫妻很少出门。' }],
        'family-assessment': [{
          assessmentDate: '2026-03-10', grief: 'ongoing', suicideRisk: false, hasDisabledMember: true, adlScore: 55, mainCarer: 'spouse',
          healthConditions: ['chronic', 'depression'], benefitsReceived: ['special_assistance'], benefitsMissing: ['elderly_care_subsidies'],
          tier: 'high', assessmentSummary: '丈夫脑梗后半失能，妻子独自照护，哀伤未平复，情绪低落。',
        }],
        'support-plan': [{
          goals: '缓解哀伤和照护压力，落实护理补贴。', tier: 'high', companionship: ['home_visits', 'grief_counselling', 'volunteer_pairing'],
          careNeeded: true, benefitsToApply: ['elderly_care_subsidies'], planSummary: '每周探访，哀伤辅导，链接养老驿站喘息服务，申请失能护理补贴。',
        }],
        'plan-approval': [{ reviewDate: '2026-03-17', planApproved: true, approvalComments: '同意。' }],
        companionship: [{
          firstSessionDate: '2026-03-19', sessionsHeld: 4, methodsUsed: ['grief_counselling', 'volunteer_pairing'], volunteer: '刘某红',
          griefNow: 'better', companionshipNotes: '愿意谈起儿子，开始参加社区活动。',
        }],
        'care-arrangement': [{ careOption: 'respite', provider: '东花市街道养老驿站', arrangedOn: '2026-03-25', homeAdaptation: true, careNotes: '每周两个半天喘息服务，卫生间加装扶手。' }],
        benefits: [{
          applications: [{ benefit: 'elderly_care_subsidies', appliedOn: '2026-03-20', result: 'granted' }],
          allEntitlementsSecured: true,
        }],
        visit: [
          visitAnswer('2026-04-14'),
          { ...visitAnswer('2026-04-21', true), visitNotes: '喘息服务稳定，妻子情绪好转，提请复评调整探访频率。' },
          { ...visitAnswer('2026-05-20', true), wellbeing: 'crisis', servicesDelivered: ['emotional_comfort', 'health_escort'], visitNotes: '丈夫肺部感染住院，病情危重。' },
        ],
        review: [
          {
            reviewDate: '2026-04-24', emotionalChange: 'better', careSituation: 'adequate', familySatisfaction: 5, reviewOutcome: 'continue', tier: 'key',
            reviewNotes: '照护有保障，哀伤有所平复，改为每月探访。',
          },
          {
            reviewDate: '2026-05-22', emotionalChange: 'worse', careSituation: 'strained', familySatisfaction: 5, reviewOutcome: 'end_of_life', tier: 'high',
            reviewNotes: '医生告知丈夫进入终末期，家属希望转安宁疗护。',
          },
        ],
        'end-of-life': [{
          careFor: 'disabled_member', setting: 'hospice', servicesProvided: ['hospice_link', 'companionship', 'funeral', 'grief_support'], diedOn: '2026-06-08',
          afterwards: 'close', endOfLifeNotes: '丈夫在安宁疗护病房安详离世；协助料理后事，妻子决定入住养老院。',
        }],
        closing: [{ closingDate: '2026-06-26', closingReason: 'care_home', handedOverTo: '东城区第一社会福利院社工部', closingSummary: '丈夫离世后，妻子入住养老机构，已与机构社工交接。' }],
      },
      ends: ['End_Closed'],
    },
    declined: {
      title: t('独居失独母亲暂不接受服务', 'A bereaved mother living alone declines for now'),
      sample: 'living-alone',
      answers: {
        'first-visit': [{ visitDate: '2026-03-05', metWith: ['parents'], consent: false, declineReason: '不愿被打扰，留下联系电话。', visitNotes: '独居，身体尚可。' }],
      },
      ends: ['End_Declined'],
    },
  },
};

