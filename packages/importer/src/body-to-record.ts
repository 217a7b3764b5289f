import { type Ballot, type Body, type Provenance, recordStatusOf } from '@politburo/core';
import type {
  BallotRow,
  CorrespondenceRow,
  DecisionRow,
  InterventionRow,
  ItemRow,
  MembershipRow,
  PolitburoRecord,
} from '@politburo/record';

/**
 * The record a body's state amounts to: what `politburo export` writes and the
 * simulator hands to the report. Import → export → import gives the same state,
 * so export → import → export gives the same files.
 */
const prov = (p: Provenance) => ({
  ...(p.sourceId ? { source_id: p.sourceId } : {}),
  ...(p.synthetic !== undefined ? { synthetic: p.synthetic } : {}),
  ...(p.extra?.length ? { extra: p.extra } : {}),
});

const ballotRow = (decisionId: string, v: Ballot): BallotRow => {
  const row: BallotRow = { decision_id: decisionId, member_id: v.memberId, vote: v.vote, at: v.at };
  if (v.sourceId) row.source_id = v.sourceId;
  if (v.synthetic !== undefined) row.synthetic = v.synthetic;
  if (v.extra?.length) row.extra = v.extra;
  return row;
};

export const bodyToRecord = (b: Body): PolitburoRecord => {
  const memberships: MembershipRow[] = [];
  for (const m of Object.values(b.members)) {
    for (const span of m.roles) {
      if (span.recorded && span.from) memberships.push({ member_id: m.id, role: span.role, from: span.from, ...(span.to ? { to: span.to } : {}), ...prov(span) });
    }
  }
  const decisions: DecisionRow[] = Object.values(b.decisions).map((d) => ({
    id: d.id,
    protocol_no: d.protocolNo,
    item_no: d.itemNo,
    date: d.date,
    mode: d.mode,
    title: d.title,
    restricted: d.restricted,
    ...(d.meetingId ? { meeting_id: d.meetingId } : {}),
    ...(d.initiatorId ? { initiator_id: d.initiatorId } : {}),
    ...(d.itemLabel ? { item_label: d.itemLabel } : {}),
    ...(d.protocolDate ? { protocol_date: d.protocolDate } : {}),
    ...(d.amendsId ? { amends_id: d.amendsId } : {}),
    ...(d.revokesId ? { revokes_id: d.revokesId } : {}),
    ...(d.datePrecision ? { date_precision: d.datePrecision } : {}),
    ...(d.visaById ? { visa_by: d.visaById } : {}),
    ...prov(d),
  }));
  const decisionOfItem = (itemId: string): string | undefined => b.items[itemId]?.decisionId;
  const correspondence: CorrespondenceRow[] = Object.values(b.messages).map((m) => {
    const viaItems = m.itemIds.map(decisionOfItem).filter((x): x is string => !!x);
    return {
      id: m.id,
      kind: m.kind,
      from_id: m.fromId,
      to_ids: m.toIds,
      decision_ids: [...new Set([...m.decisionIds, ...viaItems])],
      summary: m.summary,
      ...(m.number ? { number: m.number } : {}),
      ...(m.series ? { series: m.series } : {}),
      ...(m.sentAt ? { sent_at: m.sentAt } : {}),
      ...(m.receivedAt ? { received_at: m.receivedAt } : {}),
      ...(m.inReplyTo ? { in_reply_to: m.inReplyTo } : {}),
      ...(m.archiveRef ? { archive_ref: m.archiveRef } : {}),
      ...prov(m),
    };
  });
  const interventions: InterventionRow[] = Object.values(b.interventions).map((v) => {
    const title = v.itemTitle ?? (v.itemId ? b.items[v.itemId]?.title : undefined);
    return {
      member_id: v.memberId,
      origin: v.origin,
      outcome: v.outcome,
      correspondence_ids: v.messageIds,
      ...(v.decisionId ? { decision_id: v.decisionId } : title ? { item_title: title } : {}),
      ...(v.codedBy ? { coded_by: v.codedBy } : {}),
      ...(v.basis ? { basis: v.basis } : {}),
      ...prov(v),
    };
  });
  const items: ItemRow[] = [];
  const ballots: BallotRow[] = [];
  for (const it of Object.values(b.items)) {
    if (it.decisionId) {
      // Two loops and no spread: a record has some fifteen ballots per decision. `for…in`, not
      // `Object.values`: the ballot tables are prototype-less hash tables, which `Object.values`
      // lists through a slow runtime path (~2.5× a `for…in` over the same ten ballots).
      for (const k in it.votes) ballots.push(ballotRow(it.decisionId, it.votes[k]!));
      for (const k in it.opinions) ballots.push(ballotRow(it.decisionId, it.opinions[k]!));
    } else {
      items.push({
        id: it.id,
        title: it.title,
        status: it.status,
        restricted: it.restricted,
        ...(it.initiatorId ? { initiator_id: it.initiatorId } : {}),
        ...(it.proposedAt ? { date: it.proposedAt.slice(0, 10) } : {}),
        ...prov(it),
      });
    }
  }
  return {
    meta: { ...b.meta },
    members: Object.values(b.members).map((m) => ({
      id: m.id,
      name: m.name,
      role: m.roles.find((s) => !s.recorded)?.role ?? m.role,
      ...(m.nameRu ? { name_ru: m.nameRu } : {}),
      ...prov(m),
    })),
    memberships,
    absences: Object.values(b.absences).map((a) => ({ member_id: a.memberId, from: a.from, to: a.to, location: a.location, ...prov(a) })),
    meetings: Object.values(b.meetings).map((m) => {
      // Held is the default and is left unwritten, so a record of held sittings exports as it was read.
      const status = recordStatusOf(m);
      return { id: m.id, date: m.date, attendees: m.attendees, ...(m.chairId ? { chair_id: m.chairId } : {}), ...(status !== 'held' ? { status } : {}), ...prov(m) };
    }),
    decisions,
    correspondence,
    interventions,
    items,
    ballots,
    sources: Object.values(b.sources).map(({ titleOriginal, ...s }) => ({ ...s, ...(titleOriginal ? { title_original: titleOriginal } : {}) })),
  };
};
