/**
 * Invented clients: names in the style the examples use (a surname, 某, a given character), so no real
 * person is ever named; ages and genders drawn per standard.
 *
 * @example
 *   clientName(rng, 'female') // '王某芳'
 */
import type { Random } from '../random/seeded-random';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '韩', '冯', '于', '董', '萧'];
const GIVEN = {
  female: ['芳', '英', '兰', '秀', '华', '丽', '敏', '静', '玲', '红', '梅', '霞', '萍', '琳', '雪'],
  male: ['伟', '强', '军', '明', '刚', '勇', '杰', '涛', '斌', '峰', '磊', '山', '海', '林', '平'],
} as const;

export type Gender = 'female' | 'male';

export function gender(rng: Random, femaleShare = 0.5): Gender {
  return rng.chance(femaleShare) ? 'female' : 'male';
}

export function clientName(rng: Random, g: Gender): string {
  return `${rng.pick(SURNAMES)}某${rng.pick(GIVEN[g])}`;
}

/** A child's name as the examples write it: 小 and a given character. */
export function childName(rng: Random, g: Gender): string {
  return rng.chance(0.5) ? `小${rng.pick(GIVEN[g])}` : clientName(rng, g);
}
