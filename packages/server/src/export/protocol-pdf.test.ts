import type { Viewer } from '@politburo/core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../test-support/pdf-text.ts';
import { protocolBody } from '../test-support/protocol-body.ts';
import { protocolPdf } from './protocol-pdf.ts';

const member: Viewer = { role: 'member', memberId: 'molotov', now: '1934-08-02T10:00' };
const observer: Viewer = { role: 'observer', memberId: 'obs', now: '1934-08-02T10:00' };

const pdfOf = (v: Viewer, lang: 'en' | 'ru', n = 14) => {
  const b = protocolBody(n);
  const visible = Object.values(b.decisions).filter((d) => v.role !== 'observer' || !d.restricted);
  return protocolPdf(b.name, b, 1, visible, v, { lang });
};

describe('the protocol PDF', () => {
  it('prints Russian titles that a text extractor reads back intact, in Russian', async () => {
    const text = await pdfText(await pdfOf(member, 'ru'));
    expect(text).toContain('ПРОТОКОЛ № 1');
    expect(text).toContain('Политбюро ЦК ВКП(б) — 1 августа 1934 г.');
    expect(text).toContain('Слушали: Утвердить план хлебозаготовок. (1) (вносит В. М. Молотов).');
    expect(text).toContain('Постановили: О снабжении Донбасса углём и лесом. (2)');
    expect(text).toContain('Выписки посланы: НКЗем, Госплан');
    expect(text).toContain('на заседании 1 августа 1934 г.');
    expect(text).toContain('ОСОБАЯ ПАПКА — приложение к протоколу № 1');
    expect(text).toContain('Источник: РГАСПИ, Ф. 17. Оп. 3. Д. 949 [rgaspi-17-3-949]');
    expect(text).not.toMatch(/Heard|Resolved/);
  });

  it('embeds a subset of DejaVu with a ToUnicode map, not a standard font', async () => {
    const raw = Buffer.from(await pdfOf(member, 'ru')).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif/);
    expect(raw).toContain('/ToUnicode');
    expect(raw).not.toContain('/Helvetica');
    // a subset: the whole face is 380 KB, the document far less
    expect(raw.length).toBeLessThan(120_000);
  });

  it('speaks English when asked, and never prints an initiator that is not recorded', async () => {
    const text = await pdfText(await pdfOf(member, 'en'));
    expect(text).toContain('PROTOCOL No. 1');
    expect(text).toContain('Heard: Утвердить план хлебозаготовок. (1) (raised by В. М. Молотов).');
    // item 3 has no initiator: the question alone
    expect(text).toContain('Heard: О строительстве Магнитогорского металлургического комбината. (3)\n');
    expect(text).not.toContain('not recorded');
    expect(text).toContain('at the sitting of 1 August 1934');
    expect(text).not.toContain('m-0801');
  });

  it('keeps the special-folder annex from a viewer outside it', async () => {
    const text = await pdfText(await pdfOf(observer, 'en'));
    expect(text).not.toContain('SPECIAL FOLDER');
    expect(text).not.toContain('(7)');
    expect(text).toContain('(8)');
  });
});
