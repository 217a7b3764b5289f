import { describe, expect, it } from 'vitest';
import { bodyNameRu } from './body-name.ts';

const meta = { title: 'The Politburo in 1934', title_ru: 'Политбюро в 1934 году' };

describe('a body name in Russian', () => {
  it('is the record title in Russian, with a copy suffix translated, dates included', () => {
    expect(bodyNameRu('The Politburo in 1934', meta)).toBe('Политбюро в 1934 году');
    expect(bodyNameRu('The Politburo in 1934 (demo copy)', meta)).toBe('Политбюро в 1934 году (демонстрационная копия)');
    expect(bodyNameRu('The Politburo in 1934 (demo copy, as of 30 July 1934)', meta)).toBe('Политбюро в 1934 году (демонстрационная копия на 30 июля 1934 г.)');
    expect(bodyNameRu('The Politburo in 1934 (copy as of 1934-07-30)', meta)).toBe('Политбюро в 1934 году (копия на 30 июля 1934 г.)');
  });

  it('leaves a name a user typed as it is', () => {
    expect(bodyNameRu('Our own Politburo', meta)).toBeUndefined();
    expect(bodyNameRu('The Politburo in 1934 (my notes)', meta)).toBeUndefined();
    expect(bodyNameRu('The Politburo in 1934 (copy as of someday)', meta)).toBeUndefined();
  });
});
