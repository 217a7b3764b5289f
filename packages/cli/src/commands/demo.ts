import { Engine } from '@politburo/core';
import type { Command } from 'commander';
import { demoScript } from '../demo-script.ts';

export const demoCommand = (program: Command): void => {
  program
    .command('demo')
    .description('a scripted run: a poll with ballots, a registered decision, a telegram to the absent leader and his confirmation')
    .option('--db <file|url>', 'also store the events in this database (SQLite file or postgres:// URL)')
    .action(async (opts: { db?: string }) => {
      const engine = new Engine();
      for (const step of demoScript()) {
        const events = engine.execute(step.command, step.meta);
        console.log(`${step.meta.now}  ${step.say}`);
        for (const e of events) console.log(`                  → ${describe(e)}`);
      }
      if (opts.db) {
        const { openStore } = await import('@politburo/store');
        const store = await openStore(opts.db);
        try {
          const streamId = `body-${engine.body.id}`;
          const existing = (await store.streams()).find((s) => s.streamId === streamId);
          if (existing) throw new (await import('@politburo/core')).DomainError('STREAM_EXISTS', 'conflict', `${opts.db} already holds a body "${engine.body.id}"; use a new database file.`);
          await store.append(streamId, engine.log, { expectedVersion: 0 });
          console.log(`\n${engine.log.length} events stored in ${opts.db} (stream ${streamId}).`);
        } finally {
          await store.close();
        }
      }
    });
};

const describe = (e: import('@politburo/core').BodyEvent): string => {
  switch (e.type) {
    case 'VotingClosed':
      return `VotingClosed: ${e.adopted ? 'adopted' : 'not adopted'} (${e.for} for, ${e.against} against, ${e.abstain} abstain; ${e.participants} of ${e.fullMembers} full members took part)`;
    case 'DecisionRegistered':
      return `DecisionRegistered: protocol No. ${e.decision.protocolNo}, item ${e.decision.itemNo}, ${e.decision.date} (${e.decision.mode})`;
    case 'MessageSent':
      return `MessageSent: ${e.message.kind} No. ${e.message.number} from ${e.message.fromId} to ${e.message.toIds.join(', ')}`;
    case 'MessageDelivered':
      return `MessageDelivered: ${e.messageId} at ${e.at}`;
    case 'InterventionRecorded':
      return `InterventionRecorded: ${e.intervention.memberId} — ${e.intervention.origin}, ${e.intervention.outcome}`;
    default:
      return e.type;
  }
};
