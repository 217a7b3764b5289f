/**
 * What the sources allow for the 1934 protocols and sittings, as ranges, with the basis of
 * each; the `1934-evidence` generator draws within them (seeded) and records the value taken
 * in its meta.json. The reasoning is section F of the domain notes, summarised in
 * docs/scenario-1934.md ("Two readings"); where it is inference, the basis says so.
 */

export interface EvidenceRange {
  range: readonly [number, number];
  /** A fixed value (not drawn). */
  value?: number;
  /** The key of the seeded draw in the generator's log. */
  drawnAs?: string;
  basis: string;
  /** Source ids in the scenario's sources.csv. */
  sourceIds: readonly string[];
}

export const EVIDENCE_RANGES_1934 = {
  oldSeriesFirstNo: {
    range: [151, 153],
    value: 152,
    basis:
      'Estimated: the older (16th-congress) series reached No. 146 on 1 Oct 1933 at about one protocol in 16 days (No. 137 on 10 May → No. 146 on 1 Oct 1933), so its first protocol of 1934 is about No. 152.',
    sourceIds: ['ken-rupasov-114'],
  },
  oldSeriesProtocols: {
    range: [2, 3],
    drawnAs: 'old',
    basis: 'Estimated: 1 – 25 Jan 1934 at the 1933 pace (one in about 16 days), before the congress opened on 26 Jan.',
    sourceIds: ['ken-rupasov-114', 'ken-rupasov-118'],
  },
  newSeriesLastNo: {
    range: [17, 20],
    drawnAs: 'lastNo',
    basis:
      'Inference from numbering: No. 9 on 26 Jun 1934 and No. 25 on 13 May 1935 give about one protocol in 20 days, so the 17th-congress series ends 1934 at about No. 17–20 (section F.2: "about 17 ± 2 protocols for Feb–Dec 1934").',
    sourceIds: ['ken-rupasov-128', 'istmat-48103'],
  },
  holidayProtocols: {
    range: [4, 6],
    drawnAs: 'holiday',
    basis:
      'Inference from the archive files: f.17 op.3 d.950 (late Aug), d.951 (1 Sep), d.952 (17 Sep), d.953 (30 Sep) — one protocol to a file as in 1932 — give four protocols in August–October, with room for one in early August and one in late October (section F.2: "about 4–6, not 16").',
    sourceIds: ['zhukov-inoy-stalin', 'istmat-36216', 'istmat-36277', 'kirilina-kirov-121'],
  },
  julyProtocols: {
    range: [1, 2],
    drawnAs: 'july',
    basis: 'Estimated: the sitting of 22 Jul is attested; one more July protocol is allowed by the pace.',
    sourceIds: ['zhukov-zinoviev'],
  },
  novDecProtocols: {
    range: [2, 4],
    drawnAs: 'late',
    basis: 'Estimated: what the series leaves for November–December; the last is dated from 19 Dec (f.17 op.3 d.955 holds a decision of 19 Dec).',
    sourceIds: ['kotkin-2017-698'],
  },
  itemsPerSittingAgenda: {
    range: [50, 100],
    basis: 'Assumed, not sourced: the agenda of a sitting; the rest of the 3,945 items are polls entered in the next protocol. Items per protocol come to about 170–200 (item 195 in January 1934; item 197 in No. 43 of 1936).',
    sourceIds: ['ken-rupasov-118', 'istmat-48331'],
  },
  decisionsDuringAbsence: {
    range: [994, 1039],
    value: 1038,
    basis:
      'No count located. Pro-rating 3,945 gives 994 by days (92 of 365) to 1,039 by months (F.1); the quoted 1,038 lies in that range and is kept.',
    sourceIds: ['khlevniuk-1996-p289', 'holiday-figures-unlocated'],
  },
} as const satisfies Record<string, EvidenceRange>;

/**
 * Sittings reported in print that the scenario must never use (section F.7).
 */
export const FORGED_SITTINGS_1934 = [
  {
    date: '1934-09-06',
    reason:
      'A "PB sitting of 6 Sep 1934" reported in Тайные страницы истории belongs to the family of forged "Politburo resolutions" analysed by V. P. Kozlov (domain notes, section F.7).',
  },
] as const;
