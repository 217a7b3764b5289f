import { computeReport, type ReportKey } from '@politburo/analytics';
import type { BodyEvent } from '@politburo/core';
import { bodyToRecord } from '@politburo/importer';
import { EVIDENCE_COUNTS_1934, QUOTED_FIGURES_1934 } from '@politburo/scenarios';
import type { EventStore } from '@politburo/store';
import { activeOf, type BodyRepository } from '../bodies/body-repository.ts';
import { streams } from '../bodies/server-events.ts';
import type { ClassState } from './class-decider.ts';
import { simBand } from './sim-band.ts';

/** The figures a debrief sets side by side: those quoted for 1934 (each with its source). */
export const DEBRIEF_KEYS = QUOTED_FIGURES_1934.map((f) => f.key) as ReportKey[];

/**
 * What the deputy did with the items he put to the leader in this run: waited for the
 * answer before the body decided, or let the body decide first. Counted from the run's own
 * events: a referral is a message from the deputy to the leader naming the item; the
 * decision is the item's registration.
 */
export interface Waiting {
  referred: number;
  waited: number;
  didNotWait: number;
  /** Referred, and neither answered nor decided yet. */
  open: number;
}

export const waitingOf = (events: readonly BodyEvent[], deputyId: string, leaderId: string): Waiting => {
  const referredAt = new Map<string, string>();
  const answeredAt = new Map<string, string>();
  const decidedAt = new Map<string, string>();
  const sent = new Map<string, { fromId: string; toIds: string[]; itemIds: string[]; answers: string[] }>();
  for (const e of events) {
    if (e.type === 'MessageSent') {
      const m = e.message;
      sent.set(m.id, { fromId: m.fromId, toIds: m.toIds, itemIds: m.itemIds, answers: m.answers.map((a) => a.itemId) });
      if (m.fromId === deputyId && m.toIds.includes(leaderId)) for (const id of m.itemIds) if (!referredAt.has(id)) referredAt.set(id, e.at);
    } else if (e.type === 'MessageDelivered') {
      const m = sent.get(e.messageId);
      if (m?.fromId === leaderId) for (const id of m.answers) if (!answeredAt.has(id)) answeredAt.set(id, e.at);
    } else if (e.type === 'DecisionRegistered' && !e.historical && e.decision.itemId) {
      if (!decidedAt.has(e.decision.itemId)) decidedAt.set(e.decision.itemId, e.at);
    } else if ((e.type === 'ItemWithdrawn' || e.type === 'ItemPostponed') && !decidedAt.has(e.itemId)) {
      decidedAt.set(e.itemId, e.at);
    }
  }
  const w: Waiting = { referred: referredAt.size, waited: 0, didNotWait: 0, open: 0 };
  for (const [id] of referredAt) {
    const answered = answeredAt.get(id);
    const decided = decidedAt.get(id);
    if (decided !== undefined && (answered === undefined || decided < answered)) w.didNotWait++;
    else if (answered !== undefined) w.waited++;
    else w.open++;
  }
  return w;
};

export interface GroupDebrief {
  groupId: string;
  name: string;
  run: number;
  runs: number;
  bodyId: string;
  now: string;
  figures: Partial<Record<ReportKey, number | null>>;
  /** What this run added to the copy: live decisions, messages, and the deputy's waiting. */
  played: { decisions: number; messages: number; waiting: Waiting };
}

export interface Debrief {
  classId: string;
  name: string;
  asOf: string;
  keys: ReportKey[];
  quoted: Array<{ key: ReportKey; label: string; value: number; sourceIds: readonly string[]; ru: { label: string } }>;
  archive: Partial<Record<ReportKey, number>>;
  simulated: { runs: number; preset: string; spreads: Partial<Record<ReportKey, { mean: number | null; p5: number | null; p95: number | null }>> };
  groups: GroupDebrief[];
  injections: ClassState['injections'];
}

export const debriefOf = async (repo: BodyRepository, store: EventStore, s: ClassState, only?: string): Promise<Debrief> => {
  const c = s.created!;
  const band = await simBand();
  const groups: GroupDebrief[] = [];
  for (const g of c.groups) {
    if (only !== undefined && g.groupId !== only) continue;
    const runs = s.runs.get(g.groupId) ?? [];
    const run = runs.at(-1)!;
    const entry = await repo.get(run.bodyId);
    const b = activeOf(entry);
    const report = computeReport(bodyToRecord(b));
    const events = (await store.read<BodyEvent>(streams.body(run.bodyId))).map((x) => x.event);
    const live = events.filter((e) => (e.type === 'DecisionRegistered' && !e.historical) || e.type === 'MessageSent');
    const deputy = Object.values(b.members).find((m) => m.role === 'deputy')?.id ?? 'kaganovich';
    const leader = Object.values(b.members).find((m) => m.role === 'leader')?.id ?? 'stalin';
    groups.push({
      groupId: g.groupId,
      name: g.name,
      run: run.run,
      runs: runs.length,
      bodyId: run.bodyId,
      now: repo.now(entry),
      figures: Object.fromEntries(DEBRIEF_KEYS.map((k) => [k, report[k]])),
      played: {
        decisions: live.filter((e) => e.type === 'DecisionRegistered').length,
        messages: live.filter((e) => e.type === 'MessageSent').length,
        waiting: waitingOf(events, deputy, leader),
      },
    });
  }
  return {
    classId: c.classId,
    name: c.name,
    asOf: c.asOf,
    keys: DEBRIEF_KEYS,
    quoted: QUOTED_FIGURES_1934.map((f) => ({ key: f.key as ReportKey, label: f.label, value: f.value, sourceIds: f.sourceIds, ru: { label: f.ru.label } })),
    archive: Object.fromEntries(DEBRIEF_KEYS.flatMap((k) => (k in EVIDENCE_COUNTS_1934 ? [[k, EVIDENCE_COUNTS_1934[k as keyof typeof EVIDENCE_COUNTS_1934]]] : []))),
    simulated: {
      runs: band.runs.length,
      preset: band.preset,
      spreads: Object.fromEntries(DEBRIEF_KEYS.map((k) => [k, band.spreads[k]])),
    },
    groups,
    injections: s.injections,
  };
};

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The debrief as CSV, one row per figure and reading: the group's run (synthetic: played
 * by the class on a copy of the archival record), the quoted 1934 figure (with its
 * sources), the archive's reading, and the simulator's mean and 5–95% (synthetic).
 */
export const debriefCsv = (d: Debrief): string => {
  const rows: unknown[][] = [['group', 'run', 'figure', 'reading', 'value', 'p5', 'p95', 'runs', 'synthetic', 'source']];
  for (const q of d.quoted) {
    rows.push(['', '', q.key, 'quoted 1934', q.value, '', '', '', 'false', q.sourceIds.join(';')]);
    if (d.archive[q.key] !== undefined) rows.push(['', '', q.key, "the archive's reading", d.archive[q.key], '', '', '', 'false', 'scenario 1934-evidence']);
    const sp = d.simulated.spreads[q.key];
    if (sp) rows.push(['', '', q.key, 'simulated', sp.mean, sp.p5, sp.p95, d.simulated.runs, 'true', `simulator preset ${d.simulated.preset}`]);
    for (const g of d.groups) rows.push([g.name, g.run, q.key, 'class run', g.figures[q.key], '', '', '', 'true', `copy of 1934 as of ${d.asOf}, played by the class`]);
  }
  for (const g of d.groups) {
    for (const [k, v] of Object.entries(g.played.waiting)) rows.push([g.name, g.run, `deputy.${k}`, 'class run', v, '', '', '', 'true', 'this run']);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
};
