/**
 * Reads one CSV file row by row. PapaParse does the RFC 4180 work: of the parsers
 * measured (bench/csv-parsers.ts) uDSV is fastest but silently glues a short row to
 * the next line, csv-parse stops at the first quoting error and is ~6x slower;
 * PapaParse is within ~1.3x of uDSV and reports unterminated and stray quotes per row,
 * which validation needs. Memory is one chunk, whatever the file's size.
 *
 * The file is read synchronously, a chunk at a time, and the rows are handed out by a
 * generator: the store appends an import inside one synchronous transaction, which pulls
 * its commands (and so the rows) one by one. The chunks go through PapaParse's own chunk
 * streamer, the one its Node stream reader uses, so a row split between chunks is joined
 * exactly as when the file was streamed.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';

export interface CsvRowHandlers {
  /** Called once with the header cells; returning false stops the file. */
  header(cells: string[]): boolean;
  /** `row` is the 1-based data row (the header is row 0; blank lines are not rows). */
  row(cells: string[], row: number): void;
  /** A row RFC 4180 cannot read (an unterminated or misplaced quote). */
  malformed(row: number, message: string, code: Papa.ParseError['code']): void;
}

/** One thing the reader found: the header, a data row, or a row it could not read. */
export type CsvEvent =
  | { kind: 'header'; cells: string[] }
  | { kind: 'row'; cells: string[]; row: number }
  | { kind: 'malformed'; row: number; message: string; code: Papa.ParseError['code'] };

const BOM = '\ufeff';
const CHUNK_BYTES = 1 << 20;

/** PapaParse's chunk streamer, as far as it is driven here (it is not in the typings). */
interface ChunkStreamer {
  _finished: boolean;
  _nextChunk: () => void;
  parseChunk(chunk: string): unknown;
}
type StreamerClass = new (config: Papa.ParseConfig<string[]> & { chunkSize: number }) => ChunkStreamer;

/**
 * The file's header, rows and unreadable rows, in order. After the header the caller
 * may stop pulling (a declined header): the file is closed when the generator ends.
 */
export function* csvFileEvents(path: string): Generator<CsvEvent, void, undefined> {
  let row = -1;
  let out: CsvEvent[] = [];
  const streamer = new (Papa as unknown as { StringStreamer: StreamerClass }).StringStreamer({
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: true,
    // Set so the streamer keeps the tail of a chunk for the next one, as the stream reader does.
    chunkSize: CHUNK_BYTES,
    step: (result) => {
      row += 1;
      const cells = result.data;
      if (row === 0) {
        if (cells[0]?.startsWith(BOM)) cells[0] = cells[0].slice(1);
        out.push({ kind: 'header', cells });
        return;
      }
      const error = result.errors[0];
      out.push(error ? { kind: 'malformed', row, message: error.message, code: error.code } : { kind: 'row', cells, row });
    },
  });
  // The chunks are fed from here, one per pull, not by the streamer's own loop.
  streamer._nextChunk = () => {};
  const fd = openSync(path, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let next = decoder.write(buffer.subarray(0, readSync(fd, buffer)));
    let ended = next === '';
    while (!ended) {
      const text = next;
      const n = readSync(fd, buffer);
      next = n > 0 ? decoder.write(buffer.subarray(0, n)) : decoder.end();
      // A chunk is the last when nothing follows it: the streamer then parses its tail too.
      ended = n === 0 && next === '';
      if (ended) streamer._finished = true;
      streamer.parseChunk(text);
      const events = out;
      out = [];
      yield* events;
    }
    if (row === -1 && !streamer._finished) {
      streamer._finished = true;
      streamer.parseChunk('');
      yield* out;
    }
  } finally {
    closeSync(fd);
  }
}

/** The same rows through callbacks; resolves when the whole file is read, rejects only on I/O errors. */
export const streamCsvFile = async (path: string, handlers: CsvRowHandlers): Promise<void> => {
  for (const e of csvFileEvents(path)) {
    if (e.kind === 'header') {
      if (!handlers.header(e.cells)) return;
    } else if (e.kind === 'row') handlers.row(e.cells, e.row);
    else handlers.malformed(e.row, e.message, e.code);
  }
};
