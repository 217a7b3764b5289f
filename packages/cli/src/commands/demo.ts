import { randomUUID } from 'node:crypto';
import { Engine } from '@politburo/core';
import { withBodies } from '../body-stream.ts';
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
        const b = engine.body;
        await withBodies(opts.db, (bodies) => bodies.createFromEvents({ bodyId: b.id, name: b.name, readOnly: false, scenario: null }, engine.log, 'cli', { requestId: `cli-${randomUUID()}` }));
        console.log(`\n${engine.log.length} events stored in ${opts.db} (body "${b.id}", stream body-${b.id}).`);
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
