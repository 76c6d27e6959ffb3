import type { ServiceRecordKind } from '../api';

/**
 * The kinds of service record (服务记录), in the order forms offer them; their names are the
 * translations `records.kinds.<kind>`. The type keeps the list to what the API accepts.
 */
export const RECORD_KINDS: readonly ServiceRecordKind[] = ['home_visit', 'phone', 'office', 'group', 'volunteer'];
