import { type PathParams, type RouteId, type Routes, routes } from "@helios/contracts/routes";
import type { z } from "zod/mini";
import { markAccessEnded } from "../app/access-ended";
import { clearSession, getToken } from "../auth/session";
import { config } from "../config";
import { ApiError } from "./api-error";

type Spec<Id extends RouteId> = Routes[Id];

/** What a call answers: the response schema's output, a Blob for bytes, nothing on 204. */
export type CallResult<Id extends RouteId> =
  Spec<Id> extends { responseType: "binary" | "csv" }
    ? Blob
    : Spec<Id> extends { status: 204 }
      ? undefined
      : Spec<Id> extends { response: infer S extends z.ZodMiniType }
        ? z.output<S>
        : unknown;

type ParamsOption<P extends string> = [keyof PathParams<P>] extends [never]
  ? { params?: undefined }
  : { params: PathParams<P> };
type BodyOption<S> = S extends { request: infer B extends z.ZodMiniType }
  ? { body: z.input<B> }
  : { body?: undefined };
/** Query parameters by the schema's names; empty values are left out of the URL. */
type QueryOption<S> = S extends { query: infer Q extends z.ZodMiniObject }
  ? { query?: { [K in keyof Q["shape"]]?: string | number | boolean } }
  : { query?: undefined };

export type CallOptions<Id extends RouteId> = ParamsOption<Spec<Id>["path"]> &
  BodyOption<Spec<Id>> &
  QueryOption<Spec<Id>> & {
    signal?: AbortSignal;
    /** Send the session's token (default: unless the route is public). */
    auth?: boolean;
    /** Let the request finish even if the page goes away (sign-out). */
    keepalive?: boolean;
  };

/** The options may be left out when none is required (no path parameter, no body). */
type CallArgs<Id extends RouteId> =
  Record<never, never> extends CallOptions<Id>
    ? [options?: CallOptions<Id>]
    : [options: CallOptions<Id>];

interface LooseOptions {
  params?: Record<string, string>;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  auth?: boolean;
  keepalive?: boolean;
}

/** The route's path with its parameters filled in (URL-encoded) and its query, under the API base. */
function urlOf(id: RouteId, options: Pick<LooseOptions, "params" | "query"> = {}): string {
  const path = routes[id].path
    .replace(/^\/api/, "")
    .replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ""));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return `${config.apiBaseUrl}${path}${text ? `?${text}` : ""}`;
}

/**
 * Calls a route of the table by its operation id, e.g.
 * `call("agents/update", { params: { tenant, agentId }, body })`: the params come from the path,
 * the body from the request schema, the answer from the response schema. Non-2xx answers throw an
 * `ApiError`. A 401 on an authenticated call ends the session, which sends the user to sign in
 * (see `RequireAuth`), keeping where they were.
 */
export async function call<Id extends RouteId>(
  id: Id,
  ...[options]: CallArgs<Id>
): Promise<CallResult<Id>> {
  const spec = routes[id];
  const { body, signal, keepalive, params, auth } = (options ?? {}) as LooseOptions;
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = (auth ?? spec.access !== "public") ? getToken() : null;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(urlOf(id, options as LooseOptions), {
      method: spec.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      keepalive,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiError.network();
  }

  if (!response.ok) {
    if (response.status === 401 && token) clearSession("expired");
    const error = ApiError.fromBody(response.status, await readJson(response));
    noticeAccessEnded(params?.tenant, error);
    throw error;
  }
  const binary =
    "responseType" in spec && (spec.responseType === "binary" || spec.responseType === "csv");
  return (binary ? await response.blob() : await readJson(response)) as CallResult<Id>;
}

/**
 * A workspace call refused because the caller is no longer a member (removed meanwhile): the shell
 * says their access ended, whichever request found out first.
 */
function noticeAccessEnded(tenant: string | undefined, error: ApiError): void {
  if (error.status !== 403 || error.code !== "not_a_member") return;
  if (tenant) markAccessEnded(tenant);
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text().catch(() => "");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
