/**
 * The order canonical files are sorted in: text compared code unit by code unit,
 * except that runs of digits compare as numbers, so d2 comes before d10 as a
 * historian expects. Written by hand rather than with Intl.Collator so the bytes
 * of an export never depend on the ICU version of the machine.
 */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const compareNatural = (a: string, b: string): number => {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ie = i;
      while (ie < a.length && isDigit(a.charCodeAt(ie))) ie++;
      let je = j;
      while (je < b.length && isDigit(b.charCodeAt(je))) je++;
      // Compare the runs without leading zeros: longer is larger, else digit by digit.
      let is = i;
      while (is < ie - 1 && a.charCodeAt(is) === 48) is++;
      let js = j;
      while (js < je - 1 && b.charCodeAt(js) === 48) js++;
      const la = ie - is;
      const lb = je - js;
      if (la !== lb) return la - lb;
      for (let k = 0; k < la; k++) {
        const d = a.charCodeAt(is + k) - b.charCodeAt(js + k);
        if (d !== 0) return d;
      }
      i = ie;
      j = je;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  if (i < a.length || j < b.length) return i < a.length ? 1 : -1;
  // Equal as numbers (e.g. "d01" and "d1"): fall back to plain order so the order is total.
  return a < b ? -1 : a > b ? 1 : 0;
};
