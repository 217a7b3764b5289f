import { describe, expect, it } from 'vitest';
import type { Listing } from '../bodies/server-events.ts';
import { bodyNameIn, listingName } from './body-name.ts';

const meta = { title: 'The Politburo in 1934', title_ru: 'Политбюро в 1934 году' };
const scenario: Listing = { bodyId: '1934', name: 'The Politburo in 1934', nameRu: 'Политбюро в 1934 году', readOnly: true, scenario: '1934' };
const copyOf = (kind: 'demo' | 'copy', asOf: string | null): Listing => ({
  bodyId: 'c',
  name: 'stored English name, not parsed',
  readOnly: false,
  scenario: '1934',
  copy: { kind, asOf, of: 'The Politburo in 1934', ofRu: 'Политбюро в 1934 году' },
});

describe('a listed body name in each language', () => {
  it('is the listed name, in Russian where the listing gives it', () => {
    expect(listingName('en', scenario)).toBe('The Politburo in 1934');
    expect(listingName('ru', scenario)).toBe('Политбюро в 1934 году');
  });

  it('builds a copy from its recorded kind and day, never from the stored English', () => {
    expect(listingName('en', copyOf('demo', '1934-07-30'))).toBe('The Politburo in 1934 (demo copy, as of 30 July 1934)');
    expect(listingName('ru', copyOf('demo', '1934-07-30'))).toBe('Политбюро в 1934 году (демонстрационная копия на 30 июля 1934 г.)');
    expect(listingName('ru', copyOf('copy', '1934-08-02'))).toBe('Политбюро в 1934 году (копия на 2 августа 1934 г.)');
    expect(listingName('en', copyOf('copy', null))).toBe('The Politburo in 1934 (copy)');
    expect(listingName('ru', copyOf('demo', null))).toBe('Политбюро в 1934 году (демонстрационная копия)');
  });

  it('reads a listing written before listings named bodies in Russian: the record title’s Russian, else nothing', () => {
    const old: Listing = { bodyId: '1934', name: 'The Politburo in 1934', readOnly: true, scenario: '1934' };
    expect(listingName('ru', old, meta)).toBe('Политбюро в 1934 году');
    expect(listingName('ru', old)).toBeUndefined();
    const typed: Listing = { ...old, name: 'The Politburo in 1934 (demo copy, as of 30 July 1934)' };
    expect(listingName('ru', typed, meta)).toBeUndefined();
    expect(listingName('en', typed, meta)).toBe(typed.name);
  });

  it('names a body in a document or a mail in its language, the listed name where none is known', () => {
    const copy = copyOf('demo', '1934-07-30');
    expect(bodyNameIn('ru', { listing: copy, state: { status: 'empty' } })).toBe('Политбюро в 1934 году (демонстрационная копия на 30 июля 1934 г.)');
    const typed: Listing = { bodyId: 'x', name: 'Our own body', readOnly: false, scenario: null };
    expect(bodyNameIn('ru', { listing: typed, state: { status: 'empty' } })).toBe('Our own body');
  });
});
