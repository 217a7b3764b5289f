import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecord } from '@politburo/record';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/politburo.js');
const example = join(root, 'examples/tiny-record');
const work = mkdtempSync(join(tmpdir(), 'politburo-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, POLITBURO_DEBUG: '', LC_ALL: 'C.UTF-8' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('politburo CLI on a real SQLite file', () => {
  it('demo prints the scripted run and stores it', () => {
    const db = join(work, 'demo.db');
    const r = run('demo', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toContain('DecisionRegistered: protocol No. 1, item 1');
    expect(r.out).toContain('InterventionRecorded: leader — reply to the deputy, confirmed');
    const events = run('events', '--db', db);
    expect(events.code).toBe(0);
    expect(events.out).toMatch(/InterventionRecorded/);
  });

  it('import → export → import → export is byte-identical through the database', () => {
    const a = join(work, 'a.db');
    const b = join(work, 'b.db');
    expect(run('import', example, '--db', a).code).toBe(0);
    expect(run('export', '--db', a, '--out', join(work, 'once')).code).toBe(0);
    expect(run('import', join(work, 'once'), '--db', b).code).toBe(0);
    expect(run('export', '--db', b, '--out', join(work, 'twice')).code).toBe(0);
    expect(filesOf(join(work, 'twice'))).toEqual(filesOf(join(work, 'once')));
  });

  it('bad input: one line per problem naming file, row and column; non-zero exit; nothing written', () => {
    const bad = join(work, 'bad');
    cpSync(example, bad, { recursive: true });
    const decisions = readFileSync(join(bad, 'decisions.csv'), 'utf8').trimEnd().split('\n');
    decisions.push(decisions[1]!.replace(/^[^,]+,/, 'extra-row,').replace(/\d{4}-\d{2}-\d{2}/, '1934-13-45'));
    writeFileSync(join(bad, 'decisions.csv'), `${decisions.join('\n')}\n`);
    const db = join(work, 'bad.db');
    const r = run('import', bad, '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error RECORD_INVALID/);
    expect(r.err).toMatch(new RegExp(`decisions\\.csv, row ${decisions.length - 1}, column date`));
    expect(r.err).not.toMatch(/\n\s+at .*\.ts:\d+/); // no stack trace
    const after = run('events', '--db', db);
    expect(after.code).toBe(3); // no body was created, and reading does not create the file
    expect(after.err).toMatch(/holds no body|No database file/);
    const missing = run('export', '--db', join(work, 'never-made.db'), '--out', join(work, 'x'));
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/No database file/);
    const down = run('report', 'postgres://postgres@127.0.0.1:1/nowhere');
    expect(down.code).toBe(69);
    expect(down.err).toMatch(/^error DATABASE_UNAVAILABLE/);
  });

  it('backup and restore reproduce the body', () => {
    const db = join(work, 'bk.db');
    expect(run('import', example, '--db', db, '--body', 'orig').code).toBe(0);
    expect(run('backup', '--db', db, '--body', 'orig', '--out', join(work, 'orig.jsonl')).code).toBe(0);
    const restored = run('restore', join(work, 'orig.jsonl'), '--db', db, '--body', 'copy');
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/its chain verified up to the source's event \d+/);
    expect(run('export', '--db', db, '--body', 'orig', '--out', join(work, 'o1')).code).toBe(0);
    expect(run('export', '--db', db, '--body', 'copy', '--out', join(work, 'o2')).code).toBe(0);
    expect(filesOf(join(work, 'o2'))).toEqual(filesOf(join(work, 'o1')));
    const again = run('restore', join(work, 'orig.jsonl'), '--db', db, '--body', 'copy');
    expect(again.code).toBe(4);
    expect(again.err).toMatch(/BODY_EXISTS: A body "copy" already exists/);
  }, 90_000);

  it('report --scenario 1934 --json gives the published figures', () => {
    const r = run('report', '--scenario', '1934', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, number>;
    expect([j.decisionsTotal, j.meetingsTotal, j.decisionsDuringAbsence, j.meetingsDuringAbsence, j.interventions, j.responses, j.confirmedUnchanged]).toEqual([
      3945, 46, 1038, 16, 119, 91, 76,
    ]);
    const provenance = (j as unknown as { provenance: { caveat: string; published: Array<{ key: string; provenance: string; status: string }> } }).provenance;
    expect(provenance.caveat).toMatch(/46 meetings" is probably the 1930–36 yearly average/);
    expect(provenance.published.find((f) => f.key === 'meetingsTotal')?.status).toMatch(/probably the 1930–36 yearly average/);
    expect(provenance.published.find((f) => f.key === 'interventions')?.status).toBe('quoted in the secondary literature; source not located');
    const text = run('report', '--scenario', '1934');
    expect(text.out).toMatch(/The quoted figures/);
    expect(text.out).toMatch(/interventions\s+quoted 119\s+quoted in the secondary literature; source not located/);
    expect(text.out).not.toMatch(/published/i);
  });

  it('report --scenario 1934-evidence --json: 3,945 items, 18–27 protocols, 3–7 in the holiday', () => {
    const r = run('report', '--scenario', '1934-evidence', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, number>;
    expect(j.decisionsTotal).toBe(3945);
    expect(j.protocolsTotal).toBeGreaterThanOrEqual(18);
    expect(j.protocolsTotal).toBeLessThanOrEqual(27);
    expect(j.protocolsDuringAbsence).toBeGreaterThanOrEqual(3);
    expect(j.protocolsDuringAbsence).toBeLessThanOrEqual(7);
  });

  it('report --scenario 1934 --compare 1934-evidence: each figure under both, with its basis, in text and JSON', () => {
    const json = run('report', '--scenario', '1934', '--compare', '1934-evidence', '--json');
    expect(json.code).toBe(0);
    const c = JSON.parse(json.out) as { scenarios: Array<{ name: string; version: string }>; figures: Array<{ key: string; values: Array<{ scenario: string; value: number; basis: string; archivalValue: number }> }> };
    expect(c.scenarios.map((s) => s.name)).toEqual(['1934', '1934-evidence']);
    const meetings = c.figures.find((f) => f.key === 'meetingsTotal')!;
    expect(meetings.values.map((v) => [v.scenario, v.basis])).toEqual([
      ['1934', 'quoted'],
      ['1934-evidence', 'estimated'],
    ]);
    expect(meetings.values[0]!.value).toBe(46);
    expect(meetings.values[1]!.value).toBeLessThan(30);
    const text = run('report', '--scenario', '1934', '--compare', '1934-evidence');
    expect(text.out).toMatch(/meetingsTotal\s+46\s+quoted\s+7\s+\d+\s+estimated\s+7/);
    expect(text.out).toMatch(/Where the readings differ/);
    expect(run('report', '--compare', '1934-evidence').code).toBe(2);
  });

  it('export --scenario writes either scenario as a record, synthetic rows labelled; sources export as CSL-JSON and BibTeX', async () => {
    for (const name of ['1934', '1934-evidence']) {
      const out = join(work, `export-${name}`);
      expect(run('export', '--scenario', name, '--out', out).code).toBe(0);
      const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as { version: string; name: string };
      expect(meta.name).toBe(name);
      expect(meta.version).toMatch(/^sha256-/);
      const exported = await readRecord(out);
      for (const table of ['decisions', 'meetings', 'members', 'interventions'] as const) {
        const rows = exported[table] as Array<{ id?: string; decision_id?: string; synthetic?: boolean; source_id?: string }>;
        expect(rows.filter((r) => r.synthetic === true).length, table).toBeGreaterThan(0);
        for (const r of rows) {
          expect(typeof r.synthetic, `${table} ${r.id ?? r.decision_id}`).toBe('boolean');
          if (r.id !== undefined) expect(r.id.startsWith('syn-'), `${table} ${r.id}`).toBe(r.synthetic);
          if (!r.synthetic) expect(r.source_id, `${table} ${r.id ?? r.decision_id}`).toBeTruthy();
        }
      }
      expect(exported.correspondence.filter((c) => c.synthetic === false && c.source_id).length).toBeGreaterThanOrEqual(37);
    }
    const csl = run('sources', '--scenario', '1934-evidence');
    expect(csl.code).toBe(0);
    const items = JSON.parse(csl.out) as Array<{ id: string; note: string }>;
    expect(items.length).toBeGreaterThan(50);
    expect(items.every((i) => i.note.includes('politburo scenario 1934-evidence (sha256-'))).toBe(true);
    const bib = run('sources', '--scenario', '1934', '--format', 'bibtex');
    expect(bib.out.match(/^@(online|misc)\{/gm)?.length).toBe(items.length);
    expect(run('sources', '--scenario', '1934', '--format', 'ris').code).toBe(2);
    const list = run('scenarios', '--json');
    expect((JSON.parse(list.out) as { scenarios: Array<{ name: string; reading: string }> }).scenarios.map((s) => [s.name, s.reading])).toEqual([
      ['1934', 'quoted'],
      ['1934-evidence', 'evidence'],
    ]);
  });

  it('the 1934 scenario loads through the engine into a database and reports the same figures from there', () => {
    const db = join(work, '1934.db');
    expect(run('import', '--scenario', '1934', '--db', db, '--body', 'copy-1934').code).toBe(0);
    const r = run('report', db, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, number>;
    expect([j.decisionsTotal, j.decisionsDuringAbsence, j.interventions, j.responses, j.confirmedUnchanged]).toEqual([3945, 1038, 119, 91, 76]);
  });

  it('an imported body gets a login with `account`, and the server lets that member in', async () => {
    const db = join(work, 'login.db');
    expect(run('import', example, '--db', db, '--body', 'tiny').code).toBe(0);
    const made = run('account', '--db', db, '--member', 'kaganovich', '--username', 'lmk', '--password', 'long-enough-1');
    expect(made.code).toBe(0);
    expect(run('account', '--db', db, '--member', 'kaganovich', '--username', 'lmk', '--password', 'long-enough-1').code).toBe(4);
    const { startServer } = await import('@politburo/server');
    const server = await startServer({ port: 0, databaseUrl: db, demo: false, webRoot: false });
    try {
      const session = await fetch(`${server.url}/api/auth/session`);
      const csrf = /pb_csrf=([^;]+)/.exec(session.headers.get('set-cookie') ?? '')![1]!;
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `pb_csrf=${csrf}` },
        body: JSON.stringify({ bodyId: 'tiny', username: 'lmk', password: 'long-enough-1' }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { user: { role: string } }).user.role).toBe('deputy');
    } finally {
      await server.close();
    }
  });

  it('defect 3: a body made by init or restore is one `serve` lists, and `account` on a restored body works (no INTERNAL)', async () => {
    const db = join(work, 'same-list.db');
    expect(run('init', '--db', db, '--body', 'b', '--name', 'Body B').code).toBe(0);
    expect(run('import', example, '--db', db, '--body', 'tiny').code).toBe(0);
    expect(run('backup', '--db', db, '--body', 'tiny', '--out', join(work, 'tiny.jsonl')).code).toBe(0);
    expect(run('restore', join(work, 'tiny.jsonl'), '--db', db, '--body', 'tiny-restored').code).toBe(0);
    const account = run('account', '--db', db, '--body', 'tiny-restored', '--member', 'kaganovich', '--username', 'lmk2', '--password', 'long-enough-2');
    expect(account.err).not.toMatch(/INTERNAL|bug/);
    expect(account.code).toBe(0);
    const unknown = run('account', '--db', db, '--body', 'tiny-restored', '--member', 'nobody', '--username', 'x1', '--password', 'long-enough-2');
    expect([unknown.code, /UNKNOWN_MEMBER/.test(unknown.err)]).toEqual([3, true]);
    const { startServer } = await import('@politburo/server');
    const server = await startServer({ port: 0, databaseUrl: db, demo: false, webRoot: false });
    try {
      const list = (await (await fetch(`${server.url}/api/bodies`)).json()) as { bodies: Array<{ id: string }> };
      expect(list.bodies.map((b) => b.id).sort()).toEqual(['b', 'tiny', 'tiny-restored']);
    } finally {
      await server.close();
    }
  });

  it('a forged, truncated or reordered backup file is refused with the line named, and nothing is restored', () => {
    const db = join(work, 'forged.db');
    expect(run('import', example, '--db', db, '--body', 'tiny').code).toBe(0);
    const file = join(work, 'forged-src.jsonl');
    expect(run('backup', '--db', db, '--body', 'tiny', '--out', file).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const cases: Record<string, string[]> = {
      truncated: lines.slice(1).map((l, i) => l.replace(/^\{"version":\d+/, `{"version":${i + 1}`)),
      reordered: [lines[0]!, lines[2]!, lines[1]!, ...lines.slice(3)],
      forged: [...lines, JSON.stringify({ version: lines.length + 1, event: { type: 'MessageRead', messageId: 'no-such', memberId: 'stalin', at: '1934-08-01T10:00' }, meta: {} })],
    };
    for (const [name, content] of Object.entries(cases)) {
      writeFileSync(join(work, `${name}.jsonl`), `${content.join('\n')}\n`);
      const r = run('restore', join(work, `${name}.jsonl`), '--db', db, '--body', name);
      expect(r.code, name).toBe(2);
      expect(r.err, name).toMatch(/BAD_BACKUP/);
      expect(r.err, name).toMatch(name === 'reordered' ? /line 2: version 3, expected 2/ : name === 'forged' ? /unknown message "no-such"/ : /starts with BodyCreated/);
      expect(r.err, name).not.toMatch(/INTERNAL/);
    }
    const events = run('events', '--db', db, '--body', 'forged');
    expect(events.code).toBe(3);
    // One byte of a title changed: every line still parses and checks, but the chain does not hold.
    const at = lines.findIndex((l) => l.includes('On the harvest plan'));
    const edited = lines.map((l, i) => (i === at ? l.replace('On the harvest plan', 'On the harvest plaN') : l));
    writeFileSync(join(work, 'edited.jsonl'), `${edited.join('\n')}\n`);
    const r = run('restore', join(work, 'edited.jsonl'), '--db', db, '--body', 'edited');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`BACKUP_CHAIN_BROKEN.*backup\\.events\\.${at} \\(DecisionRegistered\\)`));
    expect(run('events', '--db', db, '--body', 'edited').code).toBe(3);
    // A file from before the chain (lines without their links) still restores, and says it was not verified.
    const old = lines.map((l) => {
      const { position: _p, hash: _h, previousHash: _ph, ...line } = JSON.parse(l) as Record<string, unknown>;
      return JSON.stringify(line);
    });
    writeFileSync(join(work, 'old.jsonl'), `${old.join('\n')}\n`);
    const restoredOld = run('restore', join(work, 'old.jsonl'), '--db', db, '--body', 'old');
    expect(restoredOld.code).toBe(0);
    expect(restoredOld.out).toMatch(/carries no chain .*not verified/);
  }, 120_000);

  it('verify: 0 on an untouched log, 65 naming the position of an edited byte; a checkpoint catches a cut', async () => {
    const db = join(work, 'verify.db');
    expect(run('import', example, '--db', db, '--body', 'tiny').code).toBe(0);
    const ok = run('verify', '--db', db, '--checkpoint', join(work, 'cp.json'));
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^ok: \d+ events, chain intact/);
    expect(run('verify', '--db', db, '--against', join(work, 'cp.json')).code).toBe(0);
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    const last = (raw.prepare('SELECT MAX(position) AS p FROM events').get() as { p: number }).p;
    raw.prepare("UPDATE events SET data = REPLACE(data, 'Kaganovich', 'KaganoviX') WHERE position = (SELECT MIN(position) FROM events WHERE data LIKE '%Kaganovich%')").run();
    const edited = (raw.prepare("SELECT position FROM events WHERE data LIKE '%KaganoviX%'").get() as { position: number }).position;
    raw.close();
    const bad = run('verify', '--db', db);
    expect(bad.code).toBe(65);
    expect(bad.err).toMatch(new RegExp(`CHAIN_BROKEN: .*position ${edited} `));
    expect(bad.err).not.toMatch(/INTERNAL|bug/);
    // Undo the edit by cutting the log back to before it and re-chaining: only the checkpoint can tell.
    const cut = new Database(db);
    cut.prepare('DELETE FROM events WHERE position >= ?').run(edited);
    cut.prepare('UPDATE store_position SET last = ?').run(edited - 1);
    cut.close();
    expect(run('verify', '--db', db).code).toBe(0);
    const against = run('verify', '--db', db, '--against', join(work, 'cp.json'));
    expect(against.code).toBe(65);
    expect(against.err).toMatch(new RegExp(`position ${last}.*cut short`));
  });

  // Two CLI processes per mutation (validate, then import): over half a minute even on a quiet 2-core machine.
  it('finding 8: validate and import give the same verdict on every mutation of a record, with the same exit code', () => {
    const mutations: Record<string, (dir: string) => void> = {
      'empty source title': (d) => writeFileSync(join(d, 'sources.csv'), readFileSync(join(d, 'sources.csv'), 'utf8').replace(/^(s-notes,[^,]*,)[^,]*,/m, '$1,')),
      'unknown initiator': (d) => writeFileSync(join(d, 'decisions.csv'), readFileSync(join(d, 'decisions.csv'), 'utf8').replace(/kaganovich/, 'nobody')),
      'duplicate member': (d) => writeFileSync(join(d, 'members.csv'), `${readFileSync(join(d, 'members.csv'), 'utf8').trimEnd()}\n${readFileSync(join(d, 'members.csv'), 'utf8').split('\n')[1]}\n`),
      'absence ends before it starts': (d) => writeFileSync(join(d, 'absences.csv'), readFileSync(join(d, 'absences.csv'), 'utf8').replace(/1934-10-31/, '1934-01-01')),
      'truncated mid-row': (d) => {
        const text = readFileSync(join(d, 'decisions.csv'), 'utf8');
        writeFileSync(join(d, 'decisions.csv'), text.slice(0, Math.floor(text.length * 0.6)));
      },
      'dropped column': (d) => writeFileSync(join(d, 'members.csv'), readFileSync(join(d, 'members.csv'), 'utf8').split('\n').map((l) => l.split(',').slice(0, 2).join(',')).join('\n')),
      'duplicated column': (d) => writeFileSync(join(d, 'members.csv'), readFileSync(join(d, 'members.csv'), 'utf8').split('\n').map((l) => (l ? `${l},${l.split(',')[0]}` : l)).join('\n')),
      'semicolons for commas': (d) => writeFileSync(join(d, 'members.csv'), readFileSync(join(d, 'members.csv'), 'utf8').replaceAll(',', ';')),
      'an unterminated quote': (d) => writeFileSync(join(d, 'decisions.csv'), readFileSync(join(d, 'decisions.csv'), 'utf8').replace(',On the harvest plan,', ',"On the harvest plan,')),
      'binary bytes': (d) => writeFileSync(join(d, 'sources.csv'), Buffer.from([0x00, 0xff, 0xfe, 0x01, 0x0a, 0x80, 0x81])),
      'a BOM and CRLF (fine)': (d) => {
        for (const f of ['members.csv', 'decisions.csv']) writeFileSync(join(d, f), `\ufeff${readFileSync(join(d, f), 'utf8').replaceAll('\n', '\r\n')}`);
      },
      untouched: () => {},
    };
    for (const [name, mutate] of Object.entries(mutations)) {
      const dir = join(work, `mut-${name.replaceAll(' ', '-')}`);
      cpSync(example, dir, { recursive: true });
      mutate(dir);
      const db = join(work, `mut-${name.replaceAll(/\W+/g, '-')}.db`);
      const v = run('validate', dir);
      const i = run('import', dir, '--db', db);
      const fine = name === 'untouched' || name.endsWith('(fine)');
      expect(v.code, `${name}: validate ${v.err}`).toBe(i.code);
      expect(v.code, `${name}: ${v.err}`).toBe(fine ? 0 : 2);
      expect(`${v.err}${i.err}`, name).not.toMatch(/INTERNAL|\n\s+at /);
      // A refused import leaves no database behind; a clear error names the file.
      if (!fine) {
        expect(existsSync(db), `${name}: database left behind`).toBe(false);
        expect(i.err, name).toMatch(/\.csv/);
      }
    }
  }, 240_000);

  it('finding 9: a byte that breaks the JSON of an event is reported as corruption by every reading command, never as a bug', async () => {
    const db = join(work, 'corrupt.db');
    expect(run('import', example, '--db', db, '--body', 'tiny').code).toBe(0);
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    raw.prepare("UPDATE events SET data = SUBSTR(data, 2) WHERE stream_id = 'body-tiny' AND version = 3").run();
    raw.close();
    for (const args of [['export', '--db', db, '--out', join(work, 'corrupt-out')], ['events', '--db', db], ['report', db], ['verify', '--db', db]]) {
      const r = run(...args);
      expect(r.code, args[0]).toBe(65);
      expect(r.err, args[0]).toMatch(/CORRUPT_LOG|CHAIN_BROKEN/);
      expect(r.err, args[0]).not.toMatch(/INTERNAL|bug/);
    }
  });

  it('usage errors exit non-zero with a clear line', () => {
    const r = run('report', '--scenario', 'nope');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/No scenario "nope"/);
    expect(run('no-such-command').code).toBe(64);
  });
});
