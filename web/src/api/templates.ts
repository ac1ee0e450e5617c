import type { Conversation, StartConversationBody, TemplateList } from "@helios/contracts";
import { api } from "./client";

/** A number's templates (approved, pending, rejected); `refresh` asks the provider again. */
export function listTemplates(
  tenant: string,
  numberId: string,
  refresh = false,
  signal?: AbortSignal,
): Promise<TemplateList> {
  const path = `/t/${encodeURIComponent(tenant)}/whatsapp/numbers/${encodeURIComponent(numberId)}/templates`;
  return api<TemplateList>(`${path}${refresh ? "?refresh=true" : ""}`, { signal });
}

/** 201: the conversation with the customer (new or resumed), the template queued in it. */
export function startConversation(
  tenant: string,
  body: StartConversationBody,
): Promise<Conversation> {
  return api<Conversation>(`/t/${encodeURIComponent(tenant)}/whatsapp/conversations`, {
    method: "POST",
    body,
  });
}
