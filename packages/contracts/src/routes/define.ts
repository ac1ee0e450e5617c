import type { z } from "zod/mini";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Who may call a route. The handler's wrapper follows it (no token, an optional token, a valid
 * token, a membership of the path's workspace); core stays the enforcer of roles, and the role
 * matrix test checks "manager" (owner or admin) against real answers.
 * - `provider`: a provider's webhook, refused unless signed with the number's secret.
 */
export type Access = "public" | "provider" | "optional-user" | "signed-in" | "member" | "manager";

export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway route path, with `{param}` placeholders. */
  path: string;
  summary: string;
  access: Access;
  /** What the access rule leaves unsaid, for the API document (e.g. who may grant owner). */
  accessNote?: string;
  /** Path parameters validated beyond "present" (each on its own, e.g. a link's token). */
  params?: Record<string, z.ZodMiniType<string>>;
  /** The query string's parameters (all optional strings on the wire). */
  query?: z.ZodMiniObject;
  /** The JSON body, validated before the use case runs. */
  request?: z.ZodMiniType;
  /** The JSON answer on success. */
  response?: z.ZodMiniType;
  /** Success status; 204 answers no body. */
  status: number;
  /**
   * Bodies that are not JSON: a provider's form post or raw bytes (whose signature covers them as
   * sent), and answers that are not JSON (an attachment's bytes, TwiML, a plain-text challenge).
   */
  requestType?: "form" | "raw";
  responseType?: "binary" | "xml" | "text" | "csv";
  /** Left out of the API document (the document itself, provider webhooks). */
  documented?: false;
}

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** `"/api/t/{tenant}/agents/{agentId}"` → `{ tenant: string; agentId: string }`. */
export type PathParams<P extends string> = { [K in ParamNames<P>]: string };

/** An area's routes, keyed by operation id (the handler's file under functions/http). */
export const defineRoutes = <const T extends Record<string, RouteSpec>>(routes: T): T => routes;

/** The names of a path's `{param}` placeholders, in order. */
export const paramNamesOf = (path: string): string[] =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name ?? "");

/**
 * Where an operation's handler lives, by convention: `"agents/create"` →
 * `functions/http/agents/create.handler`; webhooks → `functions/webhooks/<name>.handler`.
 */
export const handlerOf = (operationId: string): string =>
  operationId.startsWith("webhooks/")
    ? `functions/${operationId}.handler`
    : `functions/http/${operationId}.handler`;
