import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { messageArguments } from '@politburo/i18n';
import { ISO_FACT, useFormat } from './format.ts';

/**
 * The one place a reason code becomes user text. Known codes have their own sentence, filled
 * with the error's facts (titles, names, dates in the reader's format); unknown ones fall back
 * to the server's detail, never to a stack trace.
 */
export function useProblemText(): (e: unknown) => string {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return (e) => {
    if (e instanceof ApiError || (typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string')) {
      const p = e instanceof ApiError ? e.problem : (e as { code: string; detail?: string; params?: Record<string, string | number> });
      const code = p.code;
      const params = Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && ISO_FACT.test(v) ? f.instant(v) : v]));
      const key = `problem.${code}`;
      const field = e instanceof ApiError ? e.problem.errors?.[0]?.field : undefined;
      // A sentence that needs facts the error did not bring falls back to the server's own words.
      const raw = i18n.getResource(i18n.resolvedLanguage ?? 'en', 'translation', key) ?? i18n.getResource('en', 'translation', key);
      const needs = messageArguments(String(raw ?? ''));
      const usable = i18n.exists(key) && needs.every((n) => n in params);
      const base = usable ? t(key, params) : (p.detail ?? (e instanceof ApiError ? e.problem.title : code));
      if (code === 'USER_IN_OTHER_BODY' && field === 'bodyId') return t('login.elsewhere', { bodies: e instanceof ApiError ? (e.problem.errors?.[0]?.message ?? '') : '' });
      return field && code === 'VALIDATION' ? `${base} (${field})` : base;
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
