import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/**
 * The one place a reason code becomes user text. Known codes have their own sentence;
 * unknown ones fall back to the server's detail, never to a stack trace.
 */
export function useProblemText(): (e: unknown) => string {
  const { t, i18n } = useTranslation();
  return (e) => {
    if (e instanceof ApiError) {
      const key = `problem.${e.code}`;
      const field = e.problem.errors?.[0]?.field;
      const base = i18n.exists(key) ? t(key) : (e.problem.detail ?? e.problem.title);
      return field && e.code === 'VALIDATION' ? `${base} (${field})` : base;
    }
    return e instanceof Error ? e.message : String(e);
  };
}

export function ErrorView({ error }: { error: unknown }) {
  const text = useProblemText();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {text(error)}
    </p>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}
