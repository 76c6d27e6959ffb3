import { personName } from './format';

describe('personName', () => {
  const people = { usr_1: { username: 'dongcheng.worker', displayName: { zh: '东城区社工', en: 'Dongcheng caseworker' } } };

  it('names a person from the directory in the reader’s language', () => {
    expect(personName(people, 'usr_1', 'zh')).toBe('东城区社工');
    expect(personName(people, 'usr_1', 'en')).toBe('Dongcheng caseworker');
  });

  it('never shows an id: someone the directory does not know is someone without an account', () => {
    expect(personName(people, 'org-dc-hexie.worker', 'zh')).toBe('未登记人员');
    expect(personName(undefined, 'usr_2', 'en')).toBe('someone without an account');
    expect(personName(people, null, 'zh')).toBe('');
  });
});
