import { findingsIn } from './browser/support/page-words';

describe('what the scan finds in a page’s text', () => {
  it('finds traditional characters, English and raw keys, and nothing in plain simplified Chinese with codes and dates', () => {
    expect(findingsIn('东城区 BJ-SW-ELDER 2026年8月1日 至 2026-11-30 English Excel')).toEqual([]);
    expect(findingsIn('精準服務')).toEqual(['traditional characters: 準務']);
    expect(findingsIn('性别 gender female')).toEqual(['words in Latin letters: gender, female']);
    expect(findingsIn("must have required property '街道'")).toEqual(['words in Latin letters: must, have, required, property']);
    expect(findingsIn('referral_started org-dc-hexie.worker')).toEqual(['words in Latin letters: referral_started, org, dc, hexie, worker']);
  });
});
