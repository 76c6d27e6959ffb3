import { Type, type Static } from '@sinclair/typebox';

/** Text a person reads, in Chinese (the default) and English. */
// No $id: schemas embedding it are compiled by the one ajv instance, where an id may be registered once.
export const LocalizedText = Type.Object(
  {
    zh: Type.String({ minLength: 1, maxLength: 2000 }),
    en: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type LocalizedText = Static<typeof LocalizedText>;
