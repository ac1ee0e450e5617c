/**
 * Every key of the single table, in one place. Access patterns (each a GetItem, Query or
 * transaction — never a Scan):
 * - tenant by id ............ GetItem  TENANT#<tenantId> / PROFILE
 * - tenant by slug .......... GetItem  TENANTSLUG#<slug> / TENANTSLUG (also the slug's uniqueness claim)
 * - user by id .............. GetItem  USER#<userId> / PROFILE
 * - user by email ........... GetItem  USEREMAIL#<email> / USEREMAIL (also the e-mail's uniqueness claim)
 * - a user's tenants ........ Query    USER#<userId>, sk begins_with MEMBERSHIP#
 * - caller in a tenant ...... GetItem  USER#<userId> / MEMBERSHIP#<slug>
 * - members of a tenant ..... Query    TENANT#<tenantId>, sk begins_with MEMBER#
 * - connections of a tenant . GetItem  TENANT#<tenantId> / CONNECTIONS: one item, one attribute per
 *   connection (`c#<connectionId>`), so a fan-out's lookup rides along in the BatchGetItem a write
 *   reads with (about 2,000 live connections per workspace fit its 400 KB)
 * - a connection by id ...... GetItem  CONN#<connectionId> / CONN
 * - a user's connections .... Query    USER#<userId>, sk begins_with CONN# (all) or CONN#<tenantId>#
 *   (one workspace): closed at once when a membership or a session ends
 * - a realtime ticket ....... DeleteItem WSTICKET#<sha256 of the ticket> / WSTICKET (returns and
 *   removes it in one request, so a ticket opens one socket)
 * - invitations of a tenant . Query    TENANT#<tenantId>, sk begins_with INVITE#
 * - invitation by link token  GetItem  INVITETOKEN#<sha256 of the token> / INVITETOKEN (the tenant
 *   copy and this one are created and deleted together)
 * - an e-mailed link's token  GetItem  EMAILTOKEN#<sha256 of the token> / EMAILTOKEN (verify-email,
 *   password reset; consumed with a conditional delete)
 * - rate limits ............. UpdateItem RATE#<scope>#<key> / <window> (fixed windows) or / LIMIT
 *   (back-off: one conditional update per attempt)
 * - agents of a tenant ...... Query    TENANT#<tenantId>, sk begins_with AGENT#
 * - saved replies of a tenant Query    TENANT#<tenantId>, sk begins_with CANNED# (sorted by shortcut
 *   in the use case); a shortcut's claim GetItem-able at TENANT#<tenantId> / SHORTCUT#<shortcut>,
 *   put and deleted in the reply's own transactions, so a shortcut is unique per workspace
 * - an integration .......... GetItem  TENANT#<tenantId> / INTEGRATION#<provider>
 * - number by id ............ GetItem  NUMBER#<numberId> / NUMBER (webhooks know only the id)
 * - a reply's context ....... BatchGetItem (message/repository.ts): a person's reply reads
 *   TENANT#<tenantId> / CONV#<id>, USER#<userId> / PROFILE and TENANT#<tenantId> /
 *   INTEGRATION#twilio together, then GetItem its number; the AI's reply reads NUMBER#<numberId> /
 *   NUMBER and the integration together
 * - numbers of a tenant ..... Query    gsi1: TENANT#<tenantId>#NUMBERS, oldest first
 * - number by provider address GetItem NUMBERCLAIM#<provider>#<address> / CLAIM (also the
 *   claim that connects an address once across all tenants)
 * - conversation by id ...... GetItem  TENANT#<tenantId> / CONV#<id>; the id derives from
 *   (number, customer), so the conversation of an inbound message is found without a lookup
 * - conversations, newest activity first: Query gsi1 TENANT#<t>#CONVS (all) or
 *   gsi2 TENANT#<t>#CONVS#<status>, sort key <lastActivityAt>#<id>, descending; the other filters
 *   (number, assignee, label, escalated, unread) are applied to the pages read, at most
 *   MAX_EXAMINED items per request (conversation/repository.ts), the cursor going on from there
 * - messages of a conversation, paged backwards: Query CONV#<id>, sk < MSG#<before>, descending;
 *   a message id starts with its time (the provider's, for a customer message: see `idAt`), so
 *   the thread is in the order the messages were written, whatever order they were delivered in
 * - message by provider message id: GetItem PMSG#<provider>#<providerMessageId> / PMSG (also the
 *   dedupe marker of an inbound message); it names the tenant, number and conversation, which a
 *   status or reaction must match before it touches the message
 * - a customer's conversation on a number, by what identifies them: BatchGetItem
 *   CUSTOMER#<numberId>#user#<BSUID> / CUSTOMER and CUSTOMER#<numberId>#phone#<+E164> / CUSTOMER
 *   (written in the inbound transaction; the user id wins when both are known and disagree), so
 *   one customer stays one conversation whether they write with a phone or as a username; the
 *   conversation whose id derives from the address is read in the same request (it is the one
 *   found unless the customer's identifiers moved: then a GetItem follows)
 * - a conversation's writes: every write is conditioned on its `version` (read, then write on
 *   the version read), see `versionedUpdate` in conversation/repository.ts
 * - the AI's reply to a customer message: PutItem CONV#<id> / AIREPLY#<messageId>, condition
 *   not exists (a redelivered AI job never answers twice)
 * - a conversation's queued insights job: PutItem CONV#<id> / INSIGHTSJOB, condition not exists
 *   (or expired): at most one queued job per conversation; more requests get that job
 * - everything of a deleted conversation: Query CONV#<id> (keys only), BatchWriteItem deletes
 * - notification by id ...... GetItem  TENANT#<tenantId> / NOTIF#<id> (a conversation's new_message
 *   notification has an id derived from the conversation, so a later message finds it to update)
 * - notifications, newest first: Query gsi1 TENANT#<t>#NOTIFS, sort key <updatedAt>#<id> descending;
 *   a user's unread ones are those after the user's watermark (sk > watermark) without a read mark
 * - a user's read watermark . GetItem  TENANT#<tenantId> / NOTIFSEEN#<userId> ("read all" up to a sort key)
 * - a user's read marks ..... Query    TENANT#<t>#NOTIFREAD#<userId>, sk > watermark; sk is the
 *   notification's sort key when read, so an update (new sort key) makes it unread again;
 *   a notification with a `recipientUserId` (assigned, mention) is listed and counted for that
 *   member only (a filter on the same Query)
 * - a number's round-robin turn: UpdateItem NUMBER#<numberId> / ROUNDROBIN (ADD turn 1, the new
 *   value returned: each new conversation takes the next turn atomically)
 * - labels of a tenant ...... Query    TENANT#<tenantId>, sk begins_with LABEL#
 * - a label's name .......... GetItem  TENANT#<tenantId> / LABELNAME#<lower-cased name> (the name's
 *   uniqueness claim, written and deleted in the label's transactions)
 * - conversations by a search word, newest first: Query gsi1 SEARCH#<t>#<token>, sort key
 *   <latest time the token was seen>#<conversationId>, descending; one item per (tenant, token,
 *   conversation), pk SEARCH#<t>#<token> / <conversationId>, written by the stream indexer
 *   (BatchWriteItem); the other words of a query are checked with a BatchGetItem of those items
 *   (search/, written off the request path from the table's stream)
 * - contact by id ........... GetItem  TENANT#<tenantId> / CONTACT#<contactId>; the id derives from
 *   (tenant, phone or user id), so a conversation knows its contact without a read
 * - contacts, newest first .. Query gsi1 TENANT#<t>#CONTACTS, sort key <createdAt>#<contactId>
 * - contacts by a search word: as conversations, under CONTACTSEARCH#<t>#<token> / <contactId>,
 *   sort key <createdAt>#<contactId>
 */
export const keys = {
  tenant: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, sk: "PROFILE" }),
  tenantSlug: (slug: string) => ({ pk: `TENANTSLUG#${slug}`, sk: "TENANTSLUG" }),
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: "PROFILE" }),
  userEmail: (email: string) => ({ pk: `USEREMAIL#${email}`, sk: "USEREMAIL" }),
  membership: (userId: string, slug: string) => ({
    pk: `USER#${userId}`,
    sk: `MEMBERSHIP#${slug}`,
  }),
  membershipsOf: (userId: string) => ({ pk: `USER#${userId}`, skPrefix: "MEMBERSHIP#" }),
  member: (tenantId: string, userId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `MEMBER#${userId}`,
  }),
  membersOf: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, skPrefix: "MEMBER#" }),
  tenantConnections: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, sk: "CONNECTIONS" }),
  connectionLookup: (connectionId: string) => ({ pk: `CONN#${connectionId}`, sk: "CONN" }),
  userConnection: (userId: string, tenantId: string, connectionId: string) => ({
    pk: `USER#${userId}`,
    sk: `CONN#${tenantId}#${connectionId}`,
  }),
  connectionsOfUser: (userId: string, tenantId?: string) => ({
    pk: `USER#${userId}`,
    skPrefix: tenantId ? `CONN#${tenantId}#` : "CONN#",
  }),
  realtimeTicket: (ticketHash: string) => ({ pk: `WSTICKET#${ticketHash}`, sk: "WSTICKET" }),
  invitation: (tenantId: string, invitationId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `INVITE#${invitationId}`,
  }),
  invitationsOf: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, skPrefix: "INVITE#" }),
  invitationToken: (tokenHash: string) => ({ pk: `INVITETOKEN#${tokenHash}`, sk: "INVITETOKEN" }),
  emailToken: (tokenHash: string) => ({ pk: `EMAILTOKEN#${tokenHash}`, sk: "EMAILTOKEN" }),
  agent: (tenantId: string, agentId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `AGENT#${agentId}`,
  }),
  agentsOf: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, skPrefix: "AGENT#" }),
  cannedResponse: (tenantId: string, id: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `CANNED#${id}`,
  }),
  cannedResponsesOf: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, skPrefix: "CANNED#" }),
  shortcutClaim: (tenantId: string, shortcut: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `SHORTCUT#${shortcut}`,
  }),
  integration: (tenantId: string, provider: "twilio") => ({
    pk: `TENANT#${tenantId}`,
    sk: `INTEGRATION#${provider}`,
  }),
  integrationsOf: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, skPrefix: "INTEGRATION#" }),
  number: (numberId: string) => ({ pk: `NUMBER#${numberId}`, sk: "NUMBER" }),
  roundRobin: (numberId: string) => ({ pk: `NUMBER#${numberId}`, sk: "ROUNDROBIN" }),
  numbersOfTenantIndex: (tenantId: string) => ({ gsi1pk: `TENANT#${tenantId}#NUMBERS` }),
  numberClaim: (provider: "twilio" | "meta", address: string) => ({
    pk: `NUMBERCLAIM#${provider}#${address}`,
    sk: "CLAIM",
  }),
  conversation: (tenantId: string, conversationId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `CONV#${conversationId}`,
  }),
  /** The index a tenant's conversations are listed by: all of them (gsi1) or one status (gsi2). */
  conversationsOf: (tenantId: string, status?: string) =>
    status === undefined
      ? { index: "gsi1", pkName: "gsi1pk", skName: "gsi1sk", pk: `TENANT#${tenantId}#CONVS` }
      : {
          index: "gsi2",
          pkName: "gsi2pk",
          skName: "gsi2sk",
          pk: `TENANT#${tenantId}#CONVS#${status}`,
        },
  conversationIndexes: (
    tenantId: string,
    status: string,
    lastActivityAt: string,
    conversationId: string,
  ) => ({
    gsi1pk: `TENANT#${tenantId}#CONVS`,
    gsi1sk: `${lastActivityAt}#${conversationId}`,
    gsi2pk: `TENANT#${tenantId}#CONVS#${status}`,
    gsi2sk: `${lastActivityAt}#${conversationId}`,
  }),
  customerIdentity: (numberId: string, kind: "user" | "phone", value: string) => ({
    pk: `CUSTOMER#${numberId}#${kind}#${value}`,
    sk: "CUSTOMER",
  }),
  message: (conversationId: string, messageId: string) => ({
    pk: `CONV#${conversationId}`,
    sk: `MSG#${messageId}`,
  }),
  messagesOf: (conversationId: string) => ({ pk: `CONV#${conversationId}`, skPrefix: "MSG#" }),
  aiReply: (conversationId: string, messageId: string) => ({
    pk: `CONV#${conversationId}`,
    sk: `AIREPLY#${messageId}`,
  }),
  insightsJob: (conversationId: string) => ({
    pk: `CONV#${conversationId}`,
    sk: "INSIGHTSJOB",
  }),
  providerMessage: (provider: "twilio" | "meta", providerMessageId: string) => ({
    pk: `PMSG#${provider}#${providerMessageId}`,
    sk: "PMSG",
  }),
  notification: (tenantId: string, notificationId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `NOTIF#${notificationId}`,
  }),
  notificationIndex: (tenantId: string, updatedAt: string, notificationId: string) => ({
    gsi1pk: `TENANT#${tenantId}#NOTIFS`,
    gsi1sk: `${updatedAt}#${notificationId}`,
  }),
  notificationsOfTenantIndex: (tenantId: string) => ({ gsi1pk: `TENANT#${tenantId}#NOTIFS` }),
  notificationWatermark: (tenantId: string, userId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `NOTIFSEEN#${userId}`,
  }),
  notificationReadMarks: (tenantId: string, userId: string) => ({
    pk: `TENANT#${tenantId}#NOTIFREAD#${userId}`,
  }),
  searchToken: (tenantId: string, token: string, conversationId: string) => ({
    pk: `SEARCH#${tenantId}#${token}`,
    sk: conversationId,
  }),
  contactSearchToken: (tenantId: string, token: string, contactId: string) => ({
    pk: `CONTACTSEARCH#${tenantId}#${token}`,
    sk: contactId,
  }),
  contact: (tenantId: string, contactId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `CONTACT#${contactId}`,
  }),
  contactIndex: (tenantId: string, createdAt: string, contactId: string) => ({
    gsi1pk: `TENANT#${tenantId}#CONTACTS`,
    gsi1sk: `${createdAt}#${contactId}`,
  }),
  contactsOfTenantIndex: (tenantId: string) => ({ gsi1pk: `TENANT#${tenantId}#CONTACTS` }),
  label: (tenantId: string, labelId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `LABEL#${labelId}`,
  }),
  labelsOf: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, skPrefix: "LABEL#" }),
  labelName: (tenantId: string, nameKey: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `LABELNAME#${nameKey}`,
  }),
  rateWindow: (scope: string, key: string, window: number) => ({
    pk: `RATE#${scope}#${key}`,
    sk: `W#${window}`,
  }),
  backoffLimit: (scope: string, key: string) => ({ pk: `RATE#${scope}#${key}`, sk: "LIMIT" }),
} as const;
