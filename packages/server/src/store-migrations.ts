import type { MigrationHooks } from '@politburo/store';

/**
 * The server's part of the store's migrations (`MigrationHooks`).
 *
 * 2. Releases before the generic log kept the server's own facts (listings, accounts,
 * settings) inside `RecordMetaSet` envelopes (`{ meta: { politburoServer: event } }`) on the
 * server's streams; they become events of their own type, in the same transaction, before
 * the store's migration 3 hashes them. Envelopes on body streams stay as they are: there
 * they were only ever a record's free-form meta, and nothing unwraps them any more.
 */
export const SERVER_MIGRATION_HOOKS: MigrationHooks = {
  2: [
    {
      sqlite: `UPDATE events SET type = json_extract(data, '$.meta.politburoServer.type'), data = json_extract(data, '$.meta.politburoServer')
        WHERE type = 'RecordMetaSet' AND stream_id NOT LIKE 'body-%' AND json_type(data, '$.meta.politburoServer') = 'object'
          AND json_type(data, '$.meta.politburoServer.type') = 'text'`,
      postgres: `UPDATE events SET type = (data::jsonb -> 'meta' -> 'politburoServer' ->> 'type'), data = (data::jsonb -> 'meta' -> 'politburoServer')::text
        WHERE type = 'RecordMetaSet' AND stream_id NOT LIKE 'body-%' AND jsonb_typeof(data::jsonb -> 'meta' -> 'politburoServer') = 'object'
          AND jsonb_typeof(data::jsonb -> 'meta' -> 'politburoServer' -> 'type') = 'string'`,
    },
  ],
};
