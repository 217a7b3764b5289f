import { DomainError } from '@politburo/core';
import { EVIDENCE_COUNTS_1934, PUBLISHED_COUNTS_1934 } from '@politburo/scenarios';
import { sittingFrequencies } from './calendar.ts';
import { DEFAULT_PARAMS, type Params, validateParams } from './params.ts';

/**
 * Named parameter sets. The 1934 preset is the documented defaults: its free
 * parameters were fitted with `calibrate` to the published 1934 figures (see
 * docs/simulator.md for the fit and the figures it reaches over 200 seeds); the
 * others are read off the sources in ../shared/domain (latencies, send times) or are
 * stated assumptions.
 */
export const PRESETS: Record<string, Params> = {
  '1934': DEFAULT_PARAMS,
  /**
   * 1934 as the archive suggests (scenario 1934-evidence): the same behaviour, with the
   * sittings the protocol numbering points to (placed structurally, as calibration does).
   * Decisions and the holiday counts are the same targets in both readings.
   */
  '1934-evidence': { ...DEFAULT_PARAMS, ...sittingFrequencies(DEFAULT_PARAMS, EVIDENCE_COUNTS_1934.meetingsTotal, EVIDENCE_COUNTS_1934.meetingsDuringAbsence) },
};

/**
 * The published 1934 figures the preset is calibrated to (report keys), from the
 * scenario package, which carries their provenance. `initiatives` is left out: it is
 * interventions − responses, so fitting it too would count one fact twice.
 */
const { initiatives: _derived, ...targets } = PUBLISHED_COUNTS_1934;
export const TARGETS_1934 = targets;

/**
 * The 1934-evidence counts as calibration targets. The protocol counts are left out: the
 * simulator enters one protocol per sitting, so they follow from the sittings.
 */
const { initiatives: _d, protocolsTotal: _p, protocolsDuringAbsence: _pa, ...evidenceTargets } = EVIDENCE_COUNTS_1934;
export const TARGETS_1934_EVIDENCE = evidenceTargets;

/** Calibration targets by scenario name (`calibrate --target 1934-evidence`). */
export const SCENARIO_TARGETS: Record<string, Partial<Record<string, number>>> = { '1934': TARGETS_1934, '1934-evidence': TARGETS_1934_EVIDENCE };

/**
 * Counterfactual scenarios: each a set of overrides applied on top of a preset.
 * Any `--set name=value` can be added to (or used instead of) a named scenario.
 */
export const SCENARIOS: Record<string, { doc: string; set: Partial<Params> }> = {
  telephone: {
    doc: 'The leader has a telephone line: the deputy telephones most referrals (80%) and the leader answers and raises points by telephone at once.',
    set: { deputyTelephoneShare: 0.8, deputyLetterShare: 0.05, leaderTelephone: true },
  },
  'no-absence': { doc: 'The leader stays in Moscow all year.', set: { leaderAbsent: false } },
  'no-deputy-referrals': { doc: 'The deputy refers nothing to the absent leader (the leader still raises points of his own).', set: { referralScale: 0 } },
  'short-holiday': { doc: 'A one-month holiday: August only.', set: { absenceTo: '1934-08-31' } },
};

export const presetParams = (name: string): Params => {
  const p = PRESETS[name];
  if (!p) throw new DomainError('SIM_UNKNOWN_PRESET', 'not-found', `There is no preset "${name}"; presets: ${Object.keys(PRESETS).join(', ')}.`);
  return validateParams({ ...p });
};

export const scenarioOverrides = (name: string): Partial<Params> => {
  const s = SCENARIOS[name];
  if (!s) throw new DomainError('SIM_UNKNOWN_SCENARIO', 'not-found', `There is no scenario "${name}"; scenarios: ${Object.keys(SCENARIOS).join(', ')}.`);
  return s.set;
};
