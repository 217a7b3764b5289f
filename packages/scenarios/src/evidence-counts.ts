/**
 * The counts of the `1934-evidence` scenario as generated (seed 1934; the ranges they were
 * drawn from are EVIDENCE_RANGES_1934), by report key, for the simulator's calibration.
 * A test recomputes them from the committed record, so they cannot drift from the data.
 */
export const EVIDENCE_COUNTS_1934 = {
  decisionsTotal: 3945,
  meetingsTotal: 21,
  decisionsDuringAbsence: 1038,
  meetingsDuringAbsence: 5,
  protocolsTotal: 20,
  protocolsDuringAbsence: 4,
  interventions: 119,
  responses: 91,
  initiatives: 28,
  confirmedUnchanged: 76,
} as const;
