/**
 * The accounts a new installation starts with. In demo mode, one account per role (and an operator, a
 * caseworker and a professional supervisor (机构督导) for 东城 and 海淀, and a caseworker and a 机构督导
 * of a contracted organisation in 东城), all with the password `jingzhun-demo`; otherwise a single
 * administrator whose random password is printed once.
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '@jingzhun/engine';
import type { Accounts, NewUser } from '../accounts/accounts';

export const DEMO_PASSWORD = 'jingzhun-demo';

/** Contracted organisations the demo accounts belong to (invented names). */
export const DEMO_ORGANISATIONS = [
  { id: 'org-dc-yangguang', name: { zh: '东城区阳光社会工作服务中心', en: 'Dongcheng Sunshine Social Work Centre' }, district: 'dongcheng' },
  { id: 'org-hd-tongxin', name: { zh: '海淀区同心社会工作事务所', en: 'Haidian Tongxin Social Work Agency' }, district: 'haidian' },
] as const;

export const DEMO_ACCOUNTS: ReadonlyArray<Omit<NewUser, 'password'>> = [
  { username: 'admin', role: 'admin', displayName: { zh: '系统管理员', en: 'Administrator' } },
  { username: 'officer', role: 'standards_officer', displayName: { zh: '市民政局标准制定人员', en: 'City standards officer' } },
  { username: 'reviewer', role: 'reviewer', displayName: { zh: '市民政局审核人', en: 'City reviewer' } },
  { username: 'supervisor', role: 'supervisor', displayName: { zh: '督导评估人员', en: 'Supervisor' } },
  { username: 'dongcheng.operator', role: 'district_operator', district: 'dongcheng', displayName: { zh: '东城区民政局经办人', en: 'Dongcheng operator' } },
  { username: 'dongcheng.worker', role: 'caseworker', district: 'dongcheng', displayName: { zh: '东城区社工', en: 'Dongcheng caseworker' } },
  {
    username: 'dongcheng.supervisor',
    role: 'professional_supervisor',
    district: 'dongcheng',
    displayName: { zh: '东城区社工站督导', en: 'Dongcheng station’s professional supervisor' },
  },
  {
    username: 'dongcheng.org.worker',
    role: 'caseworker',
    district: 'dongcheng',
    organisation: 'org-dc-yangguang',
    displayName: { zh: '阳光社工服务中心社工', en: 'Sunshine Centre caseworker' },
  },
  {
    username: 'dongcheng.org.supervisor',
    role: 'professional_supervisor',
    district: 'dongcheng',
    organisation: 'org-dc-yangguang',
    displayName: { zh: '阳光社工服务中心督导', en: 'Sunshine Centre’s professional supervisor' },
  },
  { username: 'haidian.operator', role: 'district_operator', district: 'haidian', displayName: { zh: '海淀区民政局经办人', en: 'Haidian operator' } },
  { username: 'haidian.worker', role: 'caseworker', district: 'haidian', displayName: { zh: '海淀区社工', en: 'Haidian caseworker' } },
  {
    username: 'haidian.supervisor',
    role: 'professional_supervisor',
    district: 'haidian',
    displayName: { zh: '海淀区社工站督导', en: 'Haidian station’s professional supervisor' },
  },
];

export interface AccountsSeedResult {
  created: string[];
  /** Only without demo mode: the administrator's one-time password. */
  adminPassword?: string;
}

/** Creates the starting accounts when there are none; does nothing otherwise. */
export async function seedAccounts(accounts: Accounts, db: Queryable, demo: boolean): Promise<AccountsSeedResult> {
  if ((await accounts.countUsers(db)) > 0) return { created: [] };
  if (!demo) {
    const adminPassword = randomBytes(12).toString('base64url');
    await accounts.createUser({ username: 'admin', role: 'admin', displayName: { zh: '系统管理员', en: 'Administrator' }, password: adminPassword }, db);
    return { created: ['admin'], adminPassword };
  }
  for (const org of DEMO_ORGANISATIONS) {
    await db.query('INSERT INTO organisations(id, name, district) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
      org.id,
      JSON.stringify(org.name),
      org.district,
    ]);
  }
  for (const account of DEMO_ACCOUNTS) await accounts.createUser({ ...account, password: DEMO_PASSWORD }, db);
  return { created: DEMO_ACCOUNTS.map((a) => a.username) };
}
