import { randomBytes } from 'node:crypto';
import { DomainError } from '@politburo/core';
import { accountEvent, activeOf, adaptStore, openServices } from '@politburo/server';
import type { Command } from 'commander';
import { requireDatabase, resolveBodyId, withStore } from '../body-stream.ts';

/**
 * `politburo account`: a login for a member of a body in a database — the way in to a
 * body that came from `politburo import` or `restore`, which bring no accounts.
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
      requireDatabase(opts.db);
      const password = opts.password ?? process.env.POLITBURO_PASSWORD ?? randomBytes(9).toString('base64url');
      if (password.length < 8) throw new DomainError('OPTION_INVALID', 'validation', 'A password has at least 8 characters.', [{ field: 'password', message: 'too short' }]);
      if (!/^[a-z0-9_.-]{2,40}$/i.test(opts.username)) {
        throw new DomainError('OPTION_INVALID', 'validation', 'A username is 2–40 letters, digits, dots, dashes or underscores.', [{ field: 'username', message: 'not allowed' }]);
      }
      await withStore(opts.db, async (store) => {
        const bodyId = await resolveBodyId(store, opts.body);
        const services = await openServices({ store: adaptStore(store) });
        try {
          const entry = await services.repo.get(bodyId);
          const member = activeOf(entry).members[opts.member];
          if (!member) throw new DomainError('UNKNOWN_MEMBER', 'not-found', `Body "${bodyId}" has no member "${opts.member}".`, [{ field: 'member', message: 'unknown member' }]);
          if (entry.accounts.has(opts.username)) throw new DomainError('USERNAME_TAKEN', 'conflict', `Username "${opts.username}" is taken in body "${bodyId}".`);
          await services.repo.appendServer(bodyId, 'accounts', await accountEvent(opts.username, password, member.id));
          console.log(`Account "${opts.username}" for ${member.name} (${member.role}) in body "${bodyId}".${opts.password ? '' : ` Password: ${password}`}`);
        } finally {
          services.repo.stop();
        }
      });
    });
};
