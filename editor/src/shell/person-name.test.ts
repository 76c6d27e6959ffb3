import { personName } from './format';

describe('personName', () => {
  const people = { usr_1: { username: 'dongcheng.worker', displayName: { zh: '东城区社工', en: 'Dongcheng caseworker' } } };

  it('names a person from the directory in the reader’s language', () => {
    expect(personName(people, 'usr_1', 'zh')).toBe('东城区社工');
    expect(personName(people, 'usr_1', 'en')).toBe('Dongcheng caseworker');
  });

  it('falls back to the id for someone the directory does not know, and to nothing for nobody', () => {
    expect(personName(people, 'system', 'zh')).toBe('system');
    expect(personName(undefined, 'usr_2', 'zh')).toBe('usr_2');
    expect(personName(people, null, 'zh')).toBe('');
  });
});
