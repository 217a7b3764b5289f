import { inflateSync } from 'node:zlib';

/** The raw bodies of a PDF's streams, inflated when they are FlateDecode-compressed. */
export const pdfStreams = (pdf: Uint8Array): string[] => {
  const buf = Buffer.from(pdf);
  const latin = buf.toString('latin1');
  const out: string[] = [];
  const re = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(latin); m; m = re.exec(latin)) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endstream', start);
    if (end < 0) break;
    const raw = buf.subarray(start, end);
    if (/\/FlateDecode/.test(m[1] ?? '')) {
      try {
        out.push(inflateSync(raw).toString('latin1'));
      } catch {
        out.push(inflateSync(raw.subarray(0, raw.length - 1)).toString('latin1'));
      }
    } else out.push(raw.toString('latin1'));
    re.lastIndex = end;
  }
  return out;
};

const decodeString = (s: string): string => {
  if (s.startsWith('<')) {
    const hex = s.slice(1, -1).replace(/\s+/g, '');
    return Buffer.from(hex, 'hex').toString('latin1');
  }
  return s.slice(1, -1).replace(/\\([()\\])/g, '$1');
};

/**
 * The text drawn by a PDF's content streams (Tj / TJ operators), one line per text
 * operator, kerning pieces joined: enough to assert what a standard-font PDF shows.
 */
export const pdfText = (pdf: Uint8Array): string => {
  const lines: string[] = [];
  for (const s of pdfStreams(pdf)) {
    const ops = /\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
    for (let m = ops.exec(s); m; m = ops.exec(s)) {
      if (m[1] !== undefined) lines.push((m[1].match(/<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)/g) ?? []).map(decodeString).join(''));
      else if (m[2] !== undefined) lines.push(decodeString(m[2]));
    }
  }
  return lines.join('\n');
};
