import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { SourceInfo } from '../api/types.ts';
import { useAsync } from './use-async.ts';

const cache = new Map<string, Promise<{ sources: SourceInfo[] }>>();

/** A row's source in full on its citable page: author, title, locator, status, confidence, link. */
export function SourceLine({ bodyId, sourceId }: { bodyId: string; sourceId?: string }) {
  const { t } = useTranslation();
  const state = useAsync(() => {
    let p = cache.get(bodyId);
    if (!p) {
      p = api.sources(bodyId);
      cache.set(bodyId, p);
      p.catch(() => cache.delete(bodyId));
    }
    return p;
  }, [bodyId]);
  if (!sourceId) return null;
  const s = state.data?.sources.find((x) => x.id === sourceId);
  if (!s) return null;
  return (
    <p className="small" data-testid="source-line">
      {t('provenance.source')}: {s.author ? `${s.author}, ` : ''}
      {s.url ? (
        <a href={s.url} rel="noreferrer noopener" target="_blank">
          {s.title}
        </a>
      ) : (
        s.title
      )}
      {s.locator ? `, ${s.locator}` : ''} · {t('provenance.status')}: {s.status}
      {s.confidence ? (
        <>
          {' '}
          · <span data-testid="source-confidence">{t('provenance.confidence')}: {s.confidence}</span>
        </>
      ) : null}
    </p>
  );
}
