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
import { text, textOf } from './texts.ts';

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../data');

export interface ScenarioDescription {
  name: string;
  title: string;
  /** The published figures the scenario is built to, each with its caveat. */
  publishedFigures: readonly PublishedFigure[];
  /** Shown beside the figures wherever they appear. */
  caveat: string;
  /** Alternative absence windows a user may compare (`--absence FROM..TO`). */
  absenceWindows: ReadonlyArray<{ from: string; to: string; label: string; labelRu: string; sourceId?: string }>;
  /** Which reading of the evidence the scenario is: the quoted figures, or what the archive suggests. */
  reading: 'quoted' | 'evidence';
  /** One line for a list. */
  readingLabel: string;
  /** The scenario to compare with by default. */
  counterpart?: string;
  /** For each figure, what its value rests on (see readings.ts). */
  figureReadings: Record<ReadingKey, FigureReading>;
  /** The title, caveat and reading label in Russian (texts-1934.json). */
  ru: { title: string; caveat: string; readingLabel: string };
}

export const EVIDENCE_CAVEAT_1934 = text('evidenceCaveat').en;
const words = (name: string, caveat: 'provenanceCaveat' | 'evidenceCaveat') => ({
  title: textOf(`scenario.${name}.title`),
  readingLabel: textOf(`scenario.${name}.readingLabel`),
  caveat: text(caveat),
});
const W1934 = words('1934', 'provenanceCaveat');
const WEVIDENCE = words('1934-evidence', 'evidenceCaveat');

const SCENARIOS: readonly ScenarioDescription[] = [
  {
    name: '1934',
    title: W1934.title.en,
    publishedFigures: PUBLISHED_FIGURES_1934,
    caveat: PROVENANCE_CAVEAT_1934,
    absenceWindows: [PUBLISHED_ABSENCE_1934, OFFICE_GAP_1934],
    reading: 'quoted',
    readingLabel: W1934.readingLabel.en,
    counterpart: '1934-evidence',
    figureReadings: SCENARIO_READINGS['1934']!,
    ru: { title: W1934.title.ru, caveat: W1934.caveat.ru, readingLabel: W1934.readingLabel.ru },
  },
  {
    name: '1934-evidence',
    title: WEVIDENCE.title.en,
    publishedFigures: PUBLISHED_FIGURES_1934,
    caveat: EVIDENCE_CAVEAT_1934,
    absenceWindows: [PUBLISHED_ABSENCE_1934, OFFICE_GAP_1934],
    reading: 'evidence',
    readingLabel: WEVIDENCE.readingLabel.en,
    counterpart: '1934',
    figureReadings: SCENARIO_READINGS['1934-evidence']!,
    ru: { title: WEVIDENCE.title.ru, caveat: WEVIDENCE.caveat.ru, readingLabel: WEVIDENCE.readingLabel.ru },
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
