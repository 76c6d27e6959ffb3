/**
 * The contracted social-work organisations (社会工作服务机构) of the demo, one or two per district.
 * The names are invented. The two the demo accounts belong to come from the API's demo accounts.
 *
 * @example
 *   await insertDemoOrganisations(tx);
 */
import { DEMO_ORGANISATIONS } from '@jingzhun/api';
import type { Queryable } from '@jingzhun/engine';
import type { LocalizedText } from '@jingzhun/standards';

export interface DemoOrganisation {
  id: string;
  name: LocalizedText;
  district: string;
}

const MORE: DemoOrganisation[] = [
  { id: 'org-dc-hexie', district: 'dongcheng', name: { zh: '东城区和协社会工作事务所', en: 'Dongcheng Hexie Social Work Agency' } },
  { id: 'org-xc-minxin', district: 'xicheng', name: { zh: '西城区民心社会工作服务中心', en: 'Xicheng Minxin Social Work Centre' } },
  { id: 'org-cy-lianxin', district: 'chaoyang', name: { zh: '朝阳区连心社会工作服务中心', en: 'Chaoyang Lianxin Social Work Centre' } },
  { id: 'org-cy-huiming', district: 'chaoyang', name: { zh: '朝阳区慧明社会工作事务所', en: 'Chaoyang Huiming Social Work Agency' } },
  { id: 'org-ft-nuanyang', district: 'fengtai', name: { zh: '丰台区暖阳社会工作服务中心', en: 'Fengtai Nuanyang Social Work Centre' } },
  { id: 'org-sjs-shanyuan', district: 'shijingshan', name: { zh: '石景山区善缘社会工作事务所', en: 'Shijingshan Shanyuan Social Work Agency' } },
  { id: 'org-hd-qiming', district: 'haidian', name: { zh: '海淀区启明社会工作服务中心', en: 'Haidian Qiming Social Work Centre' } },
  { id: 'org-mtg-shanhe', district: 'mentougou', name: { zh: '门头沟区山河社会工作服务中心', en: 'Mentougou Shanhe Social Work Centre' } },
  { id: 'org-fs-liangxin', district: 'fangshan', name: { zh: '房山区良心社会工作事务所', en: 'Fangshan Liangxin Social Work Agency' } },
  { id: 'org-tz-yunhe', district: 'tongzhou', name: { zh: '通州区运河社会工作服务中心', en: 'Tongzhou Yunhe Social Work Centre' } },
  { id: 'org-sy-chunyu', district: 'shunyi', name: { zh: '顺义区春雨社会工作服务中心', en: 'Shunyi Chunyu Social Work Centre' } },
  { id: 'org-cp-huiren', district: 'changping', name: { zh: '昌平区惠仁社会工作事务所', en: 'Changping Huiren Social Work Agency' } },
  { id: 'org-dx-xinyuan', district: 'daxing', name: { zh: '大兴区心缘社会工作服务中心', en: 'Daxing Xinyuan Social Work Centre' } },
  { id: 'org-hr-qinghe', district: 'huairou', name: { zh: '怀柔区清和社会工作服务中心', en: 'Huairou Qinghe Social Work Centre' } },
  { id: 'org-pg-taoyuan', district: 'pinggu', name: { zh: '平谷区桃源社会工作服务中心', en: 'Pinggu Taoyuan Social Work Centre' } },
  { id: 'org-my-shuiyun', district: 'miyun', name: { zh: '密云区水韵社会工作事务所', en: 'Miyun Shuiyun Social Work Agency' } },
  { id: 'org-yq-changcheng', district: 'yanqing', name: { zh: '延庆区长城社会工作服务中心', en: 'Yanqing Changcheng Social Work Centre' } },
];

export const DEMO_ORGANISATION_LIST: readonly DemoOrganisation[] = [...DEMO_ORGANISATIONS.map((o) => ({ id: o.id, name: { ...o.name }, district: o.district })), ...MORE];

export async function insertDemoOrganisations(db: Queryable): Promise<void> {
  const list = DEMO_ORGANISATION_LIST;
  await db.query(
    `INSERT INTO organisations (id, name, district) SELECT id, name, district FROM unnest($1::text[], $2::jsonb[], $3::text[]) AS o(id, name, district)
     ON CONFLICT (id) DO NOTHING`,
    [list.map((o) => o.id), list.map((o) => JSON.stringify(o.name)), list.map((o) => o.district)],
  );
}
