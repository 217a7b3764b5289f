/** A nested dictionary as written in a message file. */
export interface Dictionary {
  [key: string]: string | Dictionary;
}

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`: the catalogue is looked up by dotted keys. */
export function flatten(dict: Dictionary, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(dict)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into[path] = value;
    else flatten(value, path, into);
  }
  return into;
}

const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/;

/**
 * A dictionary written in i18next's syntax (the web's section: `{{name}}`, keys `x_one`, `x_few`, `x_other`)
 * becomes ICU: `{name}`, and one `x` of `{count, plural, one {…} few {…} other {…}}`. Keys already in ICU
 * pass unchanged, so the web's files may hold either while they move over.
 */
export function icuFromI18next(flat: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const plurals = new Map<string, Array<[string, string]>>();
  for (const [key, raw] of Object.entries(flat)) {
    const message = raw.replace(/\{\{\s*([\w.]+)\s*\}\}/g, '{$1}');
    const m = PLURAL_SUFFIX.exec(key);
    if (m) {
      const forms = plurals.get(m[1]!) ?? [];
      forms.push([m[2]!, message]);
      plurals.set(m[1]!, forms);
    } else out[key] = message;
  }
  for (const [key, forms] of plurals) {
    if (key in out) continue;
    out[key] = `{count, plural, ${forms.map(([form, text]) => `${form} {${text}}`).join(' ')}}`;
  }
  return out;
}
