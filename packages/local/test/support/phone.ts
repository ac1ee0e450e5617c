import { inject } from "vitest";
import { api, type TestTenant } from "./api";

// biome-ignore lint/suspicious/noExplicitAny: tests read the phone's JSON freely; shapes are asserted
export type Json = any;

/** The sandbox phone's JSON API (`/sandbox/phone/api…`); a string body is sent as it is. */
export async function phone(path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${inject("baseUrl")}/sandbox/phone/api${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** What the phone shows of one customer's thread with one business number. */
export const thread = async (number: string, customer: string) =>
  (
    await phone(
      `/thread?number=${encodeURIComponent(number)}&customer=${encodeURIComponent(customer)}`,
    )
  ).body.items as Json[];

/** The tenant's conversations, newest activity first (the API's first page). */
export const conversations = async (tenant: TestTenant) =>
  (await api(`/api/t/${tenant.slug}/whatsapp/conversations`, { token: tenant.token })).body
    .items as Json[];
