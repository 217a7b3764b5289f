import type { ItemAnswer, MessageKind, RaisedPoint } from '@politburo/core';
import { leaderAnswerOf } from './seat-rules.ts';
import { send } from './agent-deputy.ts';
import { LEADER, TOPICS } from './roster.ts';
import { pad, type Simulation } from './simulation.ts';

/** The absent leader: reads his mail at fixed hours, answers what he is asked, raises points of his own. */

export function onPoint(s: Simulation): void {
  const l = s.r.leader;
  const id = `p${pad(++s.nPoint, 4)}`;
  const topic = TOPICS[l.int(TOPICS.length)]!;
  const point: RaisedPoint = { itemId: id, title: `On ${topic} (the leader's point ${id})`, restricted: l.bernoulli(s.p.restrictedShare) };
  if (s.p.leaderTelephone) {
    send(s, LEADER, 'telephone', { points: [point] }, 'Raises a point by telephone.');
    return;
  }
  s.pendingPoints.push(point);
}

export function onRead(s: Simulation): void {
  const p = s.p;
  const l = s.r.leader;
  const inbox = s.leaderInbox.splice(0);
  let points = s.pendingPoints;
  s.pendingPoints = [];
  for (const messageId of inbox) {
    s.exec({ type: 'ReadMessage', messageId, memberId: LEADER }, LEADER);
    const m = s.body.messages[messageId]!;
    const answers: ItemAnswer[] = [];
    for (const itemId of m.itemIds) {
      const answer = leaderAnswerOf(p, l, itemId);
      if (answer) answers.push(answer);
    }
    const kind: MessageKind = p.leaderTelephone
      ? 'telephone'
      : m.kind === 'letter'
        ? l.bernoulli(p.telegramForLetterProb)
          ? 'telegram'
          : 'letter'
        : m.kind;
    const draft = Math.max(1, Math.round(l.exponential(p.replyDraftMinutes)));
    if (answers.length === 0 && points.length === 0) continue;
    s.push(s.now + draft, { k: 'leaderSend', kind, inReplyTo: messageId, answers, points });
    points = [];
  }
  if (points.length > 0) {
    const draft = Math.max(1, Math.round(l.exponential(p.replyDraftMinutes)));
    s.push(s.now + draft, { k: 'leaderSend', kind: p.leaderTelephone ? 'telephone' : 'telegram', answers: [], points });
  }
}

export function onLeaderSend(s: Simulation, kind: MessageKind, answers: ItemAnswer[], points: RaisedPoint[], inReplyTo?: string): void {
  const summary = answers.length > 0 ? `Answers ${answers.length} item(s)${points.length ? ` and raises ${points.length} point(s)` : ''}.` : `Raises ${points.length} point(s).`;
  send(s, LEADER, kind, { answers, points, ...(inReplyTo ? { inReplyTo } : {}) }, summary);
}
