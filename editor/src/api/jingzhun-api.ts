import type {
  AssignTask,
  CaseDetail,
  CaseFile,
  CaseList,
  CaseOutcome,
  CasesQuery,
  CloseNotice,
  DeployRequest,
  Deployment,
  District,
  DraftCreated,
  DraftSaved,
  EarlyWarning,
  FigureGroupBy,
  Heatmap,
  IndicatorReport,
  LoginResponse,
  NewServiceRecord,
  NoticeDetail,
  NoticeList,
  NoticesQuery,
  OccurrenceCases,
  Problem,
  ReplyNotice,
  ReturnNotice,
  SendNotice,
  ServiceRecord,
  ServiceRecordList,
  StandardDetail,
  StandardDiff,
  StandardsQuery,
  StandardSummary,
  StandardVersion,
  StartCase,
  Street,
  SupervisionOverview,
  SupervisionQuery,
  Task,
  TaskList,
  User,
  Workload,
  WorkloadTasksQuery,
} from '@jingzhun/api/contract';
import { filenameFromDisposition } from './content-disposition';
import type { HttpClient, RequestOptions } from './http-client';
import type { SessionStore } from './session-store';
import type { ServiceStandard } from './types-standard';

/** A table the API answered as a file, with the name it gave it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

const enc = encodeURIComponent;

/** Every call the web app makes, one method per endpoint of docs/api.md. */
export class JingzhunApi {
  constructor(
    private readonly http: HttpClient,
    private readonly session: SessionStore,
  ) {}

  // Accounts
  async login(username: string, password: string): Promise<User> {
    const r = await this.http.request<LoginResponse>('POST', '/auth/login', { body: { username, password }, anonymous: true });
    return this.session.setFromLogin(r).user;
  }

  /** Signs out at once (the screens see no session from here on), then revokes the refresh token. */
  async logout(): Promise<void> {
    const s = this.session.current;
    this.session.clear();
    if (!s) return;
    await this.http.request<void>('POST', '/auth/logout', { body: { refreshToken: s.refreshToken }, token: s.accessToken, anonymous: true });
  }

  me(): Promise<User> {
    return this.http.request('GET', '/auth/me');
  }

  // Standards
  listStandards(query: StandardsQuery = {}): Promise<{ items: StandardSummary[] }> {
    return this.http.request('GET', '/standards', { query: { ...query } });
  }

  validateStandard(standard: ServiceStandard): Promise<{ problems: Problem[] }> {
    return this.http.request('POST', '/standards/validate', { body: { standard } });
  }

  createStandard(standard: ServiceStandard): Promise<DraftCreated> {
    return this.http.request('POST', '/standards', { body: { standard } });
  }

  getStandard(code: string): Promise<StandardDetail> {
    return this.http.request('GET', `/standards/${enc(code)}`);
  }

  saveDraft(code: string, standard: ServiceStandard, revision: number): Promise<DraftSaved> {
    return this.http.request('PUT', `/standards/${enc(code)}/draft`, { body: { standard, revision } });
  }

  submitDraft(code: string): Promise<{ status: 'in_review' }> {
    return this.http.request('POST', `/standards/${enc(code)}/draft/submit`);
  }

  approveDraft(code: string, comment?: string, changelog?: string): Promise<{ version: number; hash: string }> {
    return this.http.request('POST', `/standards/${enc(code)}/draft/approve`, { body: { comment, changelog } });
  }

  rejectDraft(code: string, comment: string): Promise<{ status: 'rejected' }> {
    return this.http.request('POST', `/standards/${enc(code)}/draft/reject`, { body: { comment } });
  }

  getVersion(code: string, version: number): Promise<StandardVersion> {
    return this.http.request('GET', `/standards/${enc(code)}/versions/${version}`);
  }

  retireVersion(code: string, version: number): Promise<{ status: 'retired' }> {
    return this.http.request('POST', `/standards/${enc(code)}/versions/${version}/retire`);
  }

  diff(code: string, from: number | 'draft', to: number | 'draft'): Promise<StandardDiff> {
    return this.http.request('GET', `/standards/${enc(code)}/diff`, { query: { from, to } });
  }

  async exportZip(code: string, version?: number): Promise<Blob> {
    const r = await this.http.request<Response>('GET', `/standards/${enc(code)}/export`, { query: { version }, raw: true });
    return r.blob();
  }

  /** Creates a standard (or a new draft of one) from a zip of the folder format. */
  importStandard(zip: Blob): Promise<DraftCreated & { created: boolean }> {
    return this.http.request('POST', '/standards/import', { body: zip });
  }

  deploy(code: string, version: number, districts: DeployRequest['districts']): Promise<{ deployments: Deployment[] }> {
    return this.http.request('POST', `/standards/${enc(code)}/versions/${version}/deploy`, { body: { districts } satisfies DeployRequest });
  }

  // Districts and variants
  listDistricts(): Promise<{ items: District[] }> {
    return this.http.request('GET', '/districts');
  }

  /** The district's streets, area offices, towns and townships (街道、地区、镇、乡), from the register. */
  listStreets(district: string): Promise<{ items: Street[] }> {
    return this.http.request('GET', `/districts/${enc(district)}/streets`);
  }

  listDeployments(district: string): Promise<{ items: Deployment[] }> {
    return this.http.request('GET', `/districts/${enc(district)}/deployments`);
  }

  setVariant(district: string, standardCode: string, values: Record<string, number>): Promise<Deployment> {
    return this.http.request('PUT', `/districts/${enc(district)}/deployments/${enc(standardCode)}/variant`, { body: { values } });
  }

  // Cases and tasks
  startCase(body: StartCase): Promise<CaseDetail> {
    return this.http.request('POST', '/cases', { body });
  }

  listCases(query: CasesQuery = {}): Promise<CaseList> {
    return this.http.request('GET', '/cases', { query: { ...query } });
  }

  getCase(id: string): Promise<CaseFile> {
    return this.http.request('GET', `/cases/${enc(id)}`);
  }

  cancelCase(id: string, reason: string): Promise<CaseDetail> {
    return this.http.request('POST', `/cases/${enc(id)}/cancel`, { body: { reason } });
  }

  listRecords(caseId: string): Promise<ServiceRecordList> {
    return this.http.request('GET', `/cases/${enc(caseId)}/records`);
  }

  addRecord(caseId: string, body: NewServiceRecord): Promise<ServiceRecord> {
    return this.http.request('POST', `/cases/${enc(caseId)}/records`, { body });
  }

  listTasks(limit = 1000): Promise<TaskList> {
    return this.http.request('GET', '/tasks', { query: { status: 'open', limit } });
  }

  claimTask(id: string): Promise<Task> {
    return this.http.request('POST', `/tasks/${enc(id)}/claim`);
  }

  unclaimTask(id: string): Promise<Task> {
    return this.http.request('POST', `/tasks/${enc(id)}/unclaim`);
  }

  completeTask(id: string, data: Record<string, unknown>): Promise<Task> {
    return this.http.request('POST', `/tasks/${enc(id)}/complete`, { body: { data } });
  }

  /** How many open and overdue tasks each caseworker of the district holds (its operator only). */
  workload(district: string): Promise<Workload> {
    return this.http.request('GET', `/districts/${enc(district)}/workload`);
  }

  /** The open tasks one caseworker of the district holds, or nobody (`unassigned`). */
  workloadTasks(district: string, query: WorkloadTasksQuery): Promise<TaskList> {
    return this.http.request('GET', `/districts/${enc(district)}/workload/tasks`, { query: { ...query } });
  }

  /** Hands an open task to another caseworker of the district. */
  assignTask(id: string, assignee: string): Promise<Task> {
    return this.http.request('POST', `/tasks/${enc(id)}/assign`, { body: { assignee } satisfies AssignTask });
  }

  // Supervision (督导评估)
  supervisionOverview(query: SupervisionQuery = {}): Promise<SupervisionOverview> {
    return this.http.request('GET', '/supervision/standards', { query: { ...query } });
  }

  supervisionIndicators(code: string, query: SupervisionQuery & { groupBy?: FigureGroupBy } = {}): Promise<IndicatorReport> {
    return this.http.request('GET', `/supervision/standards/${enc(code)}/indicators`, { query: { ...query } });
  }

  supervisionCases(code: string, indicator: string, query: SupervisionQuery & { outcome?: CaseOutcome; limit?: number; offset?: number } = {}): Promise<OccurrenceCases> {
    return this.http.request('GET', `/supervision/standards/${enc(code)}/indicators/${enc(indicator)}/cases`, { query: { ...query } });
  }

  supervisionWarnings(code: string, query: SupervisionQuery = {}): Promise<{ items: EarlyWarning[] }> {
    return this.http.request('GET', `/supervision/standards/${enc(code)}/warnings`, { query: { ...query } });
  }

  supervisionHeatmap(code: string, query: SupervisionQuery = {}): Promise<Heatmap> {
    return this.http.request('GET', `/supervision/standards/${enc(code)}/heatmap`, { query: { ...query } });
  }

  /** The dashboard's figures as a file (one sheet for the city, one for the groups), as the server names it. */
  exportIndicators(code: string, query: SupervisionQuery & { groupBy?: FigureGroupBy }, format: 'xlsx' | 'csv' = 'xlsx'): Promise<DownloadedFile> {
    return this.downloadTable(`/supervision/standards/${enc(code)}/indicators`, { ...query }, format);
  }

  /** The cases behind a figure as a file: the same page of them as the list shows. */
  exportCases(code: string, indicator: string, query: SupervisionQuery & { outcome?: CaseOutcome; limit?: number; offset?: number }, format: 'xlsx' | 'csv' = 'xlsx'): Promise<DownloadedFile> {
    return this.downloadTable(`/supervision/standards/${enc(code)}/indicators/${enc(indicator)}/cases`, { ...query }, format);
  }

  /** A table route's answer as a file, fetched with the bearer token and named from Content-Disposition. */
  private async downloadTable(path: string, query: RequestOptions['query'], format: 'xlsx' | 'csv'): Promise<DownloadedFile> {
    const r = await this.http.request<Response>('GET', path, { query: { ...query, format }, raw: true });
    return { blob: await r.blob(), filename: filenameFromDisposition(r.headers.get('Content-Disposition'), `export.${format}`) };
  }

  // 督办 notices
  listNotices(query: NoticesQuery = {}): Promise<NoticeList> {
    return this.http.request('GET', '/supervision/notices', { query: { ...query } });
  }

  getNotice(id: string): Promise<NoticeDetail> {
    return this.http.request('GET', `/supervision/notices/${enc(id)}`);
  }

  sendNotice(body: SendNotice): Promise<NoticeDetail> {
    return this.http.request('POST', '/supervision/notices', { body });
  }

  replyNotice(id: string, body: ReplyNotice): Promise<NoticeDetail> {
    return this.http.request('POST', `/supervision/notices/${enc(id)}/reply`, { body });
  }

  closeNotice(id: string, body: CloseNotice): Promise<NoticeDetail> {
    return this.http.request('POST', `/supervision/notices/${enc(id)}/close`, { body });
  }

  returnNotice(id: string, body: ReturnNotice): Promise<NoticeDetail> {
    return this.http.request('POST', `/supervision/notices/${enc(id)}/return`, { body });
  }
}
