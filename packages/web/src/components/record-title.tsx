import { useTranslation } from 'react-i18next';
import { recordTitle, titleLang } from '../i18n/pick.ts';

/** A record's title in the interface's language where the catalogue has it (filler titles), else as written, marked with its language. */
export function RecordTitle({ title }: { title: string }) {
  const { t, i18n } = useTranslation();
  const lang = titleLang(title, i18n.resolvedLanguage === 'ru' ? 'ru' : 'en');
  return <span lang={lang}>{recordTitle(title, t)}</span>;
}
