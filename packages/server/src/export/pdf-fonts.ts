import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu (the `dejavu-fonts-ttf` package: the TrueType files alone, under the Bitstream
 * Vera licence with DejaVu's changes in the public domain), which covers Latin and
 * Cyrillic. Each face is read once per process and parsed by each document (a parsed
 * fontkit font shared between documents corrupts the later ones' subsets; parsing is
 * lazy and takes about 2 ms); pdfkit embeds in each document a subset of the glyphs it
 * uses, with a ToUnicode map so the text can be copied and searched.
 */
export const FACES = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;
export type Face = keyof typeof FACES;

const require = createRequire(import.meta.url);
const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const bytes = new Map<Face, Buffer>();

export const fontOf = (face: Face): Buffer => {
  let f = bytes.get(face);
  if (!f) {
    f = readFileSync(join(dir, FACES[face]));
    bytes.set(face, f);
  }
  return f;
};
