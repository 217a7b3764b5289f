/** English, the source of every key; Russian is typed against this shape. */
export const en = {
  app: { name: 'politburo' },
  nav: {
    register: 'Register', meetings: 'Meetings', polls: 'Items & polls', desk: "Leader's desk", report: 'Who decided?', protocols: 'Protocols',
    scenarios: 'Scenarios', simulator: 'Simulator', login: 'Log in', logout: 'Log out', language: 'Language', label: 'Main', menu: 'Menu', skip: 'Skip to content',
  },
  common: {
    loading: 'Loading…', all: 'All', yes: 'Yes', no: 'No', close: 'Close', notFound: 'Not found', restricted: 'special folder',
    hiddenRows_one: '{{count}} restricted row hidden', hiddenRows_other: '{{count}} restricted rows hidden',
  },
  body: { bar: 'Current body', readOnly: 'read-only scenario', youAre: 'You are: {{role}}' },
  role: { leader: 'leader', deputy: 'deputy', member: 'member', candidate: 'candidate member', secretariat: 'secretariat', observer: 'observer', external: 'external' },
  mode: { meeting: 'sitting', poll: 'poll' },
  vote: { for: 'For', against: 'Against', abstain: 'Abstain' },
  kind: { letter: 'letter', telegram: 'telegram', telephone: 'telephone' },
  origin: { response: 'reply to the deputy', initiative: "leader's own point" },
  outcome: { confirmed: 'confirmed', modified: 'modified', rejected: 'rejected', postponed: 'postponed' },
  answer: { confirmed: 'Confirm', modified: 'Modify', rejected: 'Reject', postponed: 'Postpone' },
  status: {
    proposed: 'proposed', 'on-agenda': 'on the agenda', polling: 'poll open', adopted: 'adopted', rejected: 'rejected', postponed: 'postponed', withdrawn: 'withdrawn', registered: 'registered',
  },
  meetingStatus: { scheduled: 'scheduled', open: 'in session', closed: 'closed', historical: 'historical' },
  table: { decisions: 'decision', interventions: 'intervention', meetings: 'meeting', correspondence: 'message', items: 'item', ballots: 'ballot' },
  provenance: {
    synthetic: 'synthetic', archival: 'archival', sourceTitle: 'Source: {{source}}',
    level: { secondary: 'secondary source', unverified: 'unverified', derived: 'derived, not printed' },
  },
  clock: {
    title: 'Replay clock', now: 'Body time', mode: { real: 'real time', replay: 'replay' }, paused: 'paused', running: 'running ×{{speed}}',
    start: 'Start at', speed: 'Speed', replay: 'Start replay', pause: 'Pause', resume: 'Resume', stepMinutes: 'Step (minutes)', step: 'Step', real: 'Real time',
    readOnly: 'Only the leader, the deputy and the secretariat of this body can change its clock.',
  },
  register: {
    title: 'Register of decisions', filters: 'Filter the register', search: 'Search', searchHint: 'title, person (any spelling)…', from: 'From', to: 'To', mode: 'Mode',
    initiator: 'Initiator', restricted: 'Special folder', intervention: 'Intervention (any member)', clear: 'Clear filters', intervened: 'intervention',
    total_one: '{{n}} decision', total_other: '{{n}} decisions',
    col: { no: 'Prot./item', date: 'Date', mode: 'Mode', title: 'Decision', initiator: 'Initiator', marks: 'Marks' },
  },
  item: {
    facts: 'Particulars', protocol: 'Protocol', point: 'item', date: 'Date', mode: 'Taken by', meeting: 'the sitting', citable: 'Citable link', initiator: 'Initiator',
    deadline: 'Poll deadline', toPoll: 'ballot', text: 'Text', history: 'History', votes: 'Votes', adopted: 'Adopted', notAdopted: 'Not adopted',
    tally: '{{for}} for, {{against}} against, {{abstain}} abstaining; {{participants}} of {{fullMembers}} full members took part',
    hiddenVotes_one: 'Votes are hidden until the poll closes; {{count}} member has voted.', hiddenVotes_other: 'Votes are hidden until the poll closes; {{count}} members have voted.',
    member: 'Member', vote: 'Vote', at: 'When', opinion: 'consultative', noVotes: 'No votes recorded.', correspondence: 'Correspondence', noMail: 'No correspondence you may see.',
    intervention: "The leader's intervention", noIntervention: 'No intervention recorded.', amendments: 'Amendments and revocations', amends: 'Amends', revokes: 'Revokes',
    amendedBy: 'Amended by', revokedBy: 'Revoked by', noAmendments: 'Neither amends nor is amended.', extracts: 'Extracts sent',
  },
  history: {
    poll: 'put to a poll (deadline {{deadline}})', meeting: 'put on the agenda of a sitting', vote: '{{name}} voted: {{vote}}', registered: 'registered as protocol {{no}}, item {{n}}',
    sent: '{{kind}} sent by {{from}}', received: '{{kind}} delivered to {{to}}', extract: 'extract sent to {{to}}',
  },
  mail: { sent: 'sent {{at}}', received: 'delivered {{at}}', due: 'due {{at}}', point: 'new point' },
  meetings: {
    title: 'Meetings', date: 'Date', status: 'Status', chair: 'Chair', agenda: 'Agenda', none: 'No meetings yet.', schedule: 'Schedule a meeting', one: 'Sitting of {{date}}',
    attendance: 'Attendance', attendanceUnknown: 'Attendance is not known from the record.', open: 'Open the sitting', openButton: 'Open', close: 'Close the sitting (closes the protocol)',
    emptyAgenda: 'Nothing on the agenda.', addItem: 'Put an item on the agenda', add: 'Add', takeVotes: 'Take votes',
  },
  poll: {
    recordFor: 'Record a vote for {{name}} (poll sheet)', recordVote: 'Record {{vote}} for {{name}}',
    listTitle: 'Items and polls', propose: 'Propose an item', itemTitle: 'Title', itemText: 'Text', restricted: 'Special folder (restricted)', proposeButton: 'Propose',
    open: 'Open items', none: 'No open items.', deadline: 'deadline {{at}}', votedCount_one: '{{count}} has voted', votedCount_other: '{{count}} have voted', itemPage: 'Item page',
    ballot: 'Ballot', loginToVote: 'Log in as a member of this body to vote.', notOpen: 'Voting is not open on this item.', youVoted: 'You voted: {{vote}}',
    candidateNote: 'Candidate members have a consultative voice: your opinion is recorded but not counted, and you cannot vote.', opinion: 'Consultative opinion',
    opinionButton: 'Opinion: {{vote}}', youGaveOpinion: 'Your opinion is recorded.', noVote: 'Your role does not vote.', deadlineLabel: 'Poll deadline', circulate: 'Put to a poll',
    close: 'Close voting', register: 'Register the decision', whoVoted: 'Who has voted', votedOf: '{{count}} of {{total}} full members have voted', hasVoted: 'Voted',
    hidden: 'hidden', outstanding: 'Not yet voted: {{names}}',
  },
  desk: {
    title: "The leader's desk", titleFrom: 'Correspondence with {{name}}', deliveredOnly: 'Letters and telegrams appear here only once delivered on the body clock.',
    loginNeeded: 'Log in as a member of this body to see the desk.', packet: 'Courier packet for {{date}}', packetLetters: 'Letters delivered today', packetPolls: 'Poll questions',
    packetAgenda: 'Meeting materials', packetEmpty: 'Nothing.', inbox: 'Inbox', inboxEmpty: 'Nothing delivered yet.', outbox: 'Outbox', outboxEmpty: 'Nothing sent.',
    markRead: 'Mark as read', answerTo: 'Answer to message {{id}}', modifyText: 'Wording you ask for', newPoint: 'Raise a new point', addPoint: 'Add point', kind: 'Send as',
    sendReply: 'Send the answer', replySent: 'Answer sent; it takes effect when delivered.', noted: 'Noted.', compose: 'Write to the leader', aboutItems: 'About items',
    summary: 'Message', send: 'Send', sentNote: 'Sent. It will be delivered at {{at}} body time.',
  },
  figure: {
    protocolsTotal: 'Protocols', protocolsDuringAbsence: 'Protocols during the absence',
    decisionsTotal: 'Decisions (protocol items)', meetingsTotal: 'Sittings', decisionsDuringAbsence: 'Decisions during the absence', meetingsDuringAbsence: 'Sittings during the absence',
    meetingsWithoutLeader: 'Sittings without the leader', interventions: 'Decisions the leader intervened in', responses: "…replies to the deputy's initiatives",
    initiatives: '…points the leader raised himself', confirmedUnchanged: '…replies confirming unchanged', interventionRate: 'Intervention rate', responseShare: 'Share that were replies',
    confirmationRate: 'Replies confirming unchanged', untouchedOrConfirmedRate: 'Untouched or routinely confirmed', shareDuringAbsence: 'Share of the year during the absence',
    replyLatencyMedianMinutes: 'Reply latency, median (minutes)', messages: 'Messages',
  },
  report: {
    title: 'Who decided?', intro: 'The figures of this body, computed from its record. Click a figure to list the decisions behind it. The report shows counts; it does not settle what they mean.',
    period: 'Period', periodA: 'Absence window (default: the recorded absences)', periodB: 'Compare with', compare: 'Compare two periods or records', bodyB: 'Record',
    absenceFrom: 'Absence from', absenceTo: 'Absence to', onlyArchival: 'Archival rows only', absences: 'Absence windows: {{list}}', drill: 'Show the rows behind it',
    inB: 'Compared', published: 'Published: {{value}}', rowsBehind: 'Rows behind “{{figure}}”', rowCount_one: '{{count}} row', rowCount_other: '{{count}} rows',
    more: '…and {{count}} more',
  },
  chart: {
    overTime: 'Decisions by month (absence shaded)', decisions: 'decisions', absence: 'absence', byOrigin: 'Interventions by origin and outcome', interventions: 'interventions',
    latencySummary: 'Latency: median to 90th percentile', hoursMedianP90: 'hours', delivery: 'Delivery latency', replyLatency: 'Reply latency (delivery to answer)',
    hours: 'hours', messages: 'messages', replies: 'replies', reply: 'reply', none: 'No data: no message in this record has both a sent and a received time.', steerOnly: 'Shown to the leader, the deputy and the secretariat, who may read all correspondence.',
  },
  protocols: {
    title: 'Protocols', date: 'Date', items: 'Items', download: 'Download', no: 'Protocol № {{no}}', none: 'No protocols yet.', pdfOf: 'PDF of protocol {{no}}', csvOf: 'CSV of protocol {{no}}',
    heading: 'Protocol № {{no}}', pdf: 'Download PDF', csv: 'Download CSV', hiddenAnnex: 'The special-folder annex ({{count}} items) is shown only to those entitled.',
    heard: 'Heard:', resolved: 'Resolved:', by: 'proposed by {{name}}', seeDecision: 'see the decision', cite: 'citable link', extractsTo: 'Extracts to',
    extractRecipients: 'Extract to (comma-separated)', sendExtract: 'Send extract',
  },
  scenarios: {
    title: 'Scenarios and bodies', open: 'Open the scenario', inspect: 'Inspect', copyName: 'Name of the copy', copyPlaceholder: 'e.g. My 1934', copy: 'Copy to work on',
    copiedTitle: 'Copied: {{name}}', openCopy: 'Open the copy', role: 'Role', member: 'Member', bodies: 'Bodies', create: 'Create a new body', bodyName: 'Name',
    founderName: 'Your name', founderId: 'Your member id', createButton: 'Create', members: 'Members', absences: 'Absences', firstMeetings: 'First sittings',
    counts: '{{members}} members · {{items}} items · {{decisions}} decisions · {{messages}} messages',
    provenanceNote: 'Rows from the archives carry their source; rows made up to reach the published counts are labelled “synthetic”.',
  },
  sim: {
    title: 'Simulator', intro: 'Runs the 1934 preset (calibrated to the published figures) or a counterfactual, many times, and compares the spread with the published figures.',
    preset: 'Preset', counterfactual: 'Counterfactual', none: 'none (as in 1934)', runs: 'Runs', seed: 'Seed', run: 'Run', status: 'Status', progress: 'Progress',
    compare: 'Against the published 1934 figures', figure: 'Figure', published: 'Published', median: 'Median', range: '5–95% range', ratio: 'share of the published value', spread: 'Spread of runs',
    mean: 'Mean of the runs', loginHint: 'Running a simulation needs a login (any body); about 1–2 s per run.',
    state: { running: 'running', done: 'done', failed: 'failed' }, runsDone: '{{done}} of {{total}} runs',
    syntheticNote: 'Simulated output ({{runs}} runs, {{what}}): synthetic figures, not records. The range is the 5th to the 95th percentile of the runs.',
    cf: { telephone: 'with a telephone', 'no-absence': 'no absence', 'no-deputy-referrals': 'deputy refers nothing', 'short-holiday': 'one-month holiday' },
  },
  login: {
    title: 'Log in', already: 'Logged in as {{name}} in {{body}}.', body: 'Body', username: 'Username', password: 'Password', submit: 'Log in', demoTitle: 'Demo accounts',
    demoHint: 'Each demo body has one account per role; the username is the role.', useRole: 'Use the {{role}} account',
    demoPasswords: 'Passwords are printed by the server when it starts, and shown when you copy a scenario.',
  },
  problem: {
    UNAUTHENTICATED: 'Please log in first.', BAD_CREDENTIALS: 'Wrong username or password.', RATE_LIMITED: 'Too many attempts; wait a few minutes.', CSRF: 'The page is stale; reload it.',
    FORBIDDEN: 'Your role may not do this.', NOT_ALLOWED: 'Your role may not do this.', CANDIDATE_CANNOT_VOTE: 'A candidate member cannot vote; give a consultative opinion instead.',
    SCENARIO_READ_ONLY: 'The 1934 scenario is read-only: copy it to work on it.', VALIDATION: 'Please check the form.', NOT_AVAILABLE: 'Not available on this server yet.',
    ALREADY_VOTED: 'Already voted.', ITEM_NOT_OPEN: 'Voting is not open on this item.', DEADLINE_PASSED: 'The deadline has passed.', INTERNAL: 'Something went wrong on the server.',
  },
};

/** Every key of English, with room for the extra plural forms other languages need (_few, _many). */
type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> } & Record<string, unknown>;
export type Dictionary = Leaves<typeof en>;
