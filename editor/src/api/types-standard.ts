/** Types of a standard's parts, type-only from the standards workspace. */
export type {
  CaseRole,
  Comparator,
  ContentItem,
  DurationUnit,
  Indicator,
  IndicatorKind,
  MethodItem,
  NumberOrParameter,
  Parameter,
  RecordsMeasure,
  RoleItem,
  ServiceRecordKind,
} from '@jingzhun/standards';
