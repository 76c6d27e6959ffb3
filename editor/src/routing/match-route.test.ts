import { matchRoute } from './match-route';

describe('matchRoute', () => {
  it('gives the decoded parameters of a matching path', () => {
    expect(matchRoute('/standards/:code/review', '/standards/BJ-SW-ELDER/review')).toEqual({ code: 'BJ-SW-ELDER' });
    expect(matchRoute('/cases/:id', '/cases/a%2Fb')).toEqual({ id: 'a/b' });
  });

  it('refuses paths of another shape', () => {
    expect(matchRoute('/standards/:code', '/standards')).toBeNull();
    expect(matchRoute('/standards/:code', '/cases/1')).toBeNull();
    expect(matchRoute('/inbox', '/inbox/extra')).toBeNull();
  });

  it('ignores trailing slashes', () => {
    expect(matchRoute('/inbox', '/inbox/')).toEqual({});
  });
});
