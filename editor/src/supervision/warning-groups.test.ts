import type { EarlyWarning } from '../api';
import { groupWarnings } from './warning-groups';

const warning = (caseKey: string, district: string, indicator: string, deadlineAt: string): EarlyWarning => ({
  caseId: caseKey,
  caseKey,
  district,
  organisation: null,
  indicator,
  indicatorTitle: { zh: indicator, en: indicator },
  openedAt: '2026-12-01T01:00:00.000Z',
  deadlineAt,
});

describe('early warnings per district and indicator', () => {
  it('gathers them by district in the city’s order, then by indicator, soonest due first', () => {
    const groups = groupWarnings(
      [
        warning('H1', 'haidian', 'plan', '2026-12-08T02:00:00.000Z'),
        warning('D2', 'dongcheng', 'visit', '2026-12-09T02:00:00.000Z'),
        warning('D1', 'dongcheng', 'visit', '2026-12-08T02:00:00.000Z'),
        warning('D3', 'dongcheng', 'plan', '2026-12-08T05:00:00.000Z'),
      ],
      ['dongcheng', 'xicheng', 'haidian'],
    );
    expect(groups.map((g) => [g.district, g.indicator, g.items.map((w) => w.caseKey)])).toEqual([
      ['dongcheng', 'plan', ['D3']],
      ['dongcheng', 'visit', ['D1', 'D2']],
      ['haidian', 'plan', ['H1']],
    ]);
  });

  it('has nothing to show without warnings', () => {
    expect(groupWarnings([])).toEqual([]);
  });
});
