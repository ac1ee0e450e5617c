import type { RealtimeTicket } from "@helios/contracts";
import { api } from "./client";

/** A single-use ticket for one WebSocket connection to the workspace (the JWT stays out of URLs). */
export function createRealtimeTicket(tenant: string): Promise<RealtimeTicket> {
  return api<RealtimeTicket>(`/t/${encodeURIComponent(tenant)}/realtime/ticket`, {
    method: "POST",
    body: {},
  });
}
