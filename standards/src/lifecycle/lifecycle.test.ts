import { allowedActions, isEditable, LIFECYCLE_ACTIONS, LifecycleForbiddenError, STANDARD_STATUSES, transition, type StandardStatus } from './lifecycle';

describe('the lifecycle of a standard', () => {
  it('goes draft → in review → published → retired', () => {
    let status: StandardStatus = 'draft';
    status = transition(status, 'submit');
    expect(status).toBe('in_review');
    status = transition(status, 'approve');
    expect(status).toBe('published');
    expect(transition(status, 'retire')).toBe('retired');
  });

  it('sends a rejected draft back to draft when it is revised', () => {
    expect(transition('in_review', 'reject')).toBe('rejected');
    expect(transition('rejected', 'revise')).toBe('draft');
  });

  it('refuses every other move with a coded error saying what and from where, in both languages', () => {
    const legal = new Set(['draft:submit', 'in_review:approve', 'in_review:reject', 'rejected:revise', 'published:retire']);
    for (const from of STANDARD_STATUSES) {
      for (const action of LIFECYCLE_ACTIONS) {
        if (legal.has(`${from}:${action}`)) continue;
        let thrown: unknown;
        try {
          transition(from, action);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeInstanceOf(LifecycleForbiddenError);
        expect(thrown).toMatchObject({ code: 'LIFECYCLE_FORBIDDEN', from, action, localized: { zh: expect.any(String), en: expect.any(String) } });
      }
    }
  });

  it('lists the allowed actions, and only drafts are editable (published versions are immutable)', () => {
    expect(allowedActions('in_review')).toEqual(['approve', 'reject']);
    expect(allowedActions('retired')).toEqual([]);
    expect(STANDARD_STATUSES.filter(isEditable)).toEqual(['draft']);
  });
});
