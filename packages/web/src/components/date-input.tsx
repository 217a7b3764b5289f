import { type InputHTMLAttributes, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/pick.ts';
import { formatTypedDate, parseTypedDate } from './typed-date.ts';

type Props = { value: string; onChange: (iso: string) => void; withTime?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

/**
 * A date (or date and time) field in the interface's language, holding the same ISO value a
 * `type="date"` field would: "30.07.1934" in Russian, "30/07/1934" in English, ISO read in both.
 * What is typed stays as typed until it reads as a date; a field that cannot be read is marked
 * invalid (with the pattern to follow), so the form will not submit it.
 */
export function DateInput({ value, onChange, withTime = false, ...rest }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText] = useState(() => formatTypedDate(value, lang));
  const held = useRef({ value, lang });
  // A value set from outside (a filter cleared, a default), or a switch of language, rewrites the text.
  useEffect(() => {
    if (held.current.value !== value || held.current.lang !== lang) {
      held.current = { value, lang };
      setText(formatTypedDate(value, lang));
    }
  }, [value, lang]);
  const pattern = t(withTime ? 'dateInput.dateTimePattern' : 'dateInput.datePattern');
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={pattern}
      value={text}
      onChange={(e) => {
        const typed = e.target.value;
        setText(typed);
        const iso = typed.trim() === '' ? '' : parseTypedDate(typed, withTime);
        e.target.setCustomValidity(iso === undefined ? t('dateInput.invalid', { pattern }) : '');
        if (iso === undefined) return;
        held.current = { value: iso, lang };
        onChange(iso);
      }}
    />
  );
}
