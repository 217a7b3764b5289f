import { describe, expect, it } from 'vitest';
import { detailMessage, fact, formatRecordProblem, problemSentence, recordProblem } from './record-problem.ts';

describe('a record problem in either language', () => {
  it('keeps its English sentence as it was, and says it in Russian from the same facts', () => {
    const p = recordProblem('decisions.csv', 0, 'date', fact('COLUMN_MISSING', { column: 'date' }));
    expect(p).toEqual({ file: 'decisions.csv', row: 0, column: 'date', message: "required column 'date' is missing", code: 'COLUMN_MISSING', params: { column: 'date' } });
    expect(formatRecordProblem(p)).toBe("decisions.csv, header, column date: required column 'date' is missing");
    expect(formatRecordProblem(p, 'ru')).toBe('decisions.csv, заголовок, столбец date: нет обязательного столбца «date»');
  });

  it('counts in Russian plurals, and in English as before', () => {
    const gap = (from: number, to: number) => fact('PROTOCOL_GAP', { from, to, count: to - from + 1 });
    expect(problemSentence(gap(2, 2), 'en')).toBe('gap in protocol numbering: protocol 2 is missing');
    expect(problemSentence(gap(2, 4), 'en')).toBe('gap in protocol numbering: protocols 2–4 are missing');
    expect(problemSentence(gap(2, 2), 'ru')).toBe('пропуск в нумерации протоколов: нет протокола 2');
    expect(problemSentence(gap(2, 4), 'ru')).toBe('пропуск в нумерации протоколов: нет 3 протоколов: 2–4');
    expect(problemSentence(gap(2, 22), 'ru')).toBe('пропуск в нумерации протоколов: нет 21 протокола: 2–22');
    expect(problemSentence(fact('MORE_PROBLEMS', { count: 5 }), 'ru')).toBe('… и ещё 5 проблем');
    expect(problemSentence(fact('MORE_PROBLEMS', { count: 5 }), 'en')).toBe('… and 5 more problems');
  });

  it('quotes at most 80 characters of a value, in its facts and in either sentence', () => {
    const p = recordProblem('members.csv', 3, 'role', fact('ENUM_INVALID', { value: 'x'.repeat(500), values: 'leader, member' }));
    expect(String(p.params.value).length).toBe(80);
    expect(p.message.length).toBeLessThan(150);
    expect(detailMessage(p, 'ru').length).toBeLessThan(150);
    expect(detailMessage(p, 'ru')).toMatch(/^«x+…» — не одно из значений leader, member$/);
  });

  it('falls back to a typed error’s own wording, then to the English message', () => {
    expect(detailMessage({ message: 'plain English', code: 'UNAUTHENTICATED' }, 'ru')).not.toBe('plain English');
    expect(detailMessage({ message: 'plain English' }, 'ru')).toBe('plain English');
    // a sentence whose facts are missing is never half filled
    expect(detailMessage({ message: 'as it was', code: 'COLUMN_MISSING' }, 'ru')).toBe('as it was');
  });
});
