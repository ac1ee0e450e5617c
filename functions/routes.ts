/**
 * Every entry point and the event source that drives it. The SST stacks wire these to API Gateway
 * and SQS; the local cloud feeds the very same modules the same event shapes. One list, two hosts.
 * A handler is `"<file without extension>.<export>"`, relative to the repository root (SST's format).
 * The HTTP routes come from the route table of `@helios/contracts/routes`: an entry there plus its
 * handler file is a new route.
 *
 * On AWS the HTTP routes share a handful of functions ("groups", `httpGroupOf` below), each with
 * only the grants its group declares (`httpGroups`); a new route joins its group by its path.
 */
import { type HttpMethod, handlerOf, type RouteId, routeList } from "@helios/contracts/routes";
import type { SecretName } from "@helios/core/config";

export type { HttpMethod } from "@helios/contracts/routes";

export interface HttpRoute {
  /** The route table's operation id (`"agents/create"`). */
  id: RouteId;
  method: HttpMethod;
  /** API Gateway route path, with `{param}` placeholders. */
  path: string;
  handler: string;
}

/** The route table's entries, each bound to its handler file by the naming convention. */
export const httpRoutes: readonly HttpRoute[] = routeList.map(({ id, method, path }) => ({
  id,
  method,
  path,
  handler: handlerOf(id),
}));

export type WebSocketRouteKey = "$connect" | "$disconnect" | "$default";

export const webSocketRoutes: Readonly<Record<WebSocketRouteKey, string>> = {
  $connect: "functions/ws/connect.handler",
  $disconnect: "functions/ws/disconnect.handler",
  $default: "functions/ws/default.handler",
};

/**
 * What one function may touch on AWS; the stacks grant exactly this and nothing else.
 * - `table`: item-level access to the one table ("read": GetItem, Query; "write": PutItem,
 *   UpdateItem, DeleteItem, ConditionCheckItem, BatchWriteItem — what transactions need too;
 *   "describe": DescribeTable, for the health check).
 * - `secrets`: the secrets it may read (JWT_SECRET where tokens are made or checked, DATA_KEY where
 *   provider credentials are encrypted or decrypted).
 * - `feeds`: names of the manifest's queues it sends to.
 * - `publishes`: it posts realtime events to WebSocket connections (`@connections`).
 * - `sendsEmail`: it sends e-mail (SES).
 * - `aiSettings`: it gets the AI provider's settings from the deploying shell.
 * - `callsProviders`: it calls Twilio or Meta, so its timeout leaves room for a slow provider.
 */
export interface FunctionGrants {
  table: readonly ("read" | "write" | "describe")[];
  secrets: readonly SecretName[];
  feeds: readonly string[];
  publishes: boolean;
  sendsEmail?: boolean;
  aiSettings?: boolean;
  callsProviders?: boolean;
}

export type HttpGroup = "public" | "auth" | "workspace" | "credentials" | "sending" | "webhooks";

/** One function per group on AWS, each with the grants its routes need together. */
export const httpGroups: Readonly<Record<HttpGroup, FunctionGrants>> = {
  /** Health and the OpenAPI document: no secret, no data beyond "does the table answer". */
  public: { table: ["describe"], secrets: [], feeds: [], publishes: false },
  /** Sign-up, sign-in, the signed-in user (`/api/me` also tells whether an AI key is set). */
  auth: {
    table: ["read", "write"],
    secrets: ["JWT_SECRET", "OPENAI_API_KEY"],
    feeds: [],
    // Ending sessions (logout, password change or reset, an e-mail taken over) closes sockets.
    publishes: true,
    aiSettings: true,
    sendsEmail: true,
  },
  /** A workspace's own data: members, agents, conversations, notifications. */
  workspace: {
    table: ["read", "write"],
    secrets: ["JWT_SECRET"],
    feeds: ["insights"],
    publishes: true,
    // Invitations are e-mailed; agents' models come from OPENAI_MODELS; closing refreshes insights.
    sendsEmail: true,
    aiSettings: true,
  },
  /** Provider credentials: integrations and numbers (encrypted with DATA_KEY, checked with the provider). */
  credentials: {
    table: ["read", "write"],
    secrets: ["JWT_SECRET", "DATA_KEY"],
    feeds: [],
    publishes: false,
    callsProviders: true,
  },
  /** What goes out through (or comes from) the providers with the tenant's credentials. */
  sending: {
    table: ["read", "write"],
    secrets: ["JWT_SECRET", "DATA_KEY"],
    feeds: [],
    publishes: true,
    callsProviders: true,
  },
  /** Provider webhooks: signatures checked with the tenant's decrypted secrets; follow-ups queued. */
  webhooks: {
    table: ["read", "write"],
    secrets: ["DATA_KEY"],
    // A message's follow-ups (or, when that is all, its AI turn), large Meta deliveries.
    feeds: ["inbound-follow-ups", "ai-replies.fifo", "meta-deliveries.fifo"],
    publishes: true,
    aiSettings: true,
  },
};

/**
 * The rule that puts a route in its group (first match wins): webhooks by path; health and the
 * OpenAPI document are public; everything outside a workspace is account business; under a
 * workspace, integrations and numbers hold credentials (listing numbers excepted), and what calls
 * a provider to send or fetch (a message, a retry, a new conversation, an attachment) is sending.
 */
export function httpGroupOf(route: Pick<HttpRoute, "method" | "path">): HttpGroup {
  const { method, path } = route;
  if (path.startsWith("/webhooks/")) return "webhooks";
  if (path === "/api/health" || path === "/api/openapi.json") return "public";
  if (!path.startsWith("/api/t/{tenant}/")) return "auth";
  // The inbox names the numbers: listing them reads no credential and stays with the workspace.
  const listsNumbers = method === "GET" && path === "/api/t/{tenant}/whatsapp/numbers";
  const credentials = /^\/api\/t\/\{tenant\}\/(integrations|whatsapp\/numbers)(\/|$)/;
  if (!listsNumbers && credentials.test(path)) return "credentials";
  if (/\/media(\/|$)/.test(path)) return "sending";
  const sends =
    /^\/api\/t\/\{tenant\}\/whatsapp\/conversations(\/\{conversationId\}\/messages(\/.*)?)?$/;
  if (method === "POST" && sends.test(path)) return "sending";
  return "workspace";
}

/** The WebSocket routes share one function: `$connect` redeems a ticket, `$default` answers pings. */
export const webSocketGrants: FunctionGrants = {
  table: ["read", "write"],
  // `$connect` redeems a single-use ticket (a table item), never a token.
  secrets: [],
  feeds: [],
  publishes: true,
};

/** What a queue's worker may touch when its entry does not say (`QueueRoute.grants`). */
export const defaultWorkerGrants: FunctionGrants = {
  table: ["read", "write"],
  secrets: [],
  feeds: [],
  publishes: true,
};

export interface QueueRoute {
  /** Queue name; FIFO names end with `.fifo`. Each queue gets a dead-letter queue. */
  name: string;
  fifo: boolean;
  /** The environment variable through which functions learn the queue's URL. */
  urlEnv: string;
  /** The worker that consumes the queue, once there is one. */
  handler?: string;
  batchSize: number;
  /** Must exceed the worker's timeout, so a message is not redelivered while still being handled. */
  visibilityTimeoutSeconds: number;
  /** Receives before a message moves to the dead-letter queue. */
  maxReceiveCount: number;
  /** What the worker may touch (`defaultWorkerGrants` when not given). */
  grants?: FunctionGrants;
}

/** What every worker's queue has in common: batches of 10, 3 minutes to handle one, 5 tries. */
const workerDelivery = {
  batchSize: 10,
  visibilityTimeoutSeconds: 180,
  maxReceiveCount: 5,
} as const;

export const queueRoutes: readonly QueueRoute[] = [
  {
    name: "ai-replies.fifo",
    fifo: true,
    urlEnv: "AI_REPLIES_QUEUE_URL",
    handler: "functions/workers/ai-reply.handler",
    ...workerDelivery,
    /** Replies go out through the providers with the tenant's credentials; the AI is called. */
    grants: {
      table: ["read", "write"],
      secrets: ["DATA_KEY", "OPENAI_API_KEY"],
      feeds: [],
      publishes: true,
      aiSettings: true,
      callsProviders: true,
    },
  },
  {
    // Large Meta deliveries, one message per item grouped by customer, so each conversation's
    // items are stored in the order Meta sent them (webhook/meta-queue.ts).
    name: "meta-deliveries.fifo",
    fifo: true,
    urlEnv: "META_DELIVERIES_QUEUE_URL",
    handler: "functions/workers/meta-delivery.handler",
    ...workerDelivery,
    /** Stores what the webhook verified; then as after any inbound message: its follow-ups. */
    grants: {
      table: ["read", "write"],
      secrets: [],
      feeds: ["inbound-follow-ups", "ai-replies.fifo"],
      publishes: true,
      aiSettings: true,
    },
  },
  {
    // What follows a stored customer message off the webhook's path when more than its AI turn
    // is due: the AI request, automatic insights (message/follow-ups.ts). Each is idempotent: no
    // FIFO needed.
    name: "inbound-follow-ups",
    fifo: false,
    urlEnv: "FOLLOW_UPS_QUEUE_URL",
    handler: "functions/workers/follow-ups.handler",
    ...workerDelivery,
    grants: {
      table: ["read", "write"],
      secrets: [],
      feeds: ["ai-replies.fifo", "insights"],
      publishes: false,
    },
  },
  {
    name: "insights",
    fifo: false,
    urlEnv: "INSIGHTS_QUEUE_URL",
    handler: "functions/workers/insights.handler",
    ...workerDelivery,
    /** The model's analysis (or the local analyzer's), stored and published. */
    grants: {
      table: ["read", "write"],
      secrets: ["OPENAI_API_KEY"],
      feeds: [],
      publishes: true,
      aiSettings: true,
    },
  },
];

/**
 * A Lambda event-filtering pattern (the subset used here): each key's array lists the values one
 * of which must be there (`{exists: true}`: any value); a nested object narrows a nested field.
 */
export type FilterPattern = { [key: string]: FilterPattern | readonly FilterValue[] };
export type FilterValue = string | { exists: boolean };

export interface StreamRoute {
  name: string;
  handler: string;
  batchSize: number;
  /** A record reaches the handler when it matches any of these (AWS: the mapping's FilterCriteria). */
  filters: readonly FilterPattern[];
  /** Retries of a failing batch before its records go to the dead-letter queue. */
  retryAttempts: number;
  grants: FunctionGrants;
}

/** The table's stream and its consumers (AWS: an event source mapping; locally a stream poller). */
export const streamRoutes: readonly StreamRoute[] = [
  {
    name: "search-index",
    handler: "functions/streams/index-search.handler",
    batchSize: 100,
    filters: [
      // Conversations created or changed, and removed conversations and messages.
      {
        eventName: ["INSERT", "MODIFY"],
        dynamodb: { NewImage: { type: { S: ["conversation"] } } },
      },
      {
        eventName: ["REMOVE"],
        dynamodb: { OldImage: { type: { S: ["conversation", "message"] } } },
      },
      // New messages with text.
      {
        eventName: ["INSERT"],
        dynamodb: { NewImage: { type: { S: ["message"] }, text: { S: [{ exists: true }] } } },
      },
    ],
    retryAttempts: 5,
    /** Index items and contacts are written; a contact's name given to a conversation is published. */
    grants: { table: ["read", "write"], secrets: [], feeds: [], publishes: true },
  },
];

/** Whether a record matches a filter pattern, as Lambda's event filtering decides. */
export function matchesFilter(pattern: FilterPattern, value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const fields = value as Record<string, unknown>;
  return Object.entries(pattern).every(([key, wanted]) => {
    const actual = fields[key];
    if (!Array.isArray(wanted)) return matchesFilter(wanted as FilterPattern, actual);
    return wanted.some((option: FilterValue) =>
      typeof option === "string" ? actual === option : (actual !== undefined) === option.exists,
    );
  });
}
