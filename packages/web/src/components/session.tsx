import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { logout as apiLogout, session as apiSession, login as apiLogin, language as apiLanguage, saveLanguage } from '../api/client.ts';
import { onLanguageChosen, setLanguage } from '../i18n/index.ts';
import type { SessionUser } from '../api/types.ts';

interface SessionContext {
  user: SessionUser | null;
  ready: boolean;
  login: (bodyId: string, username: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
  setUser: (u: SessionUser | null) => void;
}

const Ctx = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [ready, setReady] = useState(false);
  const refresh = useCallback(async () => {
    try {
      setUser((await apiSession()).user);
    } catch {
      setUser(null);
    } finally {
      setReady(true);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  // Logged in: the language kept on the server wins (chosen on another device), and a switch here is kept there.
  useEffect(() => {
    if (!user) return;
    void apiLanguage().then((r) => (r.setting ? setLanguage(r.setting, false) : undefined), () => undefined);
    return onLanguageChosen((lang) => void saveLanguage(lang).catch(() => undefined));
  }, [user]);
  const value = useMemo<SessionContext>(
    () => ({
      user,
      ready,
      setUser,
      refresh,
      login: async (bodyId, username, password) => {
        const u = await apiLogin(bodyId, username, password);
        setUser(u);
        return u;
      },
      logout: async () => {
        await apiLogout();
        setUser(null);
      },
    }),
    [user, ready, refresh],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useSession = (): SessionContext => {
  const c = useContext(Ctx);
  if (!c) throw new Error('SessionProvider missing');
  return c;
};

/** The session's role in this body, or null: a session for another body is anonymous here. */
export const useRoleIn = (bodyId: string | undefined) => {
  const { user } = useSession();
  return user && bodyId && user.bodyId === bodyId ? user : null;
};
