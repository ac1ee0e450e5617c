/**
 * Every entry point and the event source that drives it. The SST stacks wire these to API Gateway
 * and SQS; the local cloud feeds the very same modules the same event shapes. One list, two hosts.
 * A handler is `"<file without extension>.<export>"`, relative to the repository root (SST's format).
 */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface HttpRoute {
  method: HttpMethod;
  /** API Gateway route path, with `{param}` placeholders. */
  path: string;
  handler: string;
}

export const httpRoutes: readonly HttpRoute[] = [
  { method: "GET", path: "/api/health", handler: "functions/http/health.handler" },
  { method: "GET", path: "/api/openapi.json", handler: "functions/http/openapi.handler" },
  { method: "POST", path: "/api/auth/signup", handler: "functions/http/auth/signup.handler" },
  { method: "POST", path: "/api/auth/login", handler: "functions/http/auth/login.handler" },
  { method: "GET", path: "/api/me", handler: "functions/http/auth/me.handler" },
  {
    method: "GET",
    path: "/api/t/{tenant}/members",
    handler: "functions/http/members/list.handler",
  },
  {
    method: "POST",
    path: "/api/t/{tenant}/members",
    handler: "functions/http/members/add.handler",
  },
  {
    method: "PATCH",
    path: "/api/t/{tenant}/members/{userId}",
    handler: "functions/http/members/change-role.handler",
  },
  {
    method: "DELETE",
    path: "/api/t/{tenant}/members/{userId}",
    handler: "functions/http/members/remove.handler",
  },
  {
    method: "GET",
    path: "/api/t/{tenant}/integrations",
    handler: "functions/http/integrations/list.handler",
  },
  {
    method: "PUT",
    path: "/api/t/{tenant}/integrations/twilio",
    handler: "functions/http/integrations/connect-twilio.handler",
  },
  {
    method: "DELETE",
    path: "/api/t/{tenant}/integrations/twilio",
    handler: "functions/http/integrations/disconnect-twilio.handler",
  },
  {
    method: "GET",
    path: "/api/t/{tenant}/integrations/twilio/numbers",
    handler: "functions/http/integrations/twilio-numbers.handler",
  },
  { method: "GET", path: "/api/t/{tenant}/agents", handler: "functions/http/agents/list.handler" },
  {
    method: "POST",
    path: "/api/t/{tenant}/agents",
    handler: "functions/http/agents/create.handler",
  },
  {
    method: "GET",
    path: "/api/t/{tenant}/agents/{agentId}",
    handler: "functions/http/agents/get.handler",
  },
  {
    method: "PATCH",
    path: "/api/t/{tenant}/agents/{agentId}",
    handler: "functions/http/agents/update.handler",
  },
  {
    method: "DELETE",
    path: "/api/t/{tenant}/agents/{agentId}",
    handler: "functions/http/agents/remove.handler",
  },
  {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/numbers",
    handler: "functions/http/numbers/list.handler",
  },
  {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/numbers",
    handler: "functions/http/numbers/create.handler",
  },
  {
    method: "PATCH",
    path: "/api/t/{tenant}/whatsapp/numbers/{numberId}",
    handler: "functions/http/numbers/update.handler",
  },
  {
    method: "DELETE",
    path: "/api/t/{tenant}/whatsapp/numbers/{numberId}",
    handler: "functions/http/numbers/remove.handler",
  },
  {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/conversations",
    handler: "functions/http/conversations/list.handler",
  },
  {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}",
    handler: "functions/http/conversations/get.handler",
  },
  {
    method: "PATCH",
    path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}",
    handler: "functions/http/conversations/update.handler",
  },
  {
    method: "DELETE",
    path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}",
    handler: "functions/http/conversations/remove.handler",
  },
  {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}/read",
    handler: "functions/http/conversations/read.handler",
  },
  {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/notifications",
    handler: "functions/http/notifications/list.handler",
  },
  {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/notifications/read-all",
    handler: "functions/http/notifications/read-all.handler",
  },
  {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/notifications/{notificationId}/read",
    handler: "functions/http/notifications/read.handler",
  },
  {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}/messages",
    handler: "functions/http/conversations/messages.handler",
  },
  {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}/messages",
    handler: "functions/http/conversations/send.handler",
  },
  {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}/messages/{messageId}/retry",
    handler: "functions/http/conversations/retry.handler",
  },
  {
    method: "GET",
    path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}/messages/{messageId}/media/{index}",
    handler: "functions/http/conversations/media.handler",
  },
  {
    method: "POST",
    path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}/insights",
    handler: "functions/http/conversations/insights.handler",
  },
  {
    method: "POST",
    path: "/webhooks/twilio/{numberId}",
    handler: "functions/webhooks/twilio-message.handler",
  },
  {
    method: "POST",
    path: "/webhooks/twilio/{numberId}/status",
    handler: "functions/webhooks/twilio-status.handler",
  },
  {
    method: "GET",
    path: "/webhooks/meta/{numberId}",
    handler: "functions/webhooks/meta-verify.handler",
  },
  {
    method: "POST",
    path: "/webhooks/meta/{numberId}",
    handler: "functions/webhooks/meta-message.handler",
  },
];

export type WebSocketRouteKey = "$connect" | "$disconnect" | "$default";

export const webSocketRoutes: Readonly<Record<WebSocketRouteKey, string>> = {
  $connect: "functions/ws/connect.handler",
  $disconnect: "functions/ws/disconnect.handler",
  $default: "functions/ws/default.handler",
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
}

export const queueRoutes: readonly QueueRoute[] = [
  {
    name: "ai-replies.fifo",
    fifo: true,
    urlEnv: "AI_REPLIES_QUEUE_URL",
    handler: "functions/workers/ai-reply.handler",
    batchSize: 10,
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
  },
  {
    // Large Meta deliveries, one message per item grouped by customer, so each conversation's
    // items are stored in the order Meta sent them (webhook/meta-queue.ts).
    name: "meta-deliveries.fifo",
    fifo: true,
    urlEnv: "META_DELIVERIES_QUEUE_URL",
    handler: "functions/workers/meta-delivery.handler",
    batchSize: 10,
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
  },
  {
    name: "insights",
    fifo: false,
    urlEnv: "INSIGHTS_QUEUE_URL",
    handler: "functions/workers/insights.handler",
    batchSize: 10,
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
  },
];
