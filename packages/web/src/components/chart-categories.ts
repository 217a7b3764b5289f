import type { MessageKind, Origin, Outcome } from '@politburo/core';

/**
 * Charts colour by category, never by label: each scale's domain is the vocabulary's own values in a
 * fixed order and its range a fixed list, so "confirmed" has one colour in every language and every
 * chart; only the legend's and axis' text is translated (tickFormat).
 */
type Complete<All extends string, Listed extends readonly string[]> = Exclude<All, Listed[number]> extends never ? Listed : never;

const outcomes = ['confirmed', 'modified', 'rejected', 'postponed'] as const;
const kinds = ['letter', 'telegram', 'telephone'] as const;
const origins = ['response', 'initiative'] as const;
const modes = ['meeting', 'poll'] as const;
export const OUTCOME_ORDER: Complete<Outcome, typeof outcomes> = outcomes;
export const KIND_ORDER: Complete<MessageKind, typeof kinds> = kinds;
export const ORIGIN_ORDER: Complete<Origin, typeof origins> = origins;
export const MODE_ORDER = modes;

export const OUTCOME_COLOURS: Record<Outcome, string> = { confirmed: '#4e79a7', modified: '#f28e2b', rejected: '#e15759', postponed: '#76b7b2' };
export const KIND_COLOURS: Record<MessageKind, string> = { letter: '#66c2a5', telegram: '#fc8d62', telephone: '#8da0cb' };
export const MODE_COLOURS: Record<(typeof modes)[number], string> = { meeting: '#8a1c1c', poll: '#d4a373' };

/** A colour scale over category keys, labelled through `label`. */
export const categoryScale = <K extends string>(order: readonly K[], colours: Record<K, string>, label: (key: K) => string) => ({
  legend: true,
  domain: [...order],
  range: order.map((k) => colours[k]),
  tickFormat: (k: K) => label(k),
});

let canvas: HTMLCanvasElement | undefined;
/**
 * The left margin that fits the longest axis label, measured in the chart's own font, so no label is
 * clipped whatever its language ("собственный вопрос руководителя" is three times "response").
 */
export const marginFor = (labels: readonly string[], min = 44, font = '10px system-ui, sans-serif'): number => {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (ctx) ctx.font = font;
  const width = (s: string) => (ctx ? ctx.measureText(s).width : s.length * 6.5);
  return Math.ceil(Math.max(min, ...labels.map((l) => width(l) + 14)));
};
