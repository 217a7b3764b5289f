import { addMinutes, type Body, type BodyCommand, dateOf, deliveredTo, type Instant, isAbsentOn, isFullMember, roleOn } from '@politburo/core';
import { ballotOf, leaderAnswerOf, type Params, rngFor } from '@politburo/sim';
import { createHash } from 'node:crypto';

/** A step an empty chair takes: the command, in whose name, and when it falls due on the body clock. */
export interface SeatStep {
  at: Instant;
  memberId: string;
  command: BodyCommand;
}

/** One seeded stream per decision (body, item or message, member): the same step whenever a tick looks at it. */
const rngOf = (...parts: string[]) => rngFor(createHash('sha256').update(parts.join('\u0000')).digest().readUInt32BE(0));

/**
 * What the seats no student took do by `now`, as the calibrated model would: a full member
 * returns his poll sheet (or not) after the model's delay, with the model's ballot; a
 * candidate records his opinion likewise; the absent leader reads what reached him and
 * answers each item put to him with the model's outcome after its drafting time. The same
 * rules the simulator's agents follow (packages/sim seat-rules.ts); the commands go through
 * the body's one command handler like a student's.
 */
export const seatSteps = (bodyId: string, b: Body, empty: ReadonlySet<string>, leaderId: string | undefined, now: Instant, p: Params): SeatStep[] => {
  const out: SeatStep[] = [];
  const today = dateOf(now);
  for (const it of Object.values(b.items)) {
    if (it.status !== 'polling' || it.route?.mode !== 'poll') continue;
    const opened = it.route.openedAt;
    for (const memberId of empty) {
      const m = b.members[memberId];
      const role = m ? roleOn(m, today) : undefined;
      if (!role || isAbsentOn(b, memberId, today)) continue;
      const full = isFullMember(role);
      if (!full && role !== 'candidate') continue;
      if ((full ? it.votes : it.opinions)[memberId]) continue;
      const rng = rngOf(bodyId, it.id, memberId);
      const takesPart = rng.bernoulli(full ? p.pollVoteProb : p.candidateOpinionProb);
      const delay = Math.max(1, Math.round(rng.logNormal(p.voteDelayMedianHours * 60, p.voteDelaySigma)));
      const vote = ballotOf(p, rng);
      const at = addMinutes(opened, delay);
      if (!takesPart || at > now || at >= it.route.deadline) continue;
      out.push({ at, memberId, command: full ? { type: 'CastVote', itemId: it.id, memberId, vote } : { type: 'RecordOpinion', itemId: it.id, memberId, vote } });
    }
  }
  if (leaderId && empty.has(leaderId)) {
    for (const m of Object.values(b.messages)) {
      if (!m.receivedAt || !deliveredTo(m, leaderId, now) || m.itemIds.length === 0) continue;
      if (Object.values(b.messages).some((r) => r.fromId === leaderId && r.inReplyTo === m.id)) continue;
      const rng = rngOf(bodyId, m.id, leaderId);
      const answers = m.itemIds.flatMap((itemId) => {
        const a = leaderAnswerOf(p, rng, itemId);
        const it = b.items[itemId];
        // Only what can still be answered: an item withdrawn since, or answered already, is left alone.
        return a && it && it.status !== 'withdrawn' && !Object.values(b.messages).some((r) => r.fromId === leaderId && r.answers.some((x) => x.itemId === itemId)) ? [a] : [];
      });
      const at = addMinutes(m.receivedAt, Math.max(1, Math.round(rng.exponential(p.replyDraftMinutes))));
      if (at > now) continue;
      if (!m.readBy.includes(leaderId)) out.push({ at: m.receivedAt, memberId: leaderId, command: { type: 'ReadMessage', messageId: m.id, memberId: leaderId } });
      if (answers.length === 0) continue;
      out.push({
        at,
        memberId: leaderId,
        command: {
          type: 'SendMessage',
          messageId: `${m.id}-reply`,
          kind: m.kind === 'letter' ? 'letter' : 'telegram',
          fromId: leaderId,
          toIds: [m.fromId],
          inReplyTo: m.id,
          answers,
          summary: `Answers ${answers.length} item(s) (the model's leader: no student holds this seat).`,
          synthetic: true,
        },
      });
    }
  }
  return out.sort((x, y) => x.at.localeCompare(y.at));
};
