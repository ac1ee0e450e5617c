import type { RealtimeTicket } from "@helios/contracts";
import type { Actor } from "../access/actor";
import type { Session } from "../auth/token";
import { unauthorized } from "../errors/app-error";
import { hashLinkToken, newLinkToken } from "../tokens/link-token";
import { rememberLastTenant } from "../user/repository";
import { putTicket, type TicketItem, takeTicket } from "./repository";

/** A ticket opens one WebSocket within this many seconds, once. */
export const TICKET_TTL_SECONDS = 30;

/**
 * Issues a single-use ticket for the caller's session in the caller's workspace. Opening a
 * workspace's live view is what "using" it means: it becomes the user's last workspace.
 */
export async function issueTicket(
  actor: Actor,
  session: Session & { lastTenant?: string },
): Promise<RealtimeTicket> {
  if (session.lastTenant !== actor.slug) await rememberLastTenant(actor.userId, actor.slug);
  const { token, hash } = newLinkToken();
  const expiresAt = Math.floor(Date.now() / 1000) + TICKET_TTL_SECONDS;
  const item: TicketItem = {
    userId: actor.userId,
    tenantId: actor.tenantId,
    slug: actor.slug,
    sessionId: session.sessionId,
    sessionVersion: session.version,
    sessionExpiresAt: session.expiresAt,
    expiresAt,
  };
  await putTicket(hash, item);
  return { ticket: token, expiresAt: new Date(expiresAt * 1000).toISOString() };
}

/** Takes a ticket out of the table (so it cannot be used twice) and returns what it grants. */
export async function redeemTicket(ticket: string | undefined): Promise<TicketItem> {
  const refused = unauthorized("This realtime ticket is not valid: request a new one");
  if (!ticket || ticket.length > 200) throw refused;
  const item = await takeTicket(hashLinkToken(ticket));
  if (!item) throw refused;
  // DynamoDB's TTL deletes late (DynamoDB Local never does): the expiry is checked here.
  if (item.expiresAt <= Math.floor(Date.now() / 1000))
    throw unauthorized("This realtime ticket has expired: request a new one");
  return item;
}
