import type {
  CreateNumberBody,
  UpdateNumberBody,
  WhatsAppNumber,
  WhatsAppNumberList,
} from "@helios/contracts";
import { api } from "./client";

function numbersPath(tenant: string, numberId?: string): string {
  const base = `/t/${encodeURIComponent(tenant)}/whatsapp/numbers`;
  return numberId ? `${base}/${encodeURIComponent(numberId)}` : base;
}

export function listNumbers(tenant: string, signal?: AbortSignal): Promise<WhatsAppNumberList> {
  return api<WhatsAppNumberList>(numbersPath(tenant), { signal });
}

export function createNumber(tenant: string, body: CreateNumberBody): Promise<WhatsAppNumber> {
  return api<WhatsAppNumber>(numbersPath(tenant), { method: "POST", body });
}

export function updateNumber(
  tenant: string,
  numberId: string,
  body: UpdateNumberBody,
): Promise<WhatsAppNumber> {
  return api<WhatsAppNumber>(numbersPath(tenant, numberId), { method: "PATCH", body });
}

export function deleteNumber(tenant: string, numberId: string): Promise<void> {
  return api<void>(numbersPath(tenant, numberId), { method: "DELETE" });
}
