import { filenameFromDisposition } from './content-disposition';

describe('the name of a downloaded file', () => {
  it('takes the Chinese name the server gives in UTF-8 over the ASCII one', () => {
    expect(filenameFromDisposition(`attachment; filename="Cases-2026-06-01.xlsx"; filename*=UTF-8''%E4%B8%AA%E6%A1%88-2026-06-01.xlsx`, 'x.xlsx')).toBe('个案-2026-06-01.xlsx');
  });

  it('takes the plain name when there is no UTF-8 one, quoted or not', () => {
    expect(filenameFromDisposition('attachment; filename="indicators-BJ-SW-ELDER.xlsx"', 'x.xlsx')).toBe('indicators-BJ-SW-ELDER.xlsx');
    expect(filenameFromDisposition('attachment; filename=cases.csv', 'x.csv')).toBe('cases.csv');
  });

  it('falls back when the header is missing, broken or names a folder', () => {
    expect(filenameFromDisposition(null, 'export.xlsx')).toBe('export.xlsx');
    expect(filenameFromDisposition('attachment', 'export.xlsx')).toBe('export.xlsx');
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''%E4%B8`, 'export.xlsx')).toBe('export.xlsx');
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''..%2Fetc%2Fpasswd`, 'export.xlsx')).toBe('export.xlsx');
  });
});
