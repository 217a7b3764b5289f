import type { CommandMeta, CommandOf } from './commands.ts';
import { rowOf } from './rows.ts';
import { conflict, illegal, invalid, notFound } from './errors.ts';
import type { BodyEvent } from './events.ts';
import { requireDate, requireMember, requireNewId, requireNonEmpty, requireSteering } from './guards.ts';
import { ROLES, type Role } from './roles.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import type { Body, BodyState } from './state.ts';

const requireRole = (role: string, field: string): Role => {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw invalid('BAD_ROLE', `"${role}" is not a role; use one of ${ROLES.join(', ')}.`, field);
  }
  return role as Role;
};

export const createBody = (state: BodyState, c: CommandOf<'CreateBody'>, meta: CommandMeta): BodyEvent[] => {
  if (state.status === 'active') throw conflict('BODY_EXISTS', `The body "${state.body.id}" already exists.`);
  requireNonEmpty(c.bodyId, 'bodyId');
  requireNonEmpty(c.name, 'name');
  return [
    {
      type: 'BodyCreated',
      bodyId: c.bodyId,
      name: c.name,
      settings: { ...DEFAULT_SETTINGS, ...c.settings },
      convocation: c.convocation ?? '1',
      at: meta.now,
    },
  ];
};

export const changeSettings = (b: Body, c: CommandOf<'ChangeSettings'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'change the body settings');
  const settings = { ...b.settings, ...c.settings };
  if (settings.quorum.type === 'at-least' && !(settings.quorum.count >= 0)) {
    throw invalid('BAD_QUORUM', 'The quorum count must be zero or more.', 'settings.quorum.count');
  }
  return [{ type: 'SettingsChanged', settings, at: meta.now }];
};

export const startConvocation = (b: Body, c: CommandOf<'StartConvocation'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'start a convocation');
  requireNonEmpty(c.convocation, 'convocation');
  if (c.convocation === b.protocols.convocation) {
    throw conflict('SAME_CONVOCATION', `Convocation "${c.convocation}" is already current.`, 'convocation');
  }
  if (b.protocols.open) throw illegal('PROTOCOL_OPEN', 'Close the open protocol (its meeting) before starting a convocation.');
  return [{ type: 'ConvocationStarted', convocation: c.convocation, at: meta.now }];
};

export const admitMember = (b: Body, c: CommandOf<'AdmitMember'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'admit members');
  requireNewId(b.members, c.memberId, 'memberId', 'member');
  requireNonEmpty(c.name, 'name');
  if (c.nameRu !== undefined) requireNonEmpty(c.nameRu, 'nameRu');
  const role = requireRole(c.role, 'role');
  if (c.from) requireDate(c.from, 'from');
  if (c.sourceId && !rowOf(b.sources, c.sourceId)) throw notFound('UNKNOWN_SOURCE', `No source "${c.sourceId}".`, 'sourceId');
  return [
    {
      type: 'MemberAdmitted',
      member: {
        id: c.memberId,
        name: c.name,
        ...(c.nameRu !== undefined ? { nameRu: c.nameRu } : {}),
        role,
        ...(c.from ? { from: c.from } : {}),
        ...(c.sourceId ? { sourceId: c.sourceId } : {}),
        ...(c.synthetic !== undefined ? { synthetic: c.synthetic } : {}),
        ...(c.extra?.length ? { extra: c.extra } : {}),
      },
      at: meta.now,
    },
  ];
};

export const changeRole = (b: Body, c: CommandOf<'ChangeRole'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'change roles');
  const m = requireMember(b, c.memberId, 'memberId');
  const role = requireRole(c.role, 'role');
  requireDate(c.from, 'from');
  if (c.to) {
    requireDate(c.to, 'to');
    if (c.to < c.from) throw invalid('BAD_RANGE', 'A role cannot end before it begins.', 'to');
  }
  if (m.retiredOn && c.from > m.retiredOn) throw illegal('MEMBER_RETIRED', `${m.name} retired on ${m.retiredOn}.`);
  return [
    {
      type: 'RoleChanged',
      memberId: m.id,
      role,
      from: c.from,
      ...(c.to ? { to: c.to } : {}),
      ...(c.sourceId ? { sourceId: c.sourceId } : {}),
      ...(c.synthetic !== undefined ? { synthetic: c.synthetic } : {}),
      ...(c.extra?.length ? { extra: c.extra } : {}),
      at: meta.now,
    },
  ];
};

export const retireMember = (b: Body, c: CommandOf<'RetireMember'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'retire members');
  const m = requireMember(b, c.memberId, 'memberId');
  requireDate(c.on, 'on');
  if (m.retiredOn) throw illegal('MEMBER_RETIRED', `${m.name} already retired on ${m.retiredOn}.`);
  return [{ type: 'MemberRetired', memberId: m.id, on: c.on, at: meta.now }];
};

export const recordAbsence = (b: Body, c: CommandOf<'RecordAbsence'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'record absences');
  requireNewId(b.absences, c.absenceId, 'absenceId', 'absence');
  requireMember(b, c.memberId, 'memberId');
  requireDate(c.from, 'from');
  requireDate(c.to, 'to');
  if (c.to < c.from) throw invalid('BAD_RANGE', `The absence ends (${c.to}) before it begins (${c.from}).`, 'to');
  return [
    {
      type: 'AbsenceRecorded',
      absence: {
        id: c.absenceId,
        memberId: c.memberId,
        from: c.from,
        to: c.to,
        location: c.location,
        ...(c.sourceId ? { sourceId: c.sourceId } : {}),
        ...(c.synthetic !== undefined ? { synthetic: c.synthetic } : {}),
        ...(c.extra?.length ? { extra: c.extra } : {}),
      },
      at: meta.now,
    },
  ];
};

