/**
 * Who the leader is and when he was away: settled before any decision is read, so
 * both implementations can classify each row as it streams past.
 */
import { DomainError } from '@politburo/core';
import type { AbsenceRow, MemberRow, RecordMeta } from '@politburo/record';
import { type DateWindow, mergeWindows } from './absence-windows.ts';
import type { ReportKey } from './report-definitions.ts';

export interface ReportOptions {
  /** Member id of the leader; default: the one member whose role is leader. */
  leader?: string;
  /** Replaces the leader's absences rows. */
  absences?: DateWindow[];
  /** Drop rows marked synthetic (a row's own `synthetic` cell, else the record's meta.synthetic). */
  onlyArchival?: boolean;
  /** Collect the rows behind this figure. */
  explain?: ReportKey;
}

export interface ReportContext {
  leaderId: string;
  windows: DateWindow[];
  onlyArchival: boolean;
  recordSynthetic: boolean;
  explain?: ReportKey;
}

/** A row is synthetic by its own cell, else by the record's meta. */
export const isSyntheticRow = (row: { synthetic?: boolean }, recordSynthetic: boolean): boolean => row.synthetic ?? recordSynthetic;

export const resolveLeader = (members: readonly MemberRow[], leader?: string): string => {
  if (leader !== undefined) {
    if (!members.some((m) => m.id === leader)) {
      throw new DomainError('LEADER_NOT_FOUND', 'not-found', `--leader '${leader}' is not a member of the record`, [{ field: 'leader', message: 'no such member id' }]);
    }
    return leader;
  }
  const leaders = members.filter((m) => m.role === 'leader');
  if (leaders.length === 1) return leaders[0]!.id;
  if (leaders.length === 0) {
    throw new DomainError('LEADER_NOT_FOUND', 'not-found', 'no member has role leader; name one with --leader ID', [{ field: 'leader', message: 'no member with role leader' }]);
  }
  throw new DomainError(
    'LEADER_AMBIGUOUS',
    'validation',
    `${leaders.length} members have role leader (${leaders.map((m) => m.id).join(', ')}); choose one with --leader ID`,
    [{ field: 'leader', message: 'more than one member with role leader' }],
  );
};

export const buildReportContext = (meta: RecordMeta, members: readonly MemberRow[], absences: readonly AbsenceRow[], options: ReportOptions): ReportContext => {
  const recordSynthetic = meta.synthetic === true;
  const onlyArchival = options.onlyArchival ?? false;
  const keep = <T extends { synthetic?: boolean }>(row: T): boolean => !onlyArchival || !isSyntheticRow(row, recordSynthetic);
  // Who the leader is is not a count: a synthetic record still has one, and --only archival then counts nothing.
  const leaderId = resolveLeader(members, options.leader);
  const windows = mergeWindows(options.absences ?? absences.filter((a) => keep(a) && a.member_id === leaderId));
  return { leaderId, windows, onlyArchival, recordSynthetic, explain: options.explain };
};
