import { StdPropertiesProvider } from './std-properties-provider';

/** The properties panel entries for the `std:` extension (needs the std-context module). */
export default {
  __init__: ['stdPropertiesProvider'],
  stdPropertiesProvider: ['type', StdPropertiesProvider],
};
