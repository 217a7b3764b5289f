import { readFile, writeFile } from 'node:fs/promises';
import { DomainError } from '@politburo/core';
import { checkAgainst, makeCheckpoint, parseCheckpoint, type VerifyResult, verifyLog } from '@politburo/store';
import { checkSignatures, openBodies, openEventStore } from '@politburo/server';
import type { Command } from 'commander';
import type { Translate } from '@politburo/i18n';
import { requireDatabase } from '../body-stream.ts';
import { sayer } from '../say.ts';

const intact = (r: VerifyResult, t: Translate): string =>
  t('cli.out.verifyOk', { count: r.events, head: r.head ? t('cli.out.verifyHead', { position: String(r.head.position), hash: r.head.hash.slice(0, 16) }) : '' });
const describe = (r: VerifyResult): string =>
  r.ok
    ? `ok: ${r.events} events, chain intact`
    : `position ${r.problem?.position}${r.problem?.streamId ? ` (stream "${r.problem.streamId}")` : ''}: ${r.problem?.message}`;

/**
 * `politburo verify`: walks the hash-chained log and says, in one line, that it is
 * intact or where it first is not; `--checkpoint` writes the head (signed with
 * POLITBURO_SIGNING_KEY when set), `--against` checks a later log against one.
 */
export const verifyCommand = (program: Command): void => {
  program
    .command('verify')
    .description('check the tamper-evident hash chain of a database; exit 0 if intact, 65 naming the first bad position if not')
    .requiredOption('--db <file|url>', 'SQLite file, or postgres://… for the server store')
    .option('--checkpoint <file>', 'write the chain head to this file (signed with $POLITBURO_SIGNING_KEY, an Ed25519 PEM, when set)')
    .option('--against <file>', 'also check the log against a checkpoint written earlier (detects a log cut short or re-chained)')
    .action(async (opts: { db: string; checkpoint?: string; against?: string }) => {
      const t = sayer(program);
      requireDatabase(opts.db);
      const store = await openEventStore(opts.db);
      try {
        let result = await verifyLog(store, {
          onProgress: (done, total) => {
            if (total > 50_000 && process.stderr.isTTY) process.stderr.write(`\r${t('cli.out.verifying', { done: String(done), total: String(total) })}`);
          },
        });
        if (opts.against) result = await checkAgainst(store, parseCheckpoint(await readFile(opts.against, 'utf8'), opts.against), result);
        if (!result.ok) {
          throw new DomainError('CHAIN_BROKEN', 'corrupt', `The log of ${opts.db} has been altered: ${describe(result)}.`,
            [{ field: `position ${result.problem?.position}`, message: result.problem?.message ?? '' }],
            { db: opts.db, position: result.problem?.position ?? 0, stream: result.problem?.streamId ?? 'none', problem: result.problem?.message ?? '' },
          );
        }
        // The signed protocols of every body: each signature, its head, and its decisions as they stand.
        const bodies = await openBodies(store);
        let signed = 0;
        try {
          for (const { bodyId } of await bodies.list()) {
            const entry = await bodies.get(bodyId);
            if (entry.state.status !== 'active') continue;
            const { checked, problems } = await checkSignatures(store, entry.state.body);
            signed += checked;
            const [p] = problems;
            if (p) throw new DomainError('SIGNATURE_BROKEN', 'corrupt', `Protocol ${p.protocolNo} of body "${p.bodyId}": ${p.message}.`, problems.map((x) => ({ field: `${x.bodyId} protocol ${x.protocolNo}`, message: x.message })));
          }
        } finally {
          bodies.repo.stop();
        }
        console.log(`${intact(result, t)}; ${t('cli.out.verifySigned', { count: signed })}`);
        if (opts.checkpoint) {
          const cp = makeCheckpoint(result, new Date().toISOString(), process.env.POLITBURO_SIGNING_KEY || undefined);
          await writeFile(opts.checkpoint, `${JSON.stringify(cp, null, 2)}\n`);
          console.log(t(cp.signature ? 'cli.out.checkpointSigned' : 'cli.out.checkpointUnsigned', { file: opts.checkpoint }));
        }
      } finally {
        await store.close();
      }
    });
};
