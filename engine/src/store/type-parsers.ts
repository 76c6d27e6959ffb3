/**
 * Both drivers return the same JavaScript values for the same SQL types: counts and sums (int8, numeric)
 * as numbers, calendar dates as 'YYYY-MM-DD' strings, timestamps as Date.
 */
export const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

export const parsers: Record<number, (value: string) => unknown> = {
  [OID.INT8]: (value) => Number(value),
  [OID.NUMERIC]: (value) => Number(value),
  [OID.DATE]: (value) => value,
};
