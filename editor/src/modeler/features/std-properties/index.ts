import stdModeling from '../std-modeling';
import { StdPropertiesProvider } from './std-properties-provider';

/**
 * The properties panel entries for the `std:` extension (needs the std-context module); they rely on
 * std-modeling to keep the attributes' rules.
 */
export default {
  __depends__: [stdModeling],
  __init__: ['stdPropertiesProvider'],
  stdPropertiesProvider: ['type', StdPropertiesProvider],
};
