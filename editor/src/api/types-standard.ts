/** Types of a standard's parts, type-only from the standards workspace. */
export type {
  CaseRole,
  Comparator,
  ContentItem,
  DurationUnit,
  Indicator,
  IndicatorKind,
  LocalizedText,
  MethodItem,
  NumberOrParameter,
  Parameter,
  RecordsMeasure,
  RoleItem,
  ServiceRecordKind,
  ServiceStandard,
} from '@jingzhun/standards';
