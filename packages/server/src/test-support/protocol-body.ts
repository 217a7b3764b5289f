import { type Body, DEFAULT_SETTINGS, type Decision, type Member } from '@politburo/core';

const RU_TITLES = [
  'Утвердить план хлебозаготовок.',
  'О снабжении Донбасса углём и лесом.',
  'О строительстве Магнитогорского металлургического комбината.',
  'Об открытии Всесоюзного съезда советских писателей.',
  'О работе Народного комиссариата земледелия.',
  'О премировании стахановцев Горьковского автозавода.',
];

const member = (id: string, name: string, role: Member['role']): Member => ({ id, name, role, roles: [{ role }] });

/**
 * A body with one protocol of `n` decisions, titled in Russian, as protocols of 1934 were
 * worded: some raised by a named member and some with no initiator recorded, one taken at a
 * sitting, archival rows with a source, synthetic ones, extracts, and every seventh in the
 * special folder. A plain value: the PDF test and `bench/protocol-pdf.ts` lay it out.
 */
export const protocolBody = (n: number, protocolNo = 1): Body => {
  const members = {
    stalin: member('stalin', 'И. В. Сталин', 'leader'),
    kaganovich: member('kaganovich', 'Л. М. Каганович', 'deputy'),
    molotov: member('molotov', 'В. М. Молотов', 'member'),
  };
  const decisions: Record<string, Decision> = {};
  for (let i = 1; i <= n; i++) {
    const id = `d-${protocolNo}-${i}`;
    decisions[id] = {
      id,
      protocolNo,
      itemNo: i,
      protocolDate: '1934-08-01',
      date: '1934-08-01',
      mode: i === 2 ? 'meeting' : 'poll',
      ...(i === 2 ? { meetingId: 'm-0801' } : {}),
      title: `${RU_TITLES[(i - 1) % RU_TITLES.length]} (${i})`,
      restricted: i % 7 === 0,
      ...(i % 3 === 0 ? {} : { initiatorId: i % 3 === 1 ? 'molotov' : 'kaganovich' }),
      ...(i % 5 === 0 ? { sourceId: 'rgaspi-17-3-949' } : { synthetic: true }),
      amendedBy: [],
      extracts: i % 2 === 0 ? [{ recipients: ['НКЗем', 'Госплан'], at: '1934-08-01T18:00' }] : [],
    };
  }
  return {
    id: 'b-protocol',
    name: 'Политбюро ЦК ВКП(б)',
    settings: DEFAULT_SETTINGS,
    createdAt: '1934-01-01T00:00',
    members,
    absences: {},
    meetings: { 'm-0801': { id: 'm-0801', date: '1934-08-01', status: 'historical', attendees: null, agenda: [] } },
    items: {},
    decisions,
    messages: {},
    interventions: {},
    sources: { 'rgaspi-17-3-949': { id: 'rgaspi-17-3-949', author: 'РГАСПИ', title: 'Ф. 17. Оп. 3. Д. 949', status: 'verified' } },
    corrections: [],
    protocols: { convocation: '17', lastNo: protocolNo, open: null, used: {} },
    messageSeries: {},
    meta: {},
  };
};
