/**
 * The client fields the five standards share, named alike so that a referral (a case of one standard
 * started from another) carries the client over: the called standard's eligibility reads the same
 * names the calling case already holds.
 */
import { choice, integer, t, text, type Option } from './schema-fields';

export const GENDERS: readonly Option[] = [
  ['female', '女', 'Female'],
  ['male', '男', 'Male'],
];

/** The assistance a household receives (《社会救助暂行办法》), or is applying for. */
export const ASSISTANCE_TYPES: readonly Option[] = [
  ['dibao', '最低生活保障家庭', 'Minimum living guarantee (dibao) household'],
  ['tekun', '特困人员', 'Person in extreme poverty (tekun)'],
  ['low_income', '低收入家庭', 'Low-income household'],
  ['temporary', '临时救助对象', 'Temporary assistance recipient'],
  ['applying', '正在申请社会救助', 'Applying for social assistance'],
];

export const clientName = text(t('姓名', 'Name'), { maxLength: 50 });
export const gender = choice(t('性别', 'Gender'), GENDERS);
export const age = (minimum: number, maximum: number) => integer(t('年龄（周岁）', 'Age (years)'), { minimum, maximum });
export const street = text(t('街道（乡镇）', 'Street or township'), { maxLength: 50 });
export const community = text(t('社区（村）', 'Community or village'), { maxLength: 50 });
export const assistanceType = choice(t('救助类别', 'Assistance category'), ASSISTANCE_TYPES);

/** The four need areas of the policy (京民社工发〔2017〕23号 一). */
export const NEED_LEVELS: readonly Option[] = [
  ['none', '无需求', 'No need'],
  ['low', '轻度', 'Low'],
  ['medium', '中度', 'Medium'],
  ['high', '重度', 'High'],
];
