import { useCallback, useMemo } from 'react';
import { api } from '../api/client.ts';
import type { Member } from '../api/types.ts';
import { memberLabel, useLang } from '../i18n/pick.ts';
import { useAsync } from './use-async.ts';

const cache = new Map<string, Promise<{ members: Member[] }>>();

/** Members change rarely; one request per body per page load, shared by every component. */
export function useMembers(bodyId: string) {
  const state = useAsync(() => {
    let p = cache.get(bodyId);
    if (!p) {
      p = api.members(bodyId);
      cache.set(bodyId, p);
      p.catch(() => cache.delete(bodyId));
    }
    return p;
  }, [bodyId]);
  const members = state.data?.members ?? [];
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const lang = useLang();
  // Stable while the members and the language are: a table that lists names would otherwise rebuild its cells on every render.
  const name = useCallback(
    (id: string | undefined) => {
      const m = id ? byId.get(id) : undefined;
      return m ? memberLabel(m, lang) : (id ?? '—');
    },
    [byId, lang],
  );
  /** The name the server gave (it may know one the viewer's member list lacks), in Russian where the list has it. */
  const nameOf = useCallback(
    (id: string | undefined, given: string | undefined) => {
      const m = id ? byId.get(id) : undefined;
      return lang === 'ru' && m?.nameRu ? m.nameRu : (given ?? name(id));
    },
    [byId, lang, name],
  );
  return { members, byId, name, nameOf, error: state.error };
}
