/**
 * The scenarios shipped with politburo: records kept in the repo as data, addressable
 * by name wherever a record is taken. Paths resolve from this module's own location,
 * never from the working directory, so the CLI, the server and the tests agree.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@politburo/core';
import { OFFICE_GAP_1934, PROVENANCE_CAVEAT_1934, PUBLISHED_ABSENCE_1934, PUBLISHED_FIGURES_1934, type PublishedFigure } from './published-figures.ts';
import { type FigureReading, type ReadingKey, SCENARIO_READINGS } from './readings.ts';

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../data');

export interface ScenarioDescription {
  name: string;
  title: string;
  /** The published figures the scenario is built to, each with its caveat. */
  publishedFigures: readonly PublishedFigure[];
  /** Shown beside the figures wherever they appear. */
  caveat: string;
  /** Alternative absence windows a user may compare (`--absence FROM..TO`). */
  absenceWindows: ReadonlyArray<{ from: string; to: string; label: string; sourceId?: string }>;
  /** Which reading of the evidence the scenario is: the quoted figures, or what the archive suggests. */
  reading: 'quoted' | 'evidence';
  /** One line for a list. */
  readingLabel: string;
  /** The scenario to compare with by default. */
  counterpart?: string;
  /** For each figure, what its value rests on (see readings.ts). */
  figureReadings: Record<ReadingKey, FigureReading>;
}

export const EVIDENCE_CAVEAT_1934 =
  'As the archive suggests: the same archival rows as 1934, with the protocol series and sittings the sources point to — about 20–25 protocols and 4–6 in the holiday, estimated from the numbering by a seeded rule within documented ranges — instead of the quoted 46 and 16. 3,945 items (Khlevniuk) and the quoted holiday counts are kept as synthetic filler, because the archive gives no other count. Every estimated number is marked; the filler rows are synthetic.';

const SCENARIOS: readonly ScenarioDescription[] = [
  {
    name: '1934',
    title: 'The Politburo in 1934',
    publishedFigures: PUBLISHED_FIGURES_1934,
    caveat: PROVENANCE_CAVEAT_1934,
    absenceWindows: [PUBLISHED_ABSENCE_1934, OFFICE_GAP_1934],
    reading: 'quoted',
    readingLabel: '1934 as quoted: built to the figures quoted in the secondary literature',
    counterpart: '1934-evidence',
    figureReadings: SCENARIO_READINGS['1934']!,
  },
  {
    name: '1934-evidence',
    title: 'The Politburo in 1934, as the archive suggests',
    publishedFigures: PUBLISHED_FIGURES_1934,
    caveat: EVIDENCE_CAVEAT_1934,
    absenceWindows: [PUBLISHED_ABSENCE_1934, OFFICE_GAP_1934],
    reading: 'evidence',
    readingLabel: '1934 as the archive suggests: protocols and sittings from the numbering and the attested dates',
    counterpart: '1934',
    figureReadings: SCENARIO_READINGS['1934-evidence']!,
  },
];

export const scenarioNames = (): string[] => SCENARIOS.map((s) => s.name);

export const isScenarioName = (name: string): boolean => SCENARIOS.some((s) => s.name === name);

const unknownScenario = (name: string): DomainError =>
  new DomainError('SCENARIO_NOT_FOUND', 'not-found', `There is no scenario "${name}"; scenarios: ${scenarioNames().join(', ')}.`, [
    { field: 'scenario', message: `unknown scenario "${name}"` },
  ]);

export const describeScenario = (name: string): ScenarioDescription => {
  const s = SCENARIOS.find((x) => x.name === name);
  if (!s) throw unknownScenario(name);
  return s;
};

/** Absolute path of the scenario's record folder (CSV files and meta.json). */
export const scenarioPath = (name: string): string => {
  describeScenario(name);
  return join(DATA_DIR, name);
};

/**
 * A shipped scenario is read-only: the app and the CLI refuse to write into it, and
 * replaying or trying things out happens in a copy. Takes a scenario name or a path.
 */
export const isReadOnlyScenario = (nameOrPath: string): boolean => {
  if (isScenarioName(nameOrPath)) return true;
  const rel = relative(DATA_DIR, resolve(nameOrPath));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && scenarioNames().includes(rel.split(sep)[0]!);
};

export interface ScenarioMeta {
  name: string;
  version: string;
  [key: string]: unknown;
}

/** The scenario's meta.json (version, description, generator seed, row counts…). */
export const readScenarioMeta = async (name: string): Promise<ScenarioMeta> => {
  const parsed: unknown = JSON.parse(await readFile(join(scenarioPath(name), 'meta.json'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { version?: unknown }).version !== 'string') {
    throw new DomainError('SCENARIO_META_INVALID', 'validation', `meta.json of scenario "${name}" has no version`);
  }
  return { ...(parsed as Record<string, unknown>), name, version: (parsed as { version: string }).version };
};
