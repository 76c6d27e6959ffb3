import { errorSchemaFrom } from './error-schema';

describe('API errors shown on the fields of a form', () => {
  it('nests each message under the field its pointer names', () => {
    expect(errorSchemaFrom([{ pointer: '/address/street', message: '必填' }, { pointer: '/name', message: '太长' }])).toEqual({
      address: { street: { __errors: ['必填'] } },
      name: { __errors: ['太长'] },
    });
  });

  it('puts an error without a pointer on the whole form', () => {
    expect(errorSchemaFrom([{ message: 'bad' }])).toEqual({ __errors: ['bad'] });
  });
});
