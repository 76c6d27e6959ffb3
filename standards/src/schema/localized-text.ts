import { Type, type Static } from '@sinclair/typebox';

/** Text a person reads, in Chinese (the default) and English. */
export const LocalizedText = Type.Object(
  {
    zh: Type.String({ minLength: 1, maxLength: 2000 }),
    en: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false, $id: 'LocalizedText' },
);
export type LocalizedText = Static<typeof LocalizedText>;
