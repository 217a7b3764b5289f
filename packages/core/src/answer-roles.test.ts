import { describe, expect, it } from 'vitest';
import { Engine } from './engine.ts';
import { isDomainError } from './errors.ts';

const at = (now: string, id?: string) => ({ now, actor: id ? { kind: 'member' as const, id } : { kind: 'system' as const } });
const code = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (e) {
    if (isDomainError(e)) return e.code;
    throw e;
  }
  return undefined;
};

/** The reliability issue, finding 4, in the core: answers obey the roles, and the special folder does not exist for outsiders. */
describe('answers, points and the special folder obey the roles', () => {
  const body = () => {
    const e = new Engine();
    const sys = at('1934-08-01T10:00');
    e.execute({ type: 'CreateBody', bodyId: 'pb', name: 'PB' }, sys);
    for (const [memberId, role] of [['stalin', 'leader'], ['kaganovich', 'deputy'], ['molotov', 'member'], ['chubar', 'candidate'], ['gorky', 'external'], ['visitor', 'observer']] as const) {
      e.execute({ type: 'AdmitMember', memberId, name: memberId, role }, sys);
    }
    e.execute({ type: 'ProposeItem', itemId: 'pub1', title: 'Public' }, at('1934-08-01T10:00', 'kaganovich'));
    e.execute({ type: 'ProposeItem', itemId: 'sec1', title: 'Secret', restricted: true }, at('1934-08-01T10:00', 'kaganovich'));
    e.execute({ type: 'SendMessage', messageId: 'ask', kind: 'telegram', fromId: 'kaganovich', toIds: ['stalin', 'chubar', 'gorky'], itemIds: ['pub1'], summary: 'ask' }, at('1934-08-01T10:00', 'kaganovich'));
    e.execute({ type: 'DeliverMessage', messageId: 'ask' }, at('1934-08-01T12:00'));
    return e;
  };
  const answer = (e: Engine, from: string) =>
    code(() => e.execute({ type: 'SendMessage', messageId: `re-${from}`, kind: 'telegram', fromId: from, toIds: ['kaganovich'], summary: 're', answers: [{ itemId: 'pub1', outcome: 'rejected' }] }, at('1934-08-01T13:00', from)));

  it('only a full member answers with an outcome; the candidate and the external who were asked may not', () => {
    expect(answer(body(), 'chubar')).toBe('NOT_ENTITLED_TO_ANSWER');
    expect(answer(body(), 'gorky')).toBe('NOT_ENTITLED_TO_ANSWER');
    expect(answer(body(), 'stalin')).toBeUndefined();
  });

  it('only those who may propose raise points', () => {
    const e = body();
    const raise = (from: string) =>
      code(() => e.execute({ type: 'SendMessage', messageId: `p-${from}`, kind: 'letter', fromId: from, toIds: ['kaganovich'], summary: 'p', points: [{ itemId: `pt-${from}`, title: 'T', restricted: true }] }, at('1934-08-01T13:00', from)));
    expect(raise('gorky')).toBe('NOT_ALLOWED');
    expect(raise('chubar')).toBeUndefined();
  });

  it('for an outsider a restricted item answers exactly as a missing one, in a vote and in a message', () => {
    const e = body();
    const cite = (id: string) => code(() => e.execute({ type: 'SendMessage', messageId: `c-${id}`, kind: 'letter', fromId: 'gorky', toIds: ['kaganovich'], itemIds: [id], summary: 'c' }, at('1934-08-01T13:00', 'gorky')));
    expect(cite('sec1')).toBe(cite('no-such'));
    expect(cite('sec1')).toBe('UNKNOWN_ITEM');
    const vote = (id: string) => code(() => e.execute({ type: 'CastVote', itemId: id, memberId: 'visitor', vote: 'for' }, at('1934-08-01T13:00', 'visitor')));
    expect(vote('sec1')).toBe(vote('no-such'));
    // The entitled still find it.
    expect(code(() => e.execute({ type: 'SendMessage', messageId: 'c-ok', kind: 'letter', fromId: 'molotov', toIds: ['kaganovich'], itemIds: ['sec1'], summary: 'c' }, at('1934-08-01T13:00', 'molotov')))).toBeUndefined();
  });
});
