import type { Translate } from '@politburo/i18n';
import type { RecordItem } from './record-rows.ts';

/** How often a progress line is written: a million rows would otherwise write a million lines. */
const EVERY_MS = 250;

export interface RecordProgress {
  /** The first pass (the record judged row by row): give it every item as it is read. */
  checked(item: RecordItem): void;
  /** The second pass (the engine takes the rows): the same items, counted against the first pass's total; `what` names the pass (an import, or validate's dry run). */
  deciding(items: Iterable<RecordItem>, total: number, what?: 'importing' | 'deciding'): Iterable<RecordItem>;
  /** Ends the last line. */
  done(): void;
}

const OFF: RecordProgress = { checked: () => {}, deciding: (items) => items, done: () => {} };

/**
 * The progress of a long `import` or `validate` on stderr, in the reader's language: on a
 * terminal one line redrawn in place, elsewhere (`--progress` into a log) a line every quarter
 * second. Hand-written rather than cli-progress (which `simulate` uses): the import's second
 * pass runs in one synchronous loop inside its transaction, where a bar redrawn by timers never
 * draws, and cli-progress draws synchronously only on a terminal.
 */
export const recordProgress = (mode: 'off' | 'terminal' | 'lines', t: Translate, out: { write(text: string): unknown } = process.stderr): RecordProgress => {
  if (mode === 'off') return OFF;
  let last = 0;
  let open = false;
  const show = (line: string, force: boolean): void => {
    const now = Date.now();
    if (!force && now - last < EVERY_MS) return;
    last = now;
    if (mode === 'terminal') {
      out.write(`\r${line}\u001b[K`);
      open = true;
    } else out.write(`${line}\n`);
  };
  let lastRow = 0;
  return {
    checked(item) {
      if (item.kind === 'row') {
        lastRow = item.line;
        show(t('cli.progress.checking', { file: item.file, row: String(lastRow) }), false);
      } else {
        // Each file's last line, whatever the clock says: a log shows every file read once at least.
        if (lastRow > 0) show(t('cli.progress.checking', { file: item.file, row: String(lastRow) }), true);
        lastRow = 0;
      }
    },
    *deciding(items, total, what = 'importing') {
      let done = 0;
      let inFile = 0;
      const line = (file: string) => t(`cli.progress.${what}`, { file, done: String(done), total: String(total), percent: String(total ? Math.floor((100 * done) / total) : 100) });
      for (const item of items) {
        if (item.kind === 'row') {
          done++;
          inFile++;
          show(line(item.file), false);
        } else {
          if (inFile > 0) show(line(item.file), true);
          inFile = 0;
        }
        yield item;
      }
    },
    done() {
      if (open) out.write('\n');
      open = false;
    },
  };
};

/** `--progress` asks for the lines into any stream; without it, only a terminal gets them. */
export const progressMode = (asked: boolean | undefined, stream: { isTTY?: boolean } = process.stderr): 'off' | 'terminal' | 'lines' =>
  stream.isTTY ? 'terminal' : asked ? 'lines' : 'off';
