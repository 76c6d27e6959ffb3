import type { ModuleDeclaration } from 'didi';
import { StandardContext } from './standard-context';

/** The `stdContext` service: the standard's roles, forms, parameters and contents for the diagram. */
export default {
  __init__: ['stdContext'],
  stdContext: ['type', StandardContext],
} satisfies ModuleDeclaration;
