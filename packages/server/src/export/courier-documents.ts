import type { Body } from '@politburo/core';
import type { CourierPacket } from '../views/courier-packet.ts';
import { messageLabel } from './decision-text.ts';
import { formatDate, type Lang, translator } from './lang.ts';
import type { Block } from './protocol-document.ts';

/** The courier packet as blocks, in the reader's language: what its HTML page and its PDF lay out. */
export const packetDocument = (bodyName: string, b: Body, p: CourierPacket, lang: Lang): { title: string; blocks: Block[] } => {
  const t = translator(lang);
  const name = p.memberId ? (b.members[p.memberId]?.name ?? p.memberId) : '—';
  const title = t('documents.packet.title', { name, date: formatDate(lang, p.date) });
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'subtitle', text: bodyName },
  ];
  const section = (heading: string, lines: Block[]) => {
    blocks.push({ kind: 'item', text: heading });
    blocks.push(...(lines.length ? lines : [{ kind: 'note', style: 'italic', text: t('documents.packet.empty') } as const]));
  };
  section(
    t('documents.packet.letters'),
    p.letters.flatMap((m): Block[] => [
      { kind: 'labelled', label: `${messageLabel(b, m, t, lang)},`, text: t('documents.packet.from', { name: b.members[m.fromId]?.name ?? m.fromId }) },
      { kind: 'note', style: 'plain', text: m.summary },
    ]),
  );
  section(
    t('documents.packet.polls'),
    p.polls.map((it): Block => ({ kind: 'note', style: 'plain', text: `${it.title} — ${it.route?.mode === 'poll' ? t('documents.packet.deadline', { at: formatDate(lang, it.route.deadline) }) : ''}` })),
  );
  section(
    t('documents.packet.agenda'),
    p.agenda.map(({ item, sittingDate }): Block => ({ kind: 'note', style: 'plain', text: `${item.title} — ${t('documents.pdf.modeSitting', { date: formatDate(lang, sittingDate) })}` })),
  );
  return { title, blocks };
};
