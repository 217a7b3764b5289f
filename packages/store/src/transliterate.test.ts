import { describe, expect, it } from 'vitest';
import { searchKey, transliterate } from './transliterate.ts';

describe('transliterate', () => {
  it('maps Cyrillic to Latin letter by letter and lowercases', () => {
    expect(transliterate('Каганович')).toBe('kaganovich');
    expect(transliterate('Жданов, Щербаков')).toBe('zhdanov, shcherbakov');
    expect(transliterate('Politburo 1934')).toBe('politburo 1934');
  });
});

describe('searchKey', () => {
  const same = (...spellings: string[]) => {
    const keys = new Set(spellings.map(searchKey));
    expect([...keys], spellings.join(' / ')).toHaveLength(1);
  };

  it('brings Cyrillic, scholarly and English spellings of a name together', () => {
    same('Kaganovich', 'Kaganovič', 'Каганович', 'KAGANOVICH');
    same('Zhdanov', 'Ždanov', 'Жданов');
    same('Ordzhonikidze', 'Ordžonikidze', 'Орджоникидзе');
    same('Yezhov', 'Ežov', 'Ежов');
    same('Dzerzhinsky', 'Dzeržinskij', 'Dzerzhinskii', 'Дзержинский');
    same('Khrushchev', 'Хрущёв', 'Hrushchev');
    same('Tsaritsyn', 'Caricyn', 'Царицын');
    same('Yagoda', 'Jagoda', 'Ягода');
    same("Kul'tura", 'Kulʹtura', 'Культура');
  });

  it('strips diacritics and collapses whitespace', () => {
    expect(searchKey('  Éluard  à   Paris ')).toBe('eluard a paris');
  });

  it('finds a name inside a longer title', () => {
    expect(searchKey('О предложении т. Кагановича по НКПС')).toContain(searchKey('Kaganovič'));
  });

  it('keeps distinct names distinct', () => {
    expect(searchKey('Molotov')).not.toBe(searchKey('Mikoyan'));
    expect(searchKey('Kirov')).not.toContain(searchKey('Kaganovich'));
  });
});
