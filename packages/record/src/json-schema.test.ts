import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordJsonSchema } from './json-schema.ts';
import { loadRecord } from './read-record.ts';
import { EXAMPLE_DIR } from './test-support/temp-record.ts';
import { recordToJson } from './write-record.ts';

const SCHEMA_FILE = new URL('../../../docs/record.schema.json', import.meta.url);

type Schema = Record<string, unknown>;

/** Enough of JSON Schema for the keywords recordJsonSchema uses; no new dependency for one test. */
const check = (schema: Schema, value: unknown, path: string, root: Schema, out: string[]): void => {
  if (typeof schema.$ref === 'string') {
    check((root.$defs as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')]!, value, path, root, out);
    return;
  }
  const types = schema.type === undefined ? undefined : ([] as unknown[]).concat(schema.type);
  const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  if (types && !types.some((t) => t === typeOf(value) || (t === 'number' && typeof value === 'number'))) out.push(`${path}: expected ${types.join('|')}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) out.push(`${path}: not in enum`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) out.push(`${path}: too short`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) out.push(`${path}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) out.push(`${path}: below minimum`);
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => check(schema.items as Schema, v, `${path}/${i}`, root, out));
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) out.push(`${path}: missing ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) check(props[k], v, `${path}/${k}`, root, out);
      else if (schema.additionalProperties === false) out.push(`${path}: unexpected ${k}`);
      else if (typeof schema.additionalProperties === 'object') check(schema.additionalProperties as Schema, v, `${path}/${k}`, root, out);
    }
  }
};

describe('the JSON Schema', () => {
  it('docs/record.schema.json is the schema generated from the table specs', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(recordJsonSchema());
  });

  it('accepts the example record in canonical JSON form, and catches a wrong enum', async () => {
    const schema = recordJsonSchema();
    const doc = JSON.parse(recordToJson((await loadRecord(EXAMPLE_DIR)).record));
    const problems: string[] = [];
    check(schema, doc, '', schema, problems);
    expect(problems).toEqual([]);
    doc.members[0].role = 'chairman';
    check(schema, doc, '', schema, problems);
    expect(problems).toEqual(['/members/0/role: not in enum']);
  });
});
