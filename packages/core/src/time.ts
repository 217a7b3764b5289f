/**
 * Time in the core is a string in one of two ISO forms, compared as text:
 * a date `YYYY-MM-DD`, or an instant to the minute `YYYY-MM-DDTHH:MM` (archival
 * telegrams carry minutes, nothing finer). The clock lives outside the core and
 * arrives with each command as `meta.now`. The arithmetic below is civil-calendar
 * maths on numbers, so the core never touches `Date` and cannot read a clock.
 */
export type IsoDate = string;
export type Instant = string;

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

// Checked by character codes rather than a regular expression: `decide` checks the time
// of every command, and the simulator and the importer issue millions of them.
/** The ASCII digits at s[at, at + n) as a number, or -1 if any is not a digit. */
const digits = (s: string, at: number, n: number): number => {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
};

/** `YYYY-MM-DD` at the start of `s`, a real day of the civil calendar. */
const dateAtStart = (s: string): boolean => {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
};

export const isIsoDate = (s: string): boolean => typeof s === 'string' && s.length === 10 && dateAtStart(s);

export const isInstant = (s: string): boolean => {
  if (typeof s !== 'string' || s.length !== 16 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || !dateAtStart(s)) return false;
  const hh = digits(s, 11, 2);
  const mm = digits(s, 14, 2);
  return hh >= 0 && hh < 24 && mm >= 0 && mm < 60;
};

// The commands of one event share one `now`, and each asks for its date several times:
// the last answer is kept, so that asking again allocates nothing (a pure function's memo).
let lastTime = '';
let lastDate = '';
export const dateOf = (t: Instant | IsoDate): IsoDate => {
  if (t !== lastTime) {
    lastTime = t;
    lastDate = t.slice(0, 10);
  }
  return lastDate;
};

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export const toDays = (d: IsoDate): number => {
  let y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

export const fromDays = (z0: number): IsoDate => {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

export const addDays = (d: IsoDate, days: number): IsoDate => fromDays(toDays(d) + days);

/** Minutes since the epoch, for latency arithmetic. A bare date counts as its midnight. */
export const toMinutes = (t: Instant | IsoDate): number =>
  toDays(t.slice(0, 10)) * 1440 + (t.length > 10 ? Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16)) : 0);

export const fromMinutes = (minutes: number): Instant => {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  const hh = Math.floor(rest / 60);
  const mm = rest % 60;
  return `${fromDays(days)}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
};

export const addMinutes = (t: Instant, minutes: number): Instant => fromMinutes(toMinutes(t) + minutes);

/** Inclusive on both ends, as the record format defines absence windows. */
export const withinDates = (d: IsoDate, from: IsoDate, to: IsoDate): boolean => from <= d && d <= to;
