/** Types of a standard's parts, type-only from the standards workspace. */
export type {
  CaseRole,
  Comparator,
  DurationUnit,
  Indicator,
  IndicatorKind,
  LocalizedText,
  NumberOrParameter,
  Parameter,
  ServiceRecordKind,
  ServiceStandard,
} from '@jingzhun/standards';
