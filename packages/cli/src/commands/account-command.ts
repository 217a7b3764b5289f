import { randomBytes } from 'node:crypto';
import { DomainError } from '@politburo/core';
import type { Command } from 'commander';
import { resolveBodyId, withBodies } from '../body-stream.ts';
import { outputLang, sayer } from '../say.ts';

/**
 * `politburo account`: a login for a member of a body in a database — the way in to a
 * body that came from `politburo import` or `restore`, which bring no accounts. The
 * accounts decider refuses an unknown member or a taken username.
 */
export const accountCommand = (program: Command): void => {
  program
    .command('account')
    .description('create a login for a member of a body (imported bodies have none)')
    .requiredOption('--db <file|url>', 'SQLite file, or postgres://… for the server store')
    .requiredOption('--member <id>', 'the member who logs in (his role in the body decides what he may do)')
    .requiredOption('--username <name>', 'the login name')
    .option('--body <id>', 'which body (default: the only one)')
    .option('--password <password>', 'the password (default: $POLITBURO_PASSWORD, else one is made and printed)')
    .action(async (opts: { db: string; member: string; username: string; body?: string; password?: string }) => {
      const password = opts.password ?? process.env.POLITBURO_PASSWORD ?? randomBytes(9).toString('base64url');
      await withBodies(
        opts.db,
        async (bodies) => {
          const bodyId = await resolveBodyId(bodies, opts.body);
          const entry = await bodies.createAccount(bodyId, { username: opts.username, password, memberId: opts.member }, 'cli', { requestId: `cli-${randomBytes(6).toString('hex')}` });
          const member = entry.state.status === 'active' ? entry.state.body.members[opts.member] : undefined;
          if (!member) throw new DomainError('UNKNOWN_MEMBER', 'not-found', `Body "${bodyId}" has no member "${opts.member}".`, [], { bodyId, memberId: opts.member });
          const t = sayer(program);
          console.log(t('cli.out.account', { username: opts.username, name: (outputLang(program) === 'ru' ? member.nameRu : undefined) ?? member.name, role: t(`vocab.role.${member.role}`), bodyId }) + (opts.password ? '' : t('cli.out.password', { password })));
        },
        { mustExist: true },
      );
    });
};
