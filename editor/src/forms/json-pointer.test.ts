import { pointerAncestors, pointerToProperty, toPointer, withinStandard } from './json-pointer';

describe('JSON pointers of API errors', () => {
  it('turn into the field path of a rendered form', () => {
    expect(pointerToProperty('/address/street')).toBe('.address.street');
    expect(pointerToProperty('/members/0/name')).toBe('.members.0.name');
    expect(pointerToProperty('/a~1b')).toBe('.a/b');
  });

  it('are read relative to the standard when the request wrapped it', () => {
    expect(withinStandard('/standard/roles/0/id')).toBe('/roles/0/id');
    expect(withinStandard('/roles/0/id')).toBe('/roles/0/id');
  });

  it('lead to the nearest field that exists', () => {
    expect(pointerAncestors('/roles/0/title')).toEqual(['/roles/0/title', '/roles/0', '/roles']);
  });

  it('escape keys with slashes', () => {
    expect(toPointer(['forms', 'a/b'])).toBe('/forms/a~1b');
  });
});
