/**
 * Generates a large synthetic record as a CSV folder, streaming every table to disk
 * so memory stays flat whatever the size:
 *
 *   npx tsx bench/generate-record.ts --out bench/out/1m --decisions 1000000 --letters 1000000
 *
 * The record keeps the 1934 proportions: ~3,945 decisions and ~46 meetings a year,
 * the leader away 1 August – 31 October every year (25% of the year), the leader
 * intervening on ~11.5% of the decisions taken while he is away (76% of them
 * replies, 84% of those confirmations), plus distractors: the deputy's
 * interventions, the leader's outside the absence, unknown attendance, sittings cancelled or
 * never held. Deterministic
 * for a given --seed.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { addDays, addMinutes, toDays } from '@politburo/core';
import { parseFlags, progress } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { out: 'bench/out/record', decisions: '1000000', letters: '', seed: '1934' });
const decisions = Number(flags.decisions);
const letters = flags.letters === '' ? Math.ceil(decisions / 10) : Number(flags.letters);
const PER_YEAR = 3945;
const MEETINGS_PER_YEAR = 46;
const years = Math.max(1, Math.ceil(decisions / PER_YEAR));
const START_YEAR = 1934;

/** mulberry32: small, fast, seedable; the generator must not depend on Math.random. */
const rng = (() => {
  let a = Number(flags.seed) >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();

const yearOf = (k: number): number => START_YEAR + k;
const pad = (n: number, w = 4): string => String(n).padStart(w, '0');

/** Buffered writer honouring back-pressure, so a slow disk cannot fill memory. */
class TableWriter {
  private buf: string[] = [];
  private readonly stream: WriteStream;
  constructor(path: string, header: string) {
    this.stream = createWriteStream(path);
    this.buf.push(`${header}\n`);
  }
  async line(s: string): Promise<void> {
    this.buf.push(`${s}\n`);
    if (this.buf.length >= 4096) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const ok = this.stream.write(this.buf.join(''));
    this.buf = [];
    if (!ok) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

const main = async (): Promise<void> => {
  const out = flags.out!;
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  process.stderr.write(`generating ${decisions.toLocaleString('en')} decisions over ${years} years and ${letters.toLocaleString('en')} letters into ${out}\n`);

  const members = new TableWriter(join(out, 'members.csv'), 'id,name,role');
  await members.line('L,The Leader,leader');
  await members.line('D,The Deputy,deputy');
  for (let i = 1; i <= 8; i++) await members.line(`M${i},Member ${i},member`);
  await members.line('X1,"Correspondent, external",external');
  await members.close();

  const absences = new TableWriter(join(out, 'absences.csv'), 'member_id,from,to,location');
  for (let k = 0; k < years; k++) {
    // Two touching rows a year: the report must merge them into one window.
    await absences.line(`L,${pad(yearOf(k))}-08-01,${pad(yearOf(k))}-08-31,Sochi`);
    await absences.line(`L,${pad(yearOf(k))}-09-01,${pad(yearOf(k))}-10-31,Gagry`);
  }
  await absences.close();

  const isAway = (date: string): boolean => {
    const md = date.slice(5);
    return md >= '08-01' && md <= '10-31';
  };

  // Meetings spread evenly through each year.
  const meetings = new TableWriter(join(out, 'meetings.csv'), 'id,date,chair_id,attendees,status');
  const meetingDates: string[] = [];
  const meetingIds: string[] = [];
  let meetingRows = 0;
  for (let k = 0; k < years; k++) {
    const first = `${pad(yearOf(k))}-01-01`;
    const yearDays = toDays(`${pad(yearOf(k) + 1)}-01-01`) - toDays(first);
    for (let m = 0; m < MEETINGS_PER_YEAR; m++) {
      const date = addDays(first, Math.floor((m * yearDays) / MEETINGS_PER_YEAR) + 3);
      meetingDates.push(date);
      const id = `m${++meetingRows}`;
      meetingIds.push(id);
      const away = isAway(date);
      const attendees = m % 23 === 0 ? '' : away ? 'D;M1;M2;M3' : 'L;D;M1;M2;M3';
      // Now and then the held default is written out, as a live body's export does.
      await meetings.line(`${id},${date},${away ? 'D' : 'L'},${attendees},${m % 11 === 3 ? 'held' : ''}`);
    }
    // Distractors: sittings that were not held count in no figure, even with an attendance list
    // that lacks the leader and a date inside his absence.
    for (const [j, status] of (['cancelled', 'cancelled', 'scheduled'] as const).entries()) {
      await meetings.line(`m${++meetingRows},${pad(yearOf(k))}-${j === 2 ? '12-30' : `09-1${j}`},D,D;M1;M2,${status}`);
    }
  }
  await meetings.close();

  const decisionsOut = new TableWriter(join(out, 'decisions.csv'), 'id,protocol_no,item_no,date,mode,meeting_id,title,restricted,initiator_id');
  const interventions = new TableWriter(join(out, 'interventions.csv'), 'decision_id,member_id,origin,outcome,correspondence_ids');
  const tick = progress('decisions', decisions);
  for (let i = 0; i < decisions; i++) {
    const k = Math.floor(i / PER_YEAR);
    const inYear = i % PER_YEAR;
    const first = `${pad(yearOf(k))}-01-01`;
    const date = addDays(first, Math.floor((inYear * 365) / PER_YEAR));
    const meetingIndex = k * MEETINGS_PER_YEAR + Math.floor((inYear * MEETINGS_PER_YEAR) / PER_YEAR);
    const atMeeting = meetingDates[meetingIndex] === date;
    const id = `d${i + 1}`;
    const title = i % 10 === 0 ? `"On item ${i + 1}, part ""A"""` : `On item ${i + 1}`;
    await decisionsOut.line(
      `${id},${Math.floor(i / 100) + 1},${(i % 100) + 1},${date},${atMeeting ? 'meeting' : 'poll'},${atMeeting ? meetingIds[meetingIndex] : ''},${title},${i % 9 === 0},${i % 3 === 0 ? 'D' : ''}`,
    );
    const r = rng();
    if (isAway(date)) {
      if (r < 0.115) {
        const response = rng() < 0.765;
        const outcome = response ? (rng() < 0.835 ? 'confirmed' : 'modified') : 'confirmed';
        await interventions.line(`${id},L,${response ? 'response' : 'initiative'},${outcome},`);
      }
      if (r > 0.98) await interventions.line(`${id},D,initiative,confirmed,`);
    } else if (r < 0.01) await interventions.line(`${id},L,initiative,modified,`);
    if (i % 50_000 === 0) tick(i);
  }
  tick(decisions);
  await decisionsOut.close();
  await interventions.close();

  const correspondence = new TableWriter(join(out, 'correspondence.csv'), 'id,kind,number,from_id,to_ids,sent_at,received_at,decision_ids,summary,in_reply_to');
  const tickLetters = progress('letters', letters);
  let lastReceived = '';
  for (let i = 0; i < letters; i++) {
    const telegram = rng() < 0.6;
    const decisionNo = Math.floor((i * decisions) / letters) + 1;
    const k = Math.floor((decisionNo - 1) / PER_YEAR);
    const dayInYear = Math.floor((((decisionNo - 1) % PER_YEAR) * 365) / PER_YEAR);
    const minute = Math.floor(rng() * 1440);
    let sent = addMinutes(`${addDays(`${pad(yearOf(k))}-01-01`, dayInYear)}T00:00`, minute);
    // Every third message answers the one before it, sent after that one arrived.
    const reply = i % 3 === 2 && lastReceived !== '';
    if (reply && sent < lastReceived) sent = addMinutes(lastReceived, 30 + Math.floor(rng() * 600));
    const latency = telegram ? 60 + Math.floor(rng() * 600) : 1440 + Math.floor(rng() * 4 * 1440);
    const delivered = rng() < 0.97;
    const received = delivered ? addMinutes(sent, latency) : '';
    await correspondence.line(
      `c${i + 1},${telegram ? 'telegram' : 'letter'},${i + 1},${i % 2 === 0 ? 'D' : 'L'},${i % 2 === 0 ? 'L' : 'D'},${sent},${received},d${decisionNo},,${reply ? `c${i}` : ''}`,
    );
    lastReceived = received;
    if (i % 50_000 === 0) tickLetters(i);
  }
  tickLetters(letters);
  await correspondence.close();

  const meta = createWriteStream(join(out, 'meta.json'));
  meta.end(`${JSON.stringify({ synthetic: true, description: `bench record: ${decisions} decisions, ${letters} letters, seed ${flags.seed}` }, null, 2)}\n`);
  await once(meta, 'finish');
  process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
};

await main();
