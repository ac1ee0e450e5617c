import {
  type Access,
  type PathParams,
  paramNamesOf,
  type RouteSpec,
} from "@helios/contracts/routes/define";
import type { Actor } from "@helios/core/access/actor";
import { clearCaches } from "@helios/core/cache/caches";
import { parseInput } from "@helios/core/errors/validation";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import type { z } from "zod/mini";
import { optionalUserRoute, publicRoute, type SignedIn, tenantRoute, userRoute } from "./handler";
import { jsonBody, pathParameter } from "./request";
import { type HttpResult, json, noContent } from "./response";

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** Who called, as the route's access establishes it. */
type Caller<A extends Access> = A extends "member" | "manager"
  ? { actor: Actor; session: SignedIn }
  : A extends "signed-in"
    ? { userId: string; session: SignedIn }
    : A extends "optional-user"
      ? { session: SignedIn | undefined }
      : unknown;

export type RouteInput<R extends RouteSpec> = {
  event: APIGatewayProxyEventV2;
  params: PathParams<R["path"]>;
  query: Parsed<R["query"]>;
  body: Parsed<R["request"]>;
} & Caller<R["access"]>;

/** What the use case answers: the response schema's shape, nothing on 204, a whole result otherwise. */
type Answer<R extends RouteSpec> = R["responseType"] extends string
  ? HttpResult
  : R["status"] extends 204
    ? // biome-ignore lint/suspicious/noConfusingVoidType: a 204's use case is a `Promise<void>`.
      void
    : R["response"] extends z.ZodMiniType
      ? z.input<R["response"]>
      : unknown;

const OTHER_STATUS = Symbol("other status");
interface OtherStatus {
  [OTHER_STATUS]: HttpResult;
}

/** An answer outside the route's success status (the health check's 503). */
export const otherStatus = (result: HttpResult): OtherStatus => ({ [OTHER_STATUS]: result });

type Fn<R extends RouteSpec> = (input: RouteInput<R>) => Promise<Answer<R> | OtherStatus>;
type With<A extends Access> = RouteSpec & { access: A };

/**
 * Runs a route table entry's handler: the path, query and body are parsed with the entry's schemas
 * (in that order), and the answer goes out with its status. Errors map to responses in one place
 * (`publicRoute`).
 */
function runner<R extends RouteSpec>(spec: R, allowed: readonly Access[], fn: Fn<R>) {
  // A handler bound with the wrong kind of caller fails at load (and at compile time).
  if (!allowed.includes(spec.access)) throw new Error(`${spec.path} is ${spec.access}`);
  const names = paramNamesOf(spec.path);
  return async (event: APIGatewayProxyEventV2, caller: object): Promise<HttpResult> => {
    const params: Record<string, string> = {};
    for (const name of names) {
      const raw = pathParameter(event, name);
      const schema = spec.params?.[name];
      params[name] = schema ? parseInput(schema, raw) : raw;
    }
    const query = spec.query
      ? parseInput(spec.query, event.queryStringParameters ?? {})
      : undefined;
    const body = spec.request ? jsonBody(event, spec.request) : undefined;
    let answer: Awaited<ReturnType<Fn<R>>>;
    try {
      answer = await fn({ event, params, query, body, ...caller } as RouteInput<R>);
    } finally {
      // What this function wrote (a logout, a password change, a deleted number) holds from its next
      // request on; other functions see it when their caches' TTL runs out (at most 2 s for sessions).
      // Provider webhooks change nothing cached, and keep their warm lookups.
      if (spec.method !== "GET" && spec.access !== "provider") clearCaches();
    }
    if (typeof answer === "object" && answer !== null && OTHER_STATUS in answer) {
      return answer[OTHER_STATUS];
    }
    if (spec.responseType) return answer as HttpResult;
    return spec.status === 204 ? noContent() : json(spec.status, answer);
  };
}

/*
 * One binder per kind of caller, each taking only entries of its access: a bundle then holds the
 * authentication code only where a route needs it (the public and webhook functions have none).
 */

/** A public entry, or a provider's webhook (whose handler checks the signature). */
export function publicHandler<R extends With<"public" | "provider">>(spec: R, fn: Fn<R>) {
  const run = runner(spec, ["public", "provider"], fn);
  return publicRoute(({ event }) => run(event, {}));
}

/** An entry any caller may use, that knows a signed-in caller by their token. */
export function optionalUserHandler<R extends With<"optional-user">>(spec: R, fn: Fn<R>) {
  const run = runner(spec, ["optional-user"], fn);
  return optionalUserRoute(({ event, session }) => run(event, { session }));
}

/** An entry for any signed-in user. */
export function userHandler<R extends With<"signed-in">>(spec: R, fn: Fn<R>) {
  const run = runner(spec, ["signed-in"], fn);
  return userRoute(({ event, userId, session }) => run(event, { userId, session }));
}

/** An entry under /api/t/{tenant}: the caller must be a member; core checks the role. */
export function tenantHandler<R extends With<"member" | "manager">>(spec: R, fn: Fn<R>) {
  const run = runner(spec, ["member", "manager"], fn);
  return tenantRoute(({ event, actor, session }) => run(event, { actor, session }));
}
