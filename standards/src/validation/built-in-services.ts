/** Names of the built-in services a service task may call (`std:service`); the engine implements them. */
export const BUILT_IN_SERVICES = ['notify', 'record-referral'] as const;
export type BuiltInService = (typeof BUILT_IN_SERVICES)[number];
