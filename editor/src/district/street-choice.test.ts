import type { Street } from '../api';
import { withStreetChoice } from './street-choice';

const STREETS: Street[] = [
  { code: '110101001', kind: 'subdistrict', name: { zh: '东华门街道', en: 'Donghuamen Subdistrict' } },
  { code: '110101003', kind: 'subdistrict', name: { zh: '交道口街道', en: 'Jiaodaokou Subdistrict' } },
];

const eligibility = {
  type: 'object',
  properties: {
    clientName: { type: 'string', title: '姓名' },
    street: { type: 'string', title: '街道（乡镇）', 'x-en': { title: 'Street or township' }, maxLength: 50 },
  },
  required: ['clientName', 'street'],
};

describe('the street chosen from the district’s register', () => {
  it('offers the district’s streets for the street field, stored by their Chinese names and said in English too', () => {
    const chosen = withStreetChoice(eligibility, STREETS) as { properties: Record<string, Record<string, unknown>> };
    expect(chosen.properties['street']).toEqual({
      type: 'string',
      title: '街道（乡镇）',
      'x-en': { title: 'Street or township' },
      maxLength: 50,
      oneOf: [
        { const: '东华门街道', title: '东华门街道', 'x-en': { title: 'Donghuamen Subdistrict' } },
        { const: '交道口街道', title: '交道口街道', 'x-en': { title: 'Jiaodaokou Subdistrict' } },
      ],
    });
    expect(chosen.properties['clientName']).toBe(eligibility.properties.clientName);
    // The standard's own schema is left as it was.
    expect(eligibility.properties.street).not.toHaveProperty('oneOf');
  });

  it('leaves a schema without a street field, one whose street is already a choice, or no streets known, as it is', () => {
    const noStreet = { type: 'object', properties: { name: { type: 'string' } } };
    expect(withStreetChoice(noStreet, STREETS)).toBe(noStreet);
    const chosen = { type: 'object', properties: { street: { type: 'string', enum: ['东华门街道'] } } };
    expect(withStreetChoice(chosen, STREETS)).toBe(chosen);
    expect(withStreetChoice(eligibility, [])).toBe(eligibility);
  });
});
