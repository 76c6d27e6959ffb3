/**
 * The fields of a case's data the platform reads by name, beyond what its standard does with them: the
 * client's name, which the case lists show and search, and the street, town or township (街道、乡镇)
 * where the client lives (or was found), which the lists filter by and the start of a case offers as a
 * choice of the district's streets. A standard's eligibility schema that names these fields so (as
 * the shipped standards do, with their forms: a name learnt later, at registration, replaces an
 * unknown one) gets both; one without them still runs, its cases listed by their numbers.
 *
 * @example
 *   const client = caseData[CASE_FIELDS.clientName]; // '张桂兰'
 */
export const CASE_FIELDS = {
  /** The client's name, a string (姓名). */
  clientName: 'clientName',
  /** The Chinese name of a street, area office, town or township of the case's district (街道（乡镇）). */
  street: 'street',
} as const;

export type CaseFieldNames = typeof CASE_FIELDS;
