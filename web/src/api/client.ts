import { markAccessEnded } from "../app/access-ended";
import { clearSession, getToken } from "../auth/session";
import { config } from "../config";
import { ApiError } from "./api-error";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal;
  /** Send the session's token (default true). */
  auth?: boolean;
  /** Let the request finish even if the page goes away (sign-out). */
  keepalive?: boolean;
}

/**
 * Calls the API at `path` (relative to `/api`, e.g. `/auth/login`) and returns the parsed JSON.
 * Non-2xx answers throw an `ApiError`. A 401 on an authenticated call ends the session, which sends
 * the user to sign in (see `RequireAuth`), keeping where they were.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = "GET", body, signal, auth = true, keepalive } = options;
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = auth ? getToken() : null;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(`${config.apiBaseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      keepalive,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiError.network();
  }

  const data = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && token) clearSession("expired");
    const error = ApiError.fromBody(response.status, data);
    noticeAccessEnded(path, error);
    throw error;
  }
  return data as T;
}

/**
 * A workspace call refused because the caller is no longer a member (removed meanwhile): the shell
 * says their access ended, whichever request found out first.
 */
function noticeAccessEnded(path: string, error: ApiError): void {
  if (error.status !== 403 || error.code !== "not_a_member") return;
  const slug = /^\/t\/([^/?]+)/.exec(path)?.[1];
  if (slug) markAccessEnded(decodeURIComponent(slug));
}

/** A binary resource of the API (an attachment) as a Blob, with the session's token. */
export async function apiBlob(path: string, signal?: AbortSignal): Promise<Blob> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(`${config.apiBaseUrl}${path}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiError.network();
  }
  if (!response.ok) {
    if (response.status === 401 && token) clearSession("expired");
    throw ApiError.fromBody(response.status, await readJson(response));
  }
  return response.blob();
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
