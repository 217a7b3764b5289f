/**
 * Generated from the server's OpenAPI document (GET /api/openapi.json) by
 * `npm run api-types` (packages/server/scripts/gen-web-api-types.ts). Do not edit:
 * packages/server/scripts/web-api-types.test.ts fails when this file is not what the contract generates.
 */
export interface paths {
    "/api/auth/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: set your password with the one-time token, and be logged in */
        post: operations["postAuthInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The language responses speak: the viewer's setting, else Accept-Language, else English */
        get: operations["getAuthLanguage"];
        /** Sets the logged-in viewer's interface language (kept on the server, for every device) */
        put: operations["putAuthLanguage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in to a body */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out: the session ends in every process */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password: every session of the account ends, and this one starts afresh */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current user and CSRF token */
        get: operations["getAuthSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List bodies */
        get: operations["getBodies"];
        put?: never;
        /** Create a body with its founding member (logged in) */
        post: operations["postBodies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A body */
        get: operations["getBodiesByBodyId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Absences */
        get: operations["getBodiesByBodyIdAbsences"];
        put?: never;
        /** Record an absence */
        post: operations["postBodiesByBodyIdAbsences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/account/calendar-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret address for your calendar feed (the previous one stops working); shown once */
        post: operations["postBodiesByBodyIdAccountCalendarToken"];
        /** Revoke your calendar address */
        delete: operations["deleteBodiesByBodyIdAccountCalendarToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/account/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your mail settings */
        get: operations["getBodiesByBodyIdAccountNotifications"];
        /** Set your mail: a mail per new poll, closing deadline, delivered message and registered decision, or a daily digest */
        put: operations["putBodiesByBodyIdAccountNotifications"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts of the body */
        get: operations["getBodiesByBodyIdAccounts"];
        put?: never;
        /** Create an account for a member */
        post: operations["postBodiesByBodyIdAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/accounts/{username}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a login's password (leader, deputy, secretariat): every session of that account ends */
        post: operations["postBodiesByBodyIdAccountsByUsernamePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail from the log (leader, deputy, secretariat), filtered by actor, type and real time; ?format=csv for a file */
        get: operations["getBodiesByBodyIdAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Backup of a body (events, clock, accounts) */
        get: operations["getBodiesByBodyIdBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sittings and poll deadlines as iCalendar, filtered for the viewer (session cookie, or ?token= of his calendar address) */
        get: operations["getBodiesByBodyIdCalendarIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body clock */
        get: operations["getBodiesByBodyIdClock"];
        /** Set real time or a replay clock */
        put: operations["putBodiesByBodyIdClock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/clock/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause the replay clock */
        post: operations["postBodiesByBodyIdClockPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/clock/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume the replay clock */
        post: operations["postBodiesByBodyIdClockResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/clock/step": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Advance the replay clock */
        post: operations["postBodiesByBodyIdClockStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Writable copy of a body with demo accounts, whole or as of a date (the read-only scenario: anyone; other bodies: leader, deputy, secretariat) */
        post: operations["postBodiesByBodyIdCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a transcription error in an archival row (secretariat) */
        post: operations["postBodiesByBodyIdCorrections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/courier-packet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The absent member's courier packet for a body date: letters delivered that day, polls open, the agenda of sittings to come */
        get: operations["getBodiesByBodyIdCourierPacket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register: filters, search, paging */
        get: operations["getBodiesByBodyIdDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/decisions/{decisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A decision (citable) */
        get: operations["getBodiesByBodyIdDecisionsByDecisionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/decisions/{decisionId}/extracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an extract of a decision to named recipients */
        post: operations["postBodiesByBodyIdDecisionsByDecisionIdExtracts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/decisions/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a register search found, as CSV (the same filters, every matching row the viewer may see) */
        get: operations["getBodiesByBodyIdDecisionsExportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/desk/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work the leader's answers left: amending, revoking and reconsidering items not yet decided, each with his reply */
        get: operations["getBodiesByBodyIdDeskAnswers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catch-up as JSON: events after a store position, filtered for you */
        get: operations["getBodiesByBodyIdEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events; reconnect with Last-Event-ID (or ?after=) to catch up */
        get: operations["getBodiesByBodyIdEventsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interventions */
        get: operations["getBodiesByBodyIdInterventions"];
        put?: never;
        /** Record an intervention */
        post: operations["postBodiesByBodyIdInterventions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a member (leader, deputy, secretariat): a one-time link, valid 7 days, with which he sets his own password */
        post: operations["postBodiesByBodyIdInvites"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items */
        get: operations["getBodiesByBodyIdItems"];
        put?: never;
        /** Propose an item */
        post: operations["postBodiesByBodyIdItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item */
        get: operations["getBodiesByBodyIdItemsByItemId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/items/{itemId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close voting and tally */
        post: operations["postBodiesByBodyIdItemsByItemIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/items/{itemId}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a consultative opinion (candidates) */
        post: operations["postBodiesByBodyIdItemsByItemIdOpinions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/items/{itemId}/poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Circulate a written poll */
        post: operations["postBodiesByBodyIdItemsByItemIdPoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/items/{itemId}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register the adopted item as a decision in the protocol */
        post: operations["postBodiesByBodyIdItemsByItemIdRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/items/{itemId}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cast a vote (full members) */
        post: operations["postBodiesByBodyIdItemsByItemIdVotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/items/{itemId}/without-poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter an open item as a decision on the visa of the member presiding, without a poll ("без опроса"), where the body allows it */
        post: operations["postBodiesByBodyIdItemsByItemIdWithoutPoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings */
        get: operations["getBodiesByBodyIdMeetings"];
        put?: never;
        /** Schedule a meeting */
        post: operations["postBodiesByBodyIdMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting */
        get: operations["getBodiesByBodyIdMeetingsByMeetingId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/meetings/{meetingId}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put an item on the agenda */
        post: operations["postBodiesByBodyIdMeetingsByMeetingIdAgenda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/meetings/{meetingId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a meeting (and its protocol) */
        post: operations["postBodiesByBodyIdMeetingsByMeetingIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/meetings/{meetingId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a meeting with chair and attendance */
        post: operations["postBodiesByBodyIdMeetingsByMeetingIdOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members and roles */
        get: operations["getBodiesByBodyIdMembers"];
        put?: never;
        /** Admit a member */
        post: operations["postBodiesByBodyIdMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/members/{memberId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a member */
        post: operations["postBodiesByBodyIdMembersByMemberIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/members/{memberId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a member’s role (dated) */
        post: operations["postBodiesByBodyIdMembersByMemberIdRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All correspondence (steering roles) */
        get: operations["getBodiesByBodyIdMessages"];
        put?: never;
        /** Send a letter, telegram or telephone message */
        post: operations["postBodiesByBodyIdMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A message (sender, delivered recipient, steering roles) */
        get: operations["getBodiesByBodyIdMessagesByMessageId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/messages/{messageId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a delivered message read */
        post: operations["postBodiesByBodyIdMessagesByMessageIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/messages/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My delivered mail */
        get: operations["getBodiesByBodyIdMessagesInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/messages/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail I sent */
        get: operations["getBodiesByBodyIdMessagesOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/protocols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Protocols */
        get: operations["getBodiesByBodyIdProtocols"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/protocols/{no}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A protocol */
        get: operations["getBodiesByBodyIdProtocolsByNo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/protocols/{no}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Protocol as CSV */
        get: operations["getBodiesByBodyIdProtocolsByNoExportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/protocols/{no}/export.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Protocol as a Word document (.docx) to edit, in the viewer's language */
        get: operations["getBodiesByBodyIdProtocolsByNoExportDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/protocols/{no}/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Protocol as PDF (Heard / Resolved), in the viewer's language */
        get: operations["getBodiesByBodyIdProtocolsByNoExportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/protocols/{no}/items/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A decision by protocol and item number */
        get: operations["getBodiesByBodyIdProtocolsByNoItemsByN"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/protocols/{no}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a closed protocol (the secretariat): Ed25519 over its decisions' digest and the log's head */
        post: operations["postBodiesByBodyIdProtocolsByNoSign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/protocols/{no}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A protocol's signature, with its fingerprint and public key */
        get: operations["getBodiesByBodyIdProtocolsByNoSignature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** “Who decided?” — the same figures as `politburo report`; ?explain=KEY drills down */
        get: operations["getBodiesByBodyIdReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change body settings and channel latencies */
        patch: operations["patchBodiesByBodyIdSettings"];
        trace?: never;
    };
    "/api/bodies/{bodyId}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sources the rows of a body cite, each with its status and (where the record gives one) its confidence */
        get: operations["getBodiesByBodyIdSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{bodyId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The log's hash chain, checked end to end (leader, deputy, secretariat) */
        get: operations["getBodiesByBodyIdVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a backup as a new body (needs a logged-in session, in any body) */
        post: operations["postBodiesRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The teacher's classes */
        get: operations["getClasses"];
        put?: never;
        /** Create a class: N groups, each a copy of 1934 as of a date */
        post: operations["postClasses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A class: the teacher sees every group, a student only his own */
        get: operations["getClassesByClassId"];
        put?: never;
        post?: never;
        /** Delete a class and all its data, in one action */
        delete: operations["deleteClassesByClassId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The class's replay clock: start, pause, speed, rewind (a new run from the copy's date) */
        post: operations["postClassesByClassIdClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/debrief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The debrief: each group's figures beside the quoted 1934, the archive's reading and the simulator's band */
        get: operations["getClassesByClassIdDebrief"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/debrief.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The debrief as CSV: each group's figures beside the quoted 1934, the archive's reading and the simulator's band */
        get: operations["getClassesByClassIdDebriefCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/debrief.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The debrief as PDF: each group's figures beside the quoted 1934, the archive's reading and the simulator's band */
        get: operations["getClassesByClassIdDebriefPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/enter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A student back into his group's current run, with the key he got on joining */
        post: operations["postClassesByClassIdEnter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An event the teacher puts into the groups (labelled as the teacher's in the log) */
        post: operations["postClassesByClassIdEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A student joins with the class code or a one-time link (no e-mail; a pseudonym if he likes) */
        post: operations["postClassesByClassIdJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-time link for one student (optionally to a group and a seat) */
        post: operations["postClassesByClassIdLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Class settings: may groups run on their own clocks */
        patch: operations["patchClassesByClassIdSettings"];
        trace?: never;
    };
    "/api/classes/{classId}/students/{studentId}/seat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The teacher puts a student in a seat */
        post: operations["postClassesByClassIdStudentsByStudentIdSeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirects to /api/bodies/{body}/report with the same query (body defaults to the 1934 scenario) */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shipped scenarios with their reading, quoted figures, caveats and version */
        get: operations["getScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{name}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shipped scenario's sources as CSL-JSON (default) or BibTeX (?format=bibtex); each entry names the scenario version */
        get: operations["getScenariosByNameSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two shipped scenarios side by side: every report figure under each, with its basis and its count over the archival rows alone */
        get: operations["getScenariosCompare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a simulation (preset or counterfactual scenario) */
        post: operations["postSimulations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/simulations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and result of a simulation */
        get: operations["getSimulationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A teacher account (logged in at once) */
        post: operations["postTeachers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teachers/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in as a teacher */
        post: operations["postTeachersLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/b/{bodyId}/protocol/{no}/item/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Citable link: 302 to the app (a browser) or to the decision (an API client) */
        get: operations["getBByBodyIdProtocolByNoItemByN"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Absence: {
            /** @description Unknown record columns, kept for a lossless round trip */
            extra?: [
                string,
                string
            ][];
            /**
             * @description YYYY-MM-DD
             * @example 1934-08-01
             */
            from: string;
            id: string;
            location: string;
            memberId: string;
            sourceId?: string;
            synthetic?: boolean;
            /**
             * @description YYYY-MM-DD
             * @example 1934-08-01
             */
            to: string;
        };
        Account: {
            memberId: string;
            username: string;
        };
        AnswerWork: {
            answer?: components["schemas"]["ItemAnswer"];
            decision: {
                id: string;
                label: string;
            };
            item: components["schemas"]["ItemView"];
            /** @enum {string} */
            kind: "amend" | "revoke" | "reconsider";
            message?: {
                fromId: string;
                fromName?: string;
                id: string;
                /** @enum {string} */
                kind: "letter" | "telegram" | "telephone";
                number?: string;
                /**
                 * @description Body time, YYYY-MM-DDTHH:MM
                 * @example 1934-08-01T10:00
                 */
                receivedAt?: string;
                /**
                 * @description Body time, YYYY-MM-DDTHH:MM
                 * @example 1934-08-01T10:00
                 */
                sentAt?: string;
                summary: string;
            };
        };
        AuditPage: {
            next: number | null;
            rows: components["schemas"]["AuditRow"][];
        };
        AuditRow: {
            actor: string;
            at: string;
            bodyTime: string;
            position: number;
            requestId: string;
            /** @enum {string} */
            stream: "body" | "settings" | "accounts" | "invites" | "signatures";
            subject: string;
            type: string;
        };
        /** @description Every event of the body, its settings and its accounts (password hashes), as restored by POST /api/bodies/restore */
        Backup: {
            accounts: ({
                type: string;
            } & {
                [key: string]: unknown;
            })[];
            bodyId: string;
            chain: {
                accounts: {
                    hash: string;
                    meta: {
                        [key: string]: unknown;
                    };
                    position: number;
                    previousHash: string;
                    version: number;
                }[];
                events: {
                    hash: string;
                    meta: {
                        [key: string]: unknown;
                    };
                    position: number;
                    previousHash: string;
                    version: number;
                }[];
                server: {
                    hash: string;
                    meta: {
                        [key: string]: unknown;
                    };
                    position: number;
                    previousHash: string;
                    version: number;
                }[];
            };
            events: ({
                type: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @enum {string} */
            format: "politburo-backup/2";
            name: string;
            server: ({
                type: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        BodyListEntry: {
            id: string;
            name: string;
            /** @description The name in Russian, where known */
            nameRu: string | null;
            readOnly: boolean;
            scenario: string | null;
        };
        BodySummary: components["schemas"]["BodyListEntry"] & {
            clock: components["schemas"]["Clock"];
            counts: {
                decisions: number;
                items: number;
                members: number;
                messages: number;
            };
            me: components["schemas"]["SessionUser"] | null;
            period: {
                from: string;
                to: string;
            } | null;
            settings: {
                /** @enum {string} */
                answerRoute: "poll" | "register";
                hideResultsUntilClosed: boolean;
                latencies: {
                    letter: number;
                    telegram: number;
                    telephone: number;
                };
                quorum: {
                    /** @enum {string} */
                    type: "half-plus-one";
                } | {
                    count: number;
                    /** @enum {string} */
                    type: "at-least";
                } | {
                    /** @enum {string} */
                    type: "none";
                };
                withoutPoll: boolean;
            };
        };
        CalendarToken: {
            token: string;
            url: string;
        };
        ClassCreated: {
            classId: string;
            code: string;
        };
        ClassDeleted: {
            bodies: number;
            events: number;
        };
        ClassEntered: {
            bodyId: string;
            csrfToken: string;
            groupId: string;
            memberId: string;
        };
        ClassInjection: {
            injectionId: string;
        };
        ClassJoined: {
            bodyId: string;
            csrfToken: string;
            groupId: string;
            key: string;
            memberId: string;
            /** @enum {string} */
            role: "leader" | "deputy" | "member" | "candidate" | "secretariat" | "observer" | "external";
            studentId: string;
        };
        ClassLink: {
            path: string;
            token: string;
        };
        ClassList: {
            classes: {
                asOf: string;
                classId: string;
                groups: number;
                name: string;
            }[];
        };
        ClassView: {
            asOf: string;
            classId: string;
            code?: string;
            groups: {
                bodyId: string;
                clock: components["schemas"]["Clock"];
                groupId: string;
                name: string;
                runs: {
                    bodyId: string;
                    run: number;
                }[];
                seats: components["schemas"]["Seat"][];
            }[];
            injections?: {
                at: number;
                groupIds: string[];
                injectionId: string;
                kind: string;
                summary: string;
            }[];
            name: string;
            settings: {
                groupsRunAlone: boolean;
            };
            students?: ({
                groupId: string;
                memberId?: string;
                pseudonym: string;
                studentId: string;
            } & {
                [key: string]: unknown;
            })[];
            you: {
                /** @enum {boolean} */
                teacher: true;
            } | {
                groupId: string;
                studentId: string;
                /** @enum {boolean} */
                teacher: false;
            };
        };
        Clock: {
            /** @enum {string} */
            mode: "real" | "replay";
            /** @description Body time, YYYY-MM-DDTHH:MM */
            now: string;
            paused: boolean;
            speed: number;
        };
        Correction: {
            /**
             * @description Body time, YYYY-MM-DDTHH:MM
             * @example 1934-08-01T10:00
             */
            at: string;
            authorId: string;
            field: string;
            from: string;
            reason: string;
            target: {
                id: string;
                /** @enum {string} */
                table: "decisions" | "meetings" | "correspondence" | "members" | "interventions";
            };
            to: string;
        };
        CourierPacket: {
            agenda: (components["schemas"]["ItemView"] & {
                sittingDate: string;
            })[];
            date: string;
            letters: components["schemas"]["MessageView"][];
            member: {
                id: string;
                name: string;
            } | null;
            polls: components["schemas"]["ItemView"][];
        };
        CslItem: {
            author?: {
                literal: string;
            }[];
            id: string;
            locator?: string;
            note: string;
            title: string;
            /** @enum {string} */
            type: "book" | "webpage" | "manuscript";
            URL?: string;
        };
        Debrief: {
            archive: {
                confirmationRate?: number;
                confirmedUnchanged?: number;
                decisionsDuringAbsence?: number;
                decisionsRestricted?: number;
                decisionsTotal?: number;
                decisionsWithoutPoll?: number;
                initiatives?: number;
                interventionRate?: number;
                interventions?: number;
                meetingsDuringAbsence?: number;
                meetingsTotal?: number;
                meetingsWithAttendance?: number;
                meetingsWithoutLeader?: number;
                protocolsDuringAbsence?: number;
                protocolsTotal?: number;
                responses?: number;
                responseShare?: number;
                shareDuringAbsence?: number;
                untouchedOrConfirmedRate?: number;
            };
            asOf: string;
            classId: string;
            groups: {
                bodyId: string;
                figures: {
                    confirmationRate?: number | null;
                    confirmedUnchanged?: number | null;
                    decisionsDuringAbsence?: number | null;
                    decisionsRestricted?: number | null;
                    decisionsTotal?: number | null;
                    decisionsWithoutPoll?: number | null;
                    initiatives?: number | null;
                    interventionRate?: number | null;
                    interventions?: number | null;
                    meetingsDuringAbsence?: number | null;
                    meetingsTotal?: number | null;
                    meetingsWithAttendance?: number | null;
                    meetingsWithoutLeader?: number | null;
                    protocolsDuringAbsence?: number | null;
                    protocolsTotal?: number | null;
                    responses?: number | null;
                    responseShare?: number | null;
                    shareDuringAbsence?: number | null;
                    untouchedOrConfirmedRate?: number | null;
                };
                groupId: string;
                name: string;
                now: string;
                played: {
                    decisions: number;
                    messages: number;
                    waiting: {
                        didNotWait: number;
                        open: number;
                        referred: number;
                        waited: number;
                    };
                };
                run: number;
                runs: number;
            }[];
            injections: {
                at: number;
                groupIds: string[];
                injectionId: string;
                kind: string;
                summary: string;
            }[];
            keys: ("decisionsTotal" | "meetingsTotal" | "decisionsDuringAbsence" | "meetingsDuringAbsence" | "meetingsWithoutLeader" | "interventions" | "responses" | "initiatives" | "confirmedUnchanged" | "protocolsTotal" | "protocolsDuringAbsence" | "decisionsWithoutPoll" | "decisionsRestricted" | "meetingsWithAttendance" | "interventionRate" | "responseShare" | "confirmationRate" | "untouchedOrConfirmedRate" | "shareDuringAbsence")[];
            name: string;
            quoted: {
                /** @enum {string} */
                key: "decisionsTotal" | "meetingsTotal" | "decisionsDuringAbsence" | "meetingsDuringAbsence" | "meetingsWithoutLeader" | "interventions" | "responses" | "initiatives" | "confirmedUnchanged" | "protocolsTotal" | "protocolsDuringAbsence" | "decisionsWithoutPoll" | "decisionsRestricted" | "meetingsWithAttendance" | "interventionRate" | "responseShare" | "confirmationRate" | "untouchedOrConfirmedRate" | "shareDuringAbsence";
                label: string;
                ru: {
                    label: string;
                };
                sourceIds: string[];
                value: number;
            }[];
            simulated: {
                preset: string;
                runs: number;
                spreads: {
                    confirmationRate?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    confirmedUnchanged?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    decisionsDuringAbsence?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    decisionsRestricted?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    decisionsTotal?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    decisionsWithoutPoll?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    initiatives?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    interventionRate?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    interventions?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    meetingsDuringAbsence?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    meetingsTotal?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    meetingsWithAttendance?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    meetingsWithoutLeader?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    protocolsDuringAbsence?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    protocolsTotal?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    responses?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    responseShare?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    shareDuringAbsence?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                    untouchedOrConfirmedRate?: {
                        mean: number | null;
                        p5: number | null;
                        p95: number | null;
                    };
                };
            };
        };
        Decision: {
            amendedBy: string[];
            amendsId?: string;
            /**
             * @description YYYY-MM-DD
             * @example 1934-08-01
             */
            date: string;
            /** @enum {string} */
            datePrecision?: "day" | "month" | "approx";
            /** @description Unknown record columns, kept for a lossless round trip */
            extra?: [
                string,
                string
            ][];
            extracts: {
                /**
                 * @description Body time, YYYY-MM-DDTHH:MM
                 * @example 1934-08-01T10:00
                 */
                at: string;
                byId?: string;
                recipients: string[];
            }[];
            id: string;
            initiatorId?: string;
            initiatorName?: string;
            itemId?: string;
            itemLabel?: string;
            itemNo: number;
            lineage?: components["schemas"]["LineageView"];
            meetingId?: string;
            /** @enum {string} */
            mode: "meeting" | "poll" | "without-poll";
            /**
             * @description YYYY-MM-DD
             * @example 1934-08-01
             */
            protocolDate?: string;
            protocolNo: number;
            restricted: boolean;
            revokedBy?: string;
            revokesId?: string;
            sourceId?: string;
            synthetic?: boolean;
            title: string;
            url: string;
            visaById?: string;
            visaByName?: string;
        };
        DecisionDetail: components["schemas"]["Decision"] & {
            interventions: components["schemas"]["Intervention"][];
            messages: components["schemas"]["MessageView"][];
        };
        DecisionPage: {
            /** @description Matching rows of the special folder this viewer may not see (the text search left out) */
            hidden: number;
            items: components["schemas"]["DecisionRow"][];
            page: number;
            pageSize: number;
            total: number;
        };
        DecisionRow: components["schemas"]["Decision"] & {
            intervention: boolean;
        };
        DemoAccount: {
            memberId: string;
            name: string;
            nameRu?: string;
            password: string;
            /** @enum {string} */
            role: "leader" | "deputy" | "member" | "candidate" | "secretariat" | "observer" | "external";
            username: string;
        };
        EventPage: {
            events: {
                event: {
                    type: string;
                } & {
                    [key: string]: unknown;
                };
                position: number;
                type: string;
            }[];
            next: number;
        };
        Intervention: {
            basis?: string;
            /** @description Why the engine coded it, for the client to word in its language (basis is the English) */
            basisFact?: {
                /** @enum {string} */
                kind: "answer";
                message: string;
            } | {
                /** @enum {string} */
                kind: "point";
            };
            codedBy?: string;
            decisionId?: string;
            /** @description Unknown record columns, kept for a lossless round trip */
            extra?: [
                string,
                string
            ][];
            id: string;
            itemId?: string;
            itemTitle?: string;
            memberId: string;
            messageIds: string[];
            /** @enum {string} */
            origin: "response" | "initiative";
            /** @enum {string} */
            outcome: "confirmed" | "modified" | "rejected" | "postponed";
            sourceId?: string;
            synthetic?: boolean;
        };
        Invite: {
            expiresAt: string;
            link: string;
            memberId: string;
            token: string;
            username: string;
        };
        ItemAnswer: {
            itemId: string;
            /** @enum {string} */
            outcome: "confirmed" | "modified" | "rejected" | "postponed";
            text?: string;
        };
        ItemDetail: components["schemas"]["ItemView"] & {
            actions?: {
                close: {
                    allowed: boolean;
                    code?: string;
                    detail?: string;
                    params?: {
                        [key: string]: string | number;
                    };
                };
            };
        };
        ItemView: {
            amendsId?: string;
            answerMessageId?: string;
            decisionId?: string;
            id: string;
            importance?: number;
            initiatorId?: string;
            opinions: {
                [key: string]: {
                    /**
                     * @description Body time, YYYY-MM-DDTHH:MM
                     * @example 1934-08-01T10:00
                     */
                    at: string;
                    /** @description Unknown record columns, kept for a lossless round trip */
                    extra?: [
                        string,
                        string
                    ][];
                    memberId: string;
                    sourceId?: string;
                    synthetic?: boolean;
                    viaMessageId?: string;
                    /** @enum {string} */
                    vote: "for" | "against" | "abstain";
                };
            } | null;
            /** @description Body time, YYYY-MM-DDTHH:MM */
            proposedAt?: string;
            raisedInMessageId?: string;
            reconsidersId?: string;
            restricted: boolean;
            result?: {
                abstain: number;
                adopted: boolean;
                against: number;
                /**
                 * @description Body time, YYYY-MM-DDTHH:MM
                 * @example 1934-08-01T10:00
                 */
                at: string;
                for: number;
                fullMembers: number;
                participants: number;
            };
            revokesId?: string;
            route?: {
                meetingId: string;
                /** @enum {string} */
                mode: "meeting";
            } | {
                /**
                 * @description Body time, YYYY-MM-DDTHH:MM
                 * @example 1934-08-01T10:00
                 */
                deadline: string;
                /** @enum {string} */
                mode: "poll";
                /**
                 * @description Body time, YYYY-MM-DDTHH:MM
                 * @example 1934-08-01T10:00
                 */
                openedAt: string;
            };
            /** @enum {string} */
            status: "proposed" | "on-agenda" | "polling" | "adopted" | "rejected" | "postponed" | "withdrawn" | "registered";
            synthetic?: boolean;
            text?: string;
            title: string;
            voted: string[];
            /** @description null while an open poll hides its ballots from this viewer */
            votes: {
                [key: string]: {
                    /**
                     * @description Body time, YYYY-MM-DDTHH:MM
                     * @example 1934-08-01T10:00
                     */
                    at: string;
                    /** @description Unknown record columns, kept for a lossless round trip */
                    extra?: [
                        string,
                        string
                    ][];
                    memberId: string;
                    sourceId?: string;
                    synthetic?: boolean;
                    viaMessageId?: string;
                    /** @enum {string} */
                    vote: "for" | "against" | "abstain";
                };
            } | null;
        };
        LanguageInfo: {
            /** @enum {string} */
            lang: "en" | "ru";
            /** @enum {string|null} */
            setting: "en" | "ru" | null;
        };
        LanguageSet: {
            /** @enum {string} */
            lang: "en" | "ru";
        };
        LineageView: {
            amendedBy: {
                id: string;
                /** @description protocol/item, e.g. 47/2 */
                label: string;
            }[];
            amends?: {
                id: string;
                /** @description protocol/item, e.g. 47/2 */
                label: string;
            };
            current: string;
            currentFrom?: {
                id: string;
                /** @description protocol/item, e.g. 47/2 */
                label: string;
            };
            currentWithheld?: boolean;
            decisionId: string;
            inForce: boolean;
            label: string;
            original: string;
            pending: {
                itemId: string;
                /** @enum {string} */
                kind: "amend" | "revoke" | "reconsider";
                /** @enum {string} */
                status: "proposed" | "on-agenda" | "polling" | "adopted" | "rejected" | "postponed" | "withdrawn" | "registered";
            }[];
            revokedBy?: {
                id: string;
                /** @description protocol/item, e.g. 47/2 */
                label: string;
            };
            revokes?: {
                id: string;
                /** @description protocol/item, e.g. 47/2 */
                label: string;
            };
        };
        Meeting: {
            agenda: string[];
            /** @description null: attendance unknown (archival) */
            attendees: string[] | null;
            chairId?: string;
            /**
             * @description YYYY-MM-DD
             * @example 1934-08-01
             */
            date: string;
            /** @description Unknown record columns, kept for a lossless round trip */
            extra?: [
                string,
                string
            ][];
            id: string;
            sourceId?: string;
            /** @enum {string} */
            status: "scheduled" | "open" | "closed" | "historical" | "cancelled";
            synthetic?: boolean;
        };
        MeetingView: components["schemas"]["Meeting"] & {
            hiddenProtocolItems: number;
            protocolItemCount: number;
            protocolItems?: {
                id: string;
                itemLabel?: string;
                itemNo: number;
                protocolNo: number;
                restricted: boolean;
                title: string;
            }[];
            protocolNos: number[];
        };
        Member: {
            /** @description Unknown record columns, kept for a lossless round trip */
            extra?: [
                string,
                string
            ][];
            id: string;
            name: string;
            nameRu?: string;
            /**
             * @description YYYY-MM-DD
             * @example 1934-08-01
             */
            retiredOn?: string;
            /** @enum {string} */
            role: "leader" | "deputy" | "member" | "candidate" | "secretariat" | "observer" | "external";
            roles: {
                /** @description Unknown record columns, kept for a lossless round trip */
                extra?: [
                    string,
                    string
                ][];
                /**
                 * @description YYYY-MM-DD
                 * @example 1934-08-01
                 */
                from?: string;
                recorded?: boolean;
                /** @enum {string} */
                role: "leader" | "deputy" | "member" | "candidate" | "secretariat" | "observer" | "external";
                sourceId?: string;
                synthetic?: boolean;
                /**
                 * @description YYYY-MM-DD
                 * @example 1934-08-01
                 */
                to?: string;
            }[];
            sourceId?: string;
            synthetic?: boolean;
        };
        MessageView: {
            answers: components["schemas"]["ItemAnswer"][];
            archiveRef?: string;
            decisionIds: string[];
            /** @description Body time, YYYY-MM-DDTHH:MM */
            dueAt?: string;
            /** @description Unknown record columns, kept for a lossless round trip */
            extra?: [
                string,
                string
            ][];
            fromId: string;
            id: string;
            inReplyTo?: string;
            itemIds: string[];
            /** @enum {string} */
            kind: "letter" | "telegram" | "telephone";
            number?: string;
            points: components["schemas"]["RaisedPoint"][];
            readBy: string[];
            /**
             * @description Body time, YYYY-MM-DDTHH:MM
             * @example 1934-08-01T10:00
             */
            receivedAt?: string;
            /**
             * @description Body time, YYYY-MM-DDTHH:MM
             * @example 1934-08-01T10:00
             */
            sentAt?: string;
            series?: string;
            sourceId?: string;
            summary: string;
            synthetic?: boolean;
            toIds: string[];
        };
        NotificationSettings: {
            /** @description Where mail goes; null for none */
            email: string | null;
            /**
             * @description off; a mail per notice; or one digest a body day
             * @enum {string}
             */
            mail: "off" | "each" | "digest";
        };
        Ok: {
            /** @enum {boolean} */
            ok: true;
        };
        Problem: {
            /** @description Stable machine-readable code, e.g. VALIDATION, UNKNOWN_ITEM, CSRF */
            code: string;
            detail: string;
            errors: {
                field: string;
                message: string;
            }[];
            /** @description The facts the detail is made of (titles, dates as stored), for a sentence in the reader’s language */
            params?: {
                [key: string]: string | number;
            };
            status: number;
            title: string;
            type: string;
        };
        ProtocolDoc: {
            date: string;
            decisions: components["schemas"]["ProtocolPoint"][];
            hidden: number;
            no: number;
        };
        ProtocolPoint: components["schemas"]["Decision"] & {
            heard: string;
            raisedBy?: string;
            resolved: string;
            sitting?: {
                date: string;
                id: string;
                label: string;
            };
        };
        ProtocolSignature: {
            at: string;
            chainHead: {
                hash: string;
                position: number;
            };
            digest: string;
            fingerprint: string;
            protocolNo: number;
            publicKey: string;
            signature: string;
            signedBy: string;
        };
        ProtocolSigned: {
            at: string;
            chainHead: {
                hash: string;
                position: number;
            };
            digest: string;
            fingerprint: string;
            protocolNo: number;
            signedBy: string;
        };
        ProtocolSummary: {
            date: string;
            hidden: number;
            items: number;
            no: number;
        };
        RaisedPoint: {
            itemId: string;
            restricted: boolean;
            title: string;
        };
        ReadingsComparison: {
            absences: {
                from: string;
                to: string;
            }[];
            figures: {
                /** @enum {string} */
                key: "decisionsTotal" | "meetingsTotal" | "protocolsTotal" | "decisionsDuringAbsence" | "meetingsDuringAbsence" | "protocolsDuringAbsence" | "meetingsWithoutLeader" | "interventions" | "responses" | "initiatives" | "confirmedUnchanged" | "interventionRate" | "responseShare" | "confirmationRate" | "untouchedOrConfirmedRate" | "shareDuringAbsence" | "decisionsWithoutPoll" | "decisionsRestricted" | "meetingsWithAttendance";
                rate: boolean;
                same: boolean;
                values: {
                    archivalValue: number | null;
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    basisLabel: string;
                    note: string;
                    ru: {
                        basisLabel: string;
                        note: string;
                    };
                    scenario: string;
                    sourceIds: string[];
                    value: number | null;
                }[];
            }[];
            scenarios: {
                bodyId: string;
                caveat: string;
                name: string;
                /** @enum {string} */
                reading: "quoted" | "evidence";
                readingLabel: string;
                ru: {
                    caveat: string;
                    readingLabel: string;
                    title: string;
                };
                title: string;
                version: string;
            }[];
        };
        Report: {
            absences: {
                from: string;
                to: string;
            }[];
            confirmationRate: number | null;
            confirmedUnchanged: number;
            correspondenceByKind: {
                count: number;
                delivered: number;
                kind: string;
                medianMinutes: number | null;
                messages: number;
                p90Minutes: number | null;
            }[];
            decisionsByMonth: {
                meeting: number;
                month: string;
                poll: number;
                withoutPoll: number;
            }[];
            decisionsDuringAbsence: number;
            decisionsRestricted: number;
            decisionsTotal: number;
            decisionsWithoutPoll: number;
            initiatives: number;
            initiators: {
                decisions: number;
                decisionsDuringAbsence: number;
                initiatives: number;
                memberId: string | null;
                responses: number;
            }[];
            interventionRate: number | null;
            interventions: number;
            leaderId: string;
            meetingsByChair: {
                chairId: string | null;
                meetings: number;
            }[];
            meetingsDuringAbsence: number;
            meetingsTotal: number;
            meetingsWithAttendance: number;
            meetingsWithoutLeader: number | null;
            onlyArchival: boolean;
            protocolsDuringAbsence: number;
            protocolsTotal: number;
            replyLatency: {
                count: number;
                medianMinutes: number | null;
                p90Minutes: number | null;
                replies: number;
            };
            responses: number;
            responseShare: number | null;
            shareDuringAbsence: number | null;
            untouchedOrConfirmedRate: number | null;
        };
        /** @description The rows behind one figure (?explain=KEY), those of the special folder counted in `hidden` for an outsider */
        ReportExplain: {
            hidden: number;
            key: string;
            rows: {
                current?: {
                    label: string;
                    wording: string;
                };
                decisionId?: string;
                decisionTitle?: string;
                /** @description 1-based data row of the table */
                row: number;
                table: string;
                values: {
                    [key: string]: unknown;
                };
            }[];
            rowsOf: string;
            value: number | null;
        };
        ScenarioInfo: {
            absenceWindows: {
                from: string;
                label: string;
                labelRu: string;
                sourceId?: string;
                to: string;
            }[];
            bodyId: string;
            caveat: string;
            counterpart: string | null;
            figureReadings: {
                confirmationRate: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                confirmedUnchanged: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                decisionsDuringAbsence: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                decisionsRestricted: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                decisionsTotal: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                decisionsWithoutPoll: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                initiatives: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                interventionRate: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                interventions: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                meetingsDuringAbsence: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                meetingsTotal: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                meetingsWithAttendance: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                meetingsWithoutLeader: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                protocolsDuringAbsence: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                protocolsTotal: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                responses: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                responseShare: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                shareDuringAbsence: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
                untouchedOrConfirmedRate: {
                    /** @enum {string} */
                    basis: "archival" | "quoted" | "derived" | "estimated" | "synthetic";
                    note: string;
                    ru: {
                        note: string;
                    };
                    sourceIds: string[];
                };
            };
            id: string;
            publishedFigures: {
                caveat: string;
                /** @enum {string} */
                key: "decisionsTotal" | "meetingsTotal" | "decisionsDuringAbsence" | "meetingsDuringAbsence" | "meetingsWithoutLeader" | "interventions" | "responses" | "initiatives" | "confirmedUnchanged" | "protocolsTotal" | "protocolsDuringAbsence" | "decisionsWithoutPoll" | "decisionsRestricted" | "meetingsWithAttendance" | "interventionRate" | "responseShare" | "confirmationRate" | "untouchedOrConfirmedRate" | "shareDuringAbsence";
                label: string;
                /** @enum {string} */
                provenance: "secondary" | "unverified" | "derived";
                quoted: string;
                ru: {
                    caveat: string;
                    label: string;
                    quoted: string;
                    status: string;
                };
                sourceIds: string[];
                status: string;
                value: number;
            }[];
            /** @enum {string} */
            reading: "quoted" | "evidence";
            readingLabel: string;
            ru: {
                caveat: string;
                readingLabel: string;
                title: string;
            };
            title: string;
            version: string;
        };
        Seat: {
            memberId: string;
            name: string;
            nameRu?: string;
            /** @enum {string} */
            role: "leader" | "deputy" | "member" | "candidate" | "secretariat" | "observer" | "external";
            student?: {
                pseudonym: string;
                studentId: string;
            };
        };
        SessionInfo: {
            csrfToken: string;
            user: components["schemas"]["SessionUser"] | null;
        };
        SessionUser: {
            bodyId: string;
            memberId: string;
            name: string;
            nameRu?: string | null;
            /** @enum {string} */
            role: "leader" | "deputy" | "member" | "candidate" | "secretariat" | "observer" | "external";
            username: string;
        };
        SimulationJob: {
            error?: string;
            id: string;
            owner?: string;
            progress: {
                done: number;
                total: number;
            };
            request: {
                overrides?: {
                    [key: string]: number | boolean | string;
                };
                preset: string;
                runs: number;
                scenario?: string;
                seed: number;
            };
            result?: {
                published: {
                    [key: string]: number;
                };
                runs: {
                    figures: {
                        confirmationRate: number | null;
                        confirmedUnchanged: number | null;
                        decisionsDuringAbsence: number | null;
                        decisionsRestricted: number | null;
                        decisionsTotal: number | null;
                        decisionsWithoutPoll: number | null;
                        initiatives: number | null;
                        interventionRate: number | null;
                        interventions: number | null;
                        meetingsDuringAbsence: number | null;
                        meetingsTotal: number | null;
                        meetingsWithAttendance: number | null;
                        meetingsWithoutLeader: number | null;
                        messages: number | null;
                        protocolsDuringAbsence: number | null;
                        protocolsTotal: number | null;
                        replyLatencyMedianMinutes: number | null;
                        responses: number | null;
                        responseShare: number | null;
                        shareDuringAbsence: number | null;
                        untouchedOrConfirmedRate: number | null;
                    };
                    seed: number;
                }[];
                spreads: {
                    confirmationRate: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    confirmedUnchanged: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    decisionsDuringAbsence: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    decisionsRestricted: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    decisionsTotal: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    decisionsWithoutPoll: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    initiatives: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    interventionRate: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    interventions: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    meetingsDuringAbsence: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    meetingsTotal: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    meetingsWithAttendance: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    meetingsWithoutLeader: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    messages: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    protocolsDuringAbsence: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    protocolsTotal: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    replyLatencyMedianMinutes: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    responses: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    responseShare: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    shareDuringAbsence: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                    untouchedOrConfirmedRate: {
                        mean: number | null;
                        n: number;
                        p5: number | null;
                        p95: number | null;
                    };
                };
            };
            /** @enum {string} */
            status: "running" | "done" | "failed";
        };
        SourceInfo: {
            author: string;
            confidence?: string;
            id: string;
            locator?: string;
            note?: string;
            /** @enum {string} */
            status: "verified" | "secondary" | "unverified";
            title: string;
            titleOriginal?: string;
            url?: string;
        };
        TeacherLogin: {
            csrfToken: string;
            teacher: string;
        };
        Verification: {
            events: number;
            head: {
                hash: string;
                position: number;
            } | null;
            ok: boolean;
            problem?: {
                message: string;
                position: number;
                streamId?: string;
            };
            signatures: {
                checked: number;
                problems: {
                    bodyId: string;
                    message: string;
                    protocolNo: number;
                }[];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postAuthInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bodyId: string;
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Password set and logged in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The language of this answer, and the viewer's own setting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguageInfo"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAuthLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    lang: "en" | "ru";
                };
            };
        };
        responses: {
            /** @description The language kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LanguageSet"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bodyId: string;
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Logged in; sets pb_session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After (RATE_LIMITED, TOO_MANY_SIMULATIONS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Password changed; a fresh session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user (null when anonymous) and the CSRF token to echo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every body but the private groups of a class */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodies: components["schemas"]["BodyListEntry"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    founder: {
                        memberId: string;
                        name: string;
                        password: string;
                        /** @enum {string} */
                        role: "leader" | "deputy" | "member" | "candidate" | "secretariat";
                        username: string;
                    };
                    id?: string;
                    name: string;
                    settings?: {
                        /** @enum {string} */
                        answerRoute?: "poll" | "register";
                        hideResultsUntilClosed?: boolean;
                        quorum?: {
                            /** @enum {string} */
                            type: "half-plus-one";
                        } | {
                            count: number;
                            /** @enum {string} */
                            type: "at-least";
                        } | {
                            /** @enum {string} */
                            type: "none";
                        };
                        withoutPoll?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Created; the founder is logged in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["BodySummary"];
                        csrfToken: string;
                        user: components["schemas"]["SessionUser"] | null;
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The body, its settings, clock and counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodySummary"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdAbsences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every absence */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        absences: components["schemas"]["Absence"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdAbsences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    absenceId?: string;
                    from: string;
                    location: string;
                    memberId: string;
                    to: string;
                };
            };
        };
        responses: {
            /** @description The absence */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Absence"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdAccountCalendarToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token and the feed address with it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarToken"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBodiesByBodyIdAccountCalendarToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether a token was revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: boolean;
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdAccountNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putBodiesByBodyIdAccountNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationSettings"];
            };
        };
        responses: {
            /** @description The settings now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logins and their members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: components["schemas"]["Account"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId: string;
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description The account */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdAccountsByUsernamePassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Reset */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdAudit: {
        parameters: {
            query?: {
                /** @description Who: part of the actor label (member:stalin, account:body/user, cli, system), any case */
                actor?: string;
                after?: number | null;
                before?: number;
                format?: "json" | "csv";
                /** @description Real time, from (a day or an instant, inclusive) */
                from?: string;
                limit?: number;
                /** @description asc: oldest first, after `after`; desc: newest first, before `before` */
                order?: "asc" | "desc";
                /** @description Real time, to (a day or an instant, inclusive) */
                to?: string;
                /** @description What: one event type, e.g. ItemProposed */
                type?: string;
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching rows and where the next page starts (`after` oldest first, `before` newest first), or null at the end; ?format=csv: every matching row as a CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                    "text/csv": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backup"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdCalendarIcs: {
        parameters: {
            query?: {
                lang?: "en" | "ru";
                token?: string;
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putBodiesByBodyIdClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    mode: "real";
                } | {
                    /** @enum {string} */
                    mode: "replay";
                    paused?: boolean;
                    speed: number;
                    start: string;
                };
            };
        };
        responses: {
            /** @description The clock as set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdClockPause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The paused clock */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdClockResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The running clock */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdClockStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    minutes: number;
                };
            };
        };
        responses: {
            /** @description The advanced clock */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    asOf?: string;
                    id?: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The copy and one account per role */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["BodySummary"];
                        demoAccounts: components["schemas"]["DemoAccount"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdCorrections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    field: string;
                    id: string;
                    reason: string;
                    /** @enum {string} */
                    table: "decisions" | "meetings" | "correspondence" | "members" | "interventions";
                    to: string;
                };
            };
        };
        responses: {
            /** @description The correction as recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Correction"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdCourierPacket: {
        parameters: {
            query?: {
                /** @description The body date; default the body clock's today */
                date?: string;
                format?: "json" | "html" | "pdf";
                lang?: "en" | "ru";
                /** @description Whose packet; default the leader */
                memberId?: string;
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The packet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourierPacket"];
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdDecisions: {
        parameters: {
            query?: {
                from?: string;
                initiator?: string;
                intervention?: "true" | "false";
                mode?: "meeting" | "poll" | "without-poll";
                page?: number;
                pageSize?: number;
                protocolNo?: number | null;
                q?: string;
                restricted?: "true" | "false";
                to?: string;
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the matching decisions */
            200: {
                headers: {
                    /** @description `private, no-cache`: one viewer class’s view, revalidated on every use */
                    "Cache-Control"?: string;
                    /** @description `gzip` when the client accepts it (compressed once per page, off the event loop) */
                    "Content-Encoding"?: string;
                    /** @description The page as this viewer class sees it at this body version; send it back in If-None-Match */
                    ETag?: string;
                    /** @description `Accept-Encoding`: the page goes out gzipped to a client that accepts it */
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPage"];
                };
            };
            /** @description Not modified: the If-None-Match tag is still this viewer’s page */
            304: {
                headers: {
                    /** @description `private, no-cache`: one viewer class’s view, revalidated on every use */
                    "Cache-Control"?: string;
                    /** @description The page as this viewer class sees it at this body version; send it back in If-None-Match */
                    ETag?: string;
                    /** @description `Accept-Encoding`: the page goes out gzipped to a client that accepts it */
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdDecisionsByDecisionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                decisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision with the interventions and mail about it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDetail"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdDecisionsByDecisionIdExtracts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                decisionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    recipients: string[];
                };
            };
        };
        responses: {
            /** @description The decision with its new extract */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdDecisionsExportCsv: {
        parameters: {
            query?: {
                from?: string;
                initiator?: string;
                intervention?: "true" | "false";
                mode?: "meeting" | "poll" | "without-poll";
                protocolNo?: number | null;
                q?: string;
                restricted?: "true" | "false";
                to?: string;
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching row the viewer may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdDeskAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open work, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AnswerWork"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdEvents: {
        parameters: {
            query?: {
                after?: number | null;
                limit?: number;
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events this viewer may see, and the position to ask after next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdEventsStream: {
        parameters: {
            query?: {
                after?: string;
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events: id = store position, event = type, data = { position, bodyId, event } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdInterventions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those this viewer may see, and how many are not shown */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hidden: number;
                        interventions: components["schemas"]["Intervention"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdInterventions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    basis?: string;
                    decisionId?: string;
                    interventionId?: string;
                    itemId?: string;
                    itemTitle?: string;
                    memberId: string;
                    messageIds?: string[];
                    /** @enum {string} */
                    origin: "response" | "initiative";
                    /** @enum {string} */
                    outcome: "confirmed" | "modified" | "rejected" | "postponed";
                };
            };
        };
        responses: {
            /** @description The intervention */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Intervention"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdInvites: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description The one-time link */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdItems: {
        parameters: {
            query?: {
                q?: string;
                status?: "proposed" | "on-agenda" | "polling" | "adopted" | "rejected" | "postponed" | "withdrawn" | "registered";
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items this viewer may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ItemView"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amendsId?: string;
                    importance?: number;
                    initiatorId?: string;
                    itemId?: string;
                    restricted?: boolean;
                    revokesId?: string;
                    text?: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description The proposed item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdItemsByItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item as this viewer sees it, and whether closing would succeed now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemDetail"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdItemsByItemIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item with its result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdItemsByItemIdOpinions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId?: string;
                    viaMessageId?: string;
                    /** @enum {string} */
                    vote: "for" | "against" | "abstain";
                };
            };
        };
        responses: {
            /** @description The item with the ballot */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdItemsByItemIdPoll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    deadline: string;
                };
            };
        };
        responses: {
            /** @description The item, now polling */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdItemsByItemIdRegister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decisionId?: string;
                };
            };
        };
        responses: {
            /** @description The registered decision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdItemsByItemIdVotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId?: string;
                    viaMessageId?: string;
                    /** @enum {string} */
                    vote: "for" | "against" | "abstain";
                };
            };
        };
        responses: {
            /** @description The item with the ballot */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdItemsByItemIdWithoutPoll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decisionId?: string;
                };
            };
        };
        responses: {
            /** @description The registered decision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Meetings by date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meetings: components["schemas"]["MeetingView"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date: string;
                    meetingId?: string;
                };
            };
        };
        responses: {
            /** @description The scheduled meeting */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdMeetingsByMeetingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdMeetingsByMeetingIdAgenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemId: string;
                };
            };
        };
        responses: {
            /** @description The meeting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdMeetingsByMeetingIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closed meeting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdMeetingsByMeetingIdOpen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendees: string[];
                    chairId: string;
                };
            };
        };
        responses: {
            /** @description The meeting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every member with his dated roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: components["schemas"]["Member"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from?: string;
                    memberId: string;
                    name: string;
                    nameRu?: string;
                    /** @enum {string} */
                    role: "leader" | "deputy" | "member" | "candidate" | "secretariat" | "observer" | "external";
                };
            };
        };
        responses: {
            /** @description The admitted member */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdMembersByMemberIdRetire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    on: string;
                };
            };
        };
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdMembersByMemberIdRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: string;
                    /** @enum {string} */
                    role: "leader" | "deputy" | "member" | "candidate" | "secretariat" | "observer" | "external";
                    to?: string;
                };
            };
        };
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mail this viewer may read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: components["schemas"]["MessageView"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers?: {
                        itemId: string;
                        /** @enum {string} */
                        outcome: "confirmed" | "modified" | "rejected" | "postponed";
                        text?: string;
                    }[];
                    decisionIds?: string[];
                    inReplyTo?: string;
                    itemIds?: string[];
                    /** @enum {string} */
                    kind: "letter" | "telegram" | "telephone";
                    messageId?: string;
                    points?: {
                        itemId: string;
                        restricted: boolean;
                        title: string;
                    }[];
                    summary: string;
                    toIds: string[];
                };
            };
        };
        responses: {
            /** @description The message sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdMessagesByMessageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdMessagesByMessageIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message, read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdMessagesInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: components["schemas"]["MessageView"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdMessagesOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: components["schemas"]["MessageView"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdProtocols: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every protocol with its item counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        protocols: components["schemas"]["ProtocolSummary"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdProtocolsByNo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                no: number | null;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its decisions this viewer may see, and how many are not shown */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtocolDoc"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdProtocolsByNoExportCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                no: number | null;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The protocol as this viewer may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdProtocolsByNoExportDocx: {
        parameters: {
            query?: {
                lang?: "en" | "ru";
            };
            header?: never;
            path: {
                bodyId: string;
                no: number | null;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The protocol as Office Open XML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdProtocolsByNoExportPdf: {
        parameters: {
            query?: {
                lang?: "en" | "ru";
            };
            header?: never;
            path: {
                bodyId: string;
                no: number | null;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The protocol as this viewer may see it, fonts embedded (DejaVu, subset) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdProtocolsByNoItemsByN: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                n: number | null;
                no: number | null;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesByBodyIdProtocolsByNoSign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                no: number | null;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signature, with its fingerprint */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtocolSigned"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdProtocolsByNoSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                no: number | null;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signature, its fingerprint and public key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtocolSignature"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdReport: {
        parameters: {
            query?: {
                absenceFrom?: string;
                absenceTo?: string;
                explain?: string;
                leader?: string;
                onlyArchival?: "true" | "false";
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures, or with ?explain=KEY the rows behind one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"] | components["schemas"]["ReportExplain"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchBodiesByBodyIdSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    answerRoute?: "poll" | "register";
                    hideResultsUntilClosed?: boolean;
                    latencies?: {
                        letter?: number;
                        telegram?: number;
                        telephone?: number;
                    };
                    quorum?: {
                        /** @enum {string} */
                        type: "half-plus-one";
                    } | {
                        count: number;
                        /** @enum {string} */
                        type: "at-least";
                    } | {
                        /** @enum {string} */
                        type: "none";
                    };
                    withoutPoll?: boolean;
                };
            };
        };
        responses: {
            /** @description The body with its new settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodySummary"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdSources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sources, by id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sources: components["schemas"]["SourceInfo"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBodiesByBodyIdVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chain and the signatures, checked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBodiesRestore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    backup: {
                        /** @enum {string} */
                        format: "politburo-backup/1" | "politburo-backup/2";
                    } & {
                        [key: string]: unknown;
                    };
                    id?: string;
                };
            };
        };
        responses: {
            /** @description The restored body */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodySummary"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClasses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The teacher's classes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassList"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postClasses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    asOf: string;
                    groups: number;
                    groupsRunAlone?: boolean;
                    name: string;
                };
            };
        };
        responses: {
            /** @description The class and its code */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassCreated"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClassesByClassId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The class as this looker may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassView"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteClassesByClassId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was erased */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassDeleted"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postClassesByClassIdClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "start" | "pause" | "speed" | "rewind";
                    groupId?: string;
                    speed?: number;
                };
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClassesByClassIdDebrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The debrief */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Debrief"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClassesByClassIdDebriefCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The debrief as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClassesByClassIdDebriefPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The debrief as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postClassesByClassIdEnter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    studentId: string;
                };
            };
        };
        responses: {
            /** @description The student, logged in to his group again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassEntered"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postClassesByClassIdEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groupIds?: string[];
                    /** @enum {string} */
                    kind: "leader-letter" | "harvest-fails" | "telephone-works";
                };
            };
        };
        responses: {
            /** @description The teacher's event, recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassInjection"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postClassesByClassIdJoin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groupId?: string;
                    memberId?: string;
                    pseudonym?: string;
                    /** @enum {string} */
                    role?: "leader" | "deputy" | "member" | "candidate" | "secretariat" | "observer" | "external";
                    token?: string;
                };
            };
        };
        responses: {
            /** @description The student, seated and logged in to his group */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassJoined"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postClassesByClassIdLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groupId?: string;
                    memberId?: string;
                };
            };
        };
        responses: {
            /** @description A one-time link */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassLink"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchClassesByClassIdSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groupsRunAlone: boolean;
                };
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postClassesByClassIdStudentsByStudentIdSeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                studentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId: string;
                };
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: {
                body?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To /api/bodies/{body}/report */
            307: {
                headers: {
                    /** @description Where to go */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every shipped scenario */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scenarios: components["schemas"]["ScenarioInfo"][];
                    };
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScenariosByNameSources: {
        parameters: {
            query?: {
                format?: "csl-json" | "bibtex";
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSL-JSON (default), or BibTeX with ?format=bibtex */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CslItem"][];
                    "application/x-bibtex": string;
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScenariosCompare: {
        parameters: {
            query?: {
                a?: string;
                absenceFrom?: string;
                absenceTo?: string;
                b?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both scenarios and every figure under each */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadingsComparison"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSimulations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    overrides?: {
                        [key: string]: number | boolean | string;
                    };
                    /** @default 1934 */
                    preset?: string;
                    /** @default 5 */
                    runs?: number;
                    scenario?: string;
                    /** @default 1 */
                    seed?: number;
                };
            };
        };
        responses: {
            /** @description The job, running */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationJob"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; see Retry-After (RATE_LIMITED, TOO_MANY_SIMULATIONS) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSimulationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Progress, and the result once done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationJob"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTeachers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description The teacher, logged in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherLogin"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTeachersLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description The teacher, logged in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherLogin"];
                };
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is over its limit (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBByBodyIdProtocolByNoItemByN: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                n: string;
                no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To /#/b/… (Accept: text/html) or to /api/bodies/…/decisions/… */
            302: {
                headers: {
                    /** @description Where to go */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure (INTERNAL); never a stack trace */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Any other error, as problem+json */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
