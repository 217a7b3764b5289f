/** Who sits in the simulated body, and what its business is about: the cast every agent shares. */

/** The 1934 Politburo (elected 10 February 1934), with the head of the Special Sector as secretariat. */
export const MEMBERS_1934: ReadonlyArray<{ id: string; name: string; role: 'leader' | 'deputy' | 'member' | 'candidate' | 'secretariat' }> = [
  { id: 'stalin', name: 'I. V. Stalin', role: 'leader' },
  { id: 'kaganovich', name: 'L. M. Kaganovich', role: 'deputy' },
  { id: 'andreev', name: 'A. A. Andreev', role: 'member' },
  { id: 'voroshilov', name: 'K. E. Voroshilov', role: 'member' },
  { id: 'kalinin', name: 'M. I. Kalinin', role: 'member' },
  { id: 'kirov', name: 'S. M. Kirov', role: 'member' },
  { id: 'kosior', name: 'S. V. Kosior', role: 'member' },
  { id: 'kuibyshev', name: 'V. V. Kuibyshev', role: 'member' },
  { id: 'molotov', name: 'V. M. Molotov', role: 'member' },
  { id: 'ordzhonikidze', name: 'G. K. Ordzhonikidze', role: 'member' },
  { id: 'mikoyan', name: 'A. I. Mikoyan', role: 'candidate' },
  { id: 'petrovsky', name: 'G. I. Petrovsky', role: 'candidate' },
  { id: 'postyshev', name: 'P. P. Postyshev', role: 'candidate' },
  { id: 'rudzutak', name: 'Ya. E. Rudzutak', role: 'candidate' },
  { id: 'chubar', name: 'V. Ya. Chubar', role: 'candidate' },
  { id: 'poskrebyshev', name: 'A. N. Poskrebyshev', role: 'secretariat' },
];
export const LEADER = 'stalin';
export const DEPUTY = 'kaganovich';
export const SECRETARIAT = 'poskrebyshev';
export const FULL = MEMBERS_1934.filter((m) => m.role === 'leader' || m.role === 'deputy' || m.role === 'member').map((m) => m.id);
export const CANDIDATES = MEMBERS_1934.filter((m) => m.role === 'candidate').map((m) => m.id);
/** Who puts items forward: every member and candidate but the leader (his own come as points). */
export const PROPOSERS = [...FULL.filter((id) => id !== LEADER), ...CANDIDATES];

export const TOPICS = [
  'grain procurement',
  'the harvest campaign',
  'railway transport',
  'the Commissariat of Heavy Industry',
  'foreign trade',
  'the NKVD',
  'defence orders',
  'appointments',
  'the Comintern',
  'the press',
  'collective farms',
  'the food industry',
  'housing in Moscow',
  'the Far East',
  'foreign affairs',
  'finance and credit',
  'education',
  'the Writers’ Congress',
] as const;
