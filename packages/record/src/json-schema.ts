/**
 * The JSON Schema of a record in its canonical JSON form, generated from the table
 * specs; docs/record.schema.json is this value, and a test keeps the two equal.
 */
import { type ColumnSpec, TABLE_SPECS, allColumns } from './table-specs.ts';

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$';

const columnSchema = (col: ColumnSpec): Record<string, unknown> => {
  const k = col.kind;
  switch (k.type) {
    case 'text':
      return col.nonEmpty ? { type: 'string', minLength: 1 } : { type: 'string' };
    case 'int':
      return { type: 'integer', minimum: 1 };
    case 'bool':
      return { type: 'boolean' };
    case 'date':
      return col.nonEmpty ? { type: 'string', pattern: DATE_PATTERN } : { type: 'string', pattern: `${DATE_PATTERN}|^$` };
    case 'instant':
      return col.nonEmpty ? { type: 'string', pattern: INSTANT_PATTERN } : { type: 'string', pattern: `${INSTANT_PATTERN}|^$` };
    case 'enum':
      return { enum: [...k.values] };
    case 'ids':
      return { type: 'array', items: { type: 'string', minLength: 1 } };
    case 'ids-or-unknown':
      return { type: ['array', 'null'], items: { type: 'string', minLength: 1 }, description: 'null: unknown' };
    default: {
      const never: never = k;
      return never;
    }
  }
};

export const recordJsonSchema = (): Record<string, unknown> => {
  const defs: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {
    meta: {
      type: 'object',
      properties: { synthetic: { type: 'boolean' }, description: { type: 'string' } },
    },
  };
  for (const spec of TABLE_SPECS) {
    const columns = allColumns(spec);
    defs[spec.name] = {
      type: 'object',
      description: `A row of ${spec.file}. Unknown columns are allowed (kept as text on round trip).`,
      properties: Object.fromEntries(columns.map((c) => [c.name, c.ref ? { ...columnSchema(c), description: `id in ${c.ref}` } : columnSchema(c)])),
      required: columns.filter((c) => c.required).map((c) => c.name),
      additionalProperties: { type: 'string' },
    };
    properties[spec.name] = { type: 'array', items: { $ref: `#/$defs/${spec.name}` } };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://politburo.example/record.schema.json',
    title: 'politburo record (canonical JSON form)',
    description: 'One JSON file holding the tables of the record interchange format; see docs/record-format.md.',
    type: 'object',
    properties,
    required: TABLE_SPECS.filter((t) => t.required).map((t) => t.name),
    additionalProperties: false,
    $defs: defs,
  };
};
