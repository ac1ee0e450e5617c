import { randomUUID } from "node:crypto";
import { inject } from "vitest";

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A JSON request to the running local cloud, as the web app or a tenant's own tool would make. */
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely; the API schemas are checked elsewhere
export async function api<T = any>(
  path: string,
  options: {
    method?: string;
    body?: unknown;
    token?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${inject("baseUrl")}${path}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  // JSON answers are parsed; any other (a CSV export) is its text.
  const json = response.headers.get("content-type")?.includes("json") ?? true;
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (json ? JSON.parse(text) : text) : undefined,
  };
}

export const uniqueEmail = (name = "user") => `${name}-${randomUUID().slice(0, 8)}@example.com`;
export const PASSWORD = "a long enough password";

export interface TestTenant {
  token: string;
  slug: string;
  userId: string;
  email: string;
}

/** Signs up a new user with a new tenant of their own. */
export async function newTenant(name = `Shop ${randomUUID().slice(0, 8)}`): Promise<TestTenant> {
  const email = uniqueEmail("owner");
  const { status, body } = await api("/api/auth/signup", {
    body: { email, password: PASSWORD, name: "Owner", tenantName: name },
  });
  if (status !== 201) throw new Error(`signup failed: ${status} ${JSON.stringify(body)}`);
  return { token: body.token, slug: body.tenant.slug, userId: body.user.id, email };
}

/** Adds a member with a role to a tenant and signs them in. */
export async function newMember(
  tenant: TestTenant,
  role: "owner" | "admin" | "agent",
): Promise<TestTenant> {
  const email = uniqueEmail(role);
  const added = await api(`/api/t/${tenant.slug}/members`, {
    token: tenant.token,
    body: { email, name: `The ${role}`, role, password: PASSWORD },
  });
  if (added.status !== 201)
    throw new Error(`add member failed: ${added.status} ${JSON.stringify(added.body)}`);
  const login = await api("/api/auth/login", { body: { email, password: PASSWORD } });
  return { token: login.body.token, slug: tenant.slug, userId: added.body.userId, email };
}
