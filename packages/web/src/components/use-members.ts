import { useCallback, useMemo } from 'react';
import { api } from '../api/client.ts';
import type { Member } from '../api/types.ts';
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
  // Stable while the members are: a table that lists names would otherwise rebuild its cells on every render.
  const name = useCallback((id: string | undefined) => (id ? (byId.get(id)?.name ?? id) : '—'), [byId]);
  return { members, byId, name, error: state.error };
}
