import { useApi } from '../auth/session-context';
import type { District } from '../api';
import { useResource } from './use-resource';

let cache: Promise<District[]> | null = null;

/** Beijing's districts as the API names them; fetched once per page load. */
export function useDistricts(): District[] {
  const api = useApi();
  const { data } = useResource(() => {
    cache ??= api.listDistricts().then(
      (r) => r.items,
      (e: unknown) => {
        cache = null;
        throw e;
      },
    );
    return cache;
  }, []);
  return data ?? [];
}
