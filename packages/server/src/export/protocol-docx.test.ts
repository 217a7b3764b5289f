import type { Viewer } from '@politburo/core';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../test-support/docx-text.ts';
import { protocolBody } from '../test-support/protocol-body.ts';
import { blocksDocx } from './protocol-docx.ts';
import { protocolDocument } from './protocol-document.ts';

const member: Viewer = { role: 'member', memberId: 'molotov', now: '1934-08-02T10:00' };

describe('the protocol as .docx', () => {
  it('opens as Office Open XML with the Russian titles and the Heard / Resolved paragraphs intact', async () => {
    const b = protocolBody(8);
    const doc = protocolDocument(b.name, b, 1, Object.values(b.decisions), member, 'ru');
    const docx = await blocksDocx(doc.title, doc.lang, doc.blocks);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const paras = await docxParagraphs(docx);
    expect(paras[0]).toBe('ПРОТОКОЛ № 1');
    expect(paras).toContain('Слушали: Утвердить план хлебозаготовок. (1) (вносит В. М. Молотов).');
    expect(paras).toContain('Постановили: О снабжении Донбасса углём и лесом. (2)');
    expect(paras).toContain('ОСОБАЯ ПАПКА — приложение к протоколу № 1');
    // the annex follows the open items: item 7 is restricted
    expect(paras.indexOf('ОСОБАЯ ПАПКА — приложение к протоколу № 1')).toBeLessThan(paras.findIndex((p) => p.includes('(7)')));
    const core = await (await JSZip.loadAsync(docx)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('Политбюро ЦК ВКП(б) — Протокол № 1');
  });
});
