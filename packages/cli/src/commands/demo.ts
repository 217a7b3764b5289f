import { randomUUID } from 'node:crypto';
import { Engine } from '@politburo/core';
import { withBodies } from '../body-stream.ts';
import type { Command } from 'commander';
import type { Translate } from '@politburo/i18n';
import { demoScript } from '../demo-script.ts';
import { sayer } from '../say.ts';

export const demoCommand = (program: Command): void => {
  program
    .command('demo')
    .description('a scripted run: a poll with ballots, a registered decision, a telegram to the absent leader and his confirmation')
    .option('--db <file|url>', 'also store the events in this database (SQLite file or postgres:// URL)')
    .action(async (opts: { db?: string }) => {
      const t = sayer(program);
      const engine = new Engine();
      for (const step of demoScript()) {
        const events = engine.execute(step.command, step.meta);
        // The member named in a step is the demo's own synthetic person, named in the output's language.
        const params: Record<string, string> = step.sayParams ? { name: t(`cli.demo.name.${step.sayParams.id}`), role: t(`vocab.role.${step.sayParams.role}`) } : {};
        console.log(`${step.meta.now}  ${t(`cli.demo.step.${step.say}`, params)}`);
        for (const e of events) console.log(`                  → ${describe(e, t)}`);
      }
      if (opts.db) {
        const b = engine.body;
        await withBodies(opts.db, (bodies) => bodies.createFromEvents({ bodyId: b.id, name: b.name, readOnly: false, scenario: null }, engine.log, 'cli', { requestId: `cli-${randomUUID()}` }));
        console.log(`\n${t('cli.demo.stored', { count: engine.log.length, db: opts.db, bodyId: b.id })}`);
      }
    });
};

/** An event as one line: its type (an id, as the log stores it), then what it says in the output's language. */
const describe = (e: import('@politburo/core').BodyEvent, t: Translate): string => {
  switch (e.type) {
    case 'VotingClosed':
      return `VotingClosed: ${t('cli.demo.event.votingClosed', { adopted: String(e.adopted), for: String(e.for), against: String(e.against), abstain: String(e.abstain), participants: String(e.participants), fullMembers: String(e.fullMembers) })}`;
    case 'DecisionRegistered':
      return `DecisionRegistered: ${t('cli.demo.event.decisionRegistered', { protocolNo: String(e.decision.protocolNo), itemNo: String(e.decision.itemNo), date: e.decision.date, mode: t(`vocab.mode.${e.decision.mode}`) })}`;
    case 'MessageSent':
      return `MessageSent: ${t('cli.demo.event.messageSent', { kind: t(`vocab.kind.${e.message.kind}`), number: String(e.message.number), from: e.message.fromId, to: e.message.toIds.join(', ') })}`;
    case 'MessageDelivered':
      return `MessageDelivered: ${t('cli.demo.event.messageDelivered', { messageId: e.messageId, at: e.at })}`;
    case 'InterventionRecorded':
      return `InterventionRecorded: ${t('cli.demo.event.interventionRecorded', { memberId: e.intervention.memberId, origin: t(`vocab.origin.${e.intervention.origin}`), outcome: t(`vocab.outcome.${e.intervention.outcome}`) })}`;
    default:
      return e.type;
  }
};
