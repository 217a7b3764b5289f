import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { SourceInfo } from '../api/types.ts';
import { useLang } from '../i18n/pick.ts';
import { useAsync } from './use-async.ts';

const cache = new Map<string, Promise<{ sources: SourceInfo[] }>>();

/** A row's source in full on its citable page: author, title, locator, status, confidence, link. */
export function SourceLine({ bodyId, sourceId }: { bodyId: string; sourceId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
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
  // In Russian the source's own title where the record keeps it; the citation is the record's words, marked as such.
  const title = lang === 'ru' && s.titleOriginal ? s.titleOriginal : s.title;
  return (
    <p className="small" data-testid="source-line">
      {t('provenance.source')}:{' '}
      <span lang="en" data-testid="source-citation">
        {s.author ? `${s.author}, ` : ''}
        {s.url ? (
          <a href={s.url} rel="noreferrer noopener" target="_blank" lang={/[А-Яа-яЁё]/.test(title) ? 'ru' : 'en'}>
            {title}
          </a>
        ) : (
          <span lang={/[А-Яа-яЁё]/.test(title) ? 'ru' : 'en'}>{title}</span>
        )}
        {s.locator ? `, ${s.locator}` : ''}
      </span>{' '}
      · {t('provenance.status')}: {t(`vocab.sourceStatus.${s.status}`)}
      {s.confidence ? (
        <>
          {' '}
          · <span data-testid="source-confidence">{t('provenance.confidence')}: <span lang="en">{s.confidence}</span>
          </span>
        </>
      ) : null}
    </p>
  );
}
