import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { JingzhunApi, Session } from '../api';
import { api, sessionStore } from '../app-services';

const ApiContext = createContext<JingzhunApi>(api);

export function ApiProvider({ children, client = api }: { children: ReactNode; client?: JingzhunApi }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): JingzhunApi {
  return useContext(ApiContext);
}

/** The signed-in session, or null; re-renders on sign-in, refresh and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => sessionStore.subscribe(l),
    () => sessionStore.current,
  );
}
