/** Reading and writing the values of `std:` attributes, kept free of the panel so it can be tested alone. */

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** Same reading as the standard's `parseSla`: whole working days, or an ISO 8601 duration. */
export function isValidSla(value: string): boolean {
  const v = value.trim();
  return v === '' || /^\d{1,4}$/.test(v) || ISO_DURATION.test(v);
}

/** Adds or removes one content id in the space-separated `std:contents`, keeping the others' order. */
export function toggleContent(contents: string, id: string, on: boolean): string | undefined {
  const ids = contents.split(/\s+/).filter(Boolean).filter((c) => c !== id);
  if (on) ids.push(id);
  return ids.length ? ids.join(' ') : undefined;
}

/** Same bounds as the standard's `std:minRecords`: empty (none), or a whole number of 1–50. */
export function isValidMinRecords(value: string): boolean {
  const v = value.trim();
  return v === '' || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 50);
}
