import { type Template, type TemplateStatus, templateVariables } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { fromTwilioError } from "../provider/twilio/api";
import type { TwilioCredentials } from "../provider/twilio/client";
import { twilioContent } from "../provider/twilio/content";

/** Content types whose `body` is the text WhatsApp shows (a card's is its title). */
const ContentTypes = z.record(
  z.string(),
  z.looseObject({ body: z.optional(z.string()), title: z.optional(z.string()) }),
);

const WhatsAppApproval = z.looseObject({
  name: z.optional(z.string()),
  category: z.optional(z.string()),
  status: z.optional(z.string()),
  rejection_reason: z.optional(z.string()),
});

/**
 * The WhatsApp request of ContentAndApprovals' `approval_requests`: per channel
 * (`{whatsapp: {…}}`), or the request itself on older answers (`{name, category, status, …}`).
 */
function whatsappApproval(value: unknown): z.infer<typeof WhatsAppApproval> | undefined {
  const perChannel = z.object({ whatsapp: WhatsAppApproval }).safeParse(value);
  if (perChannel.success) return perChannel.data.whatsapp;
  const flat = WhatsAppApproval.safeParse(value);
  return flat.success ? flat.data : undefined;
}

const STATUSES: Record<string, TemplateStatus> = {
  approved: "approved",
  pending: "pending",
  received: "pending",
  rejected: "rejected",
  paused: "paused",
  disabled: "disabled",
  unsubmitted: "unsubmitted",
};

export const templateStatusOf = (status: string | undefined): TemplateStatus =>
  STATUSES[(status ?? "unsubmitted").toLowerCase()] ?? "unknown";

function bodyOf(types: unknown): string {
  const parsed = ContentTypes.safeParse(types);
  if (!parsed.success) return "";
  for (const content of Object.values(parsed.data)) {
    const text = content.body ?? content.title;
    if (text) return text;
  }
  return "";
}

/** One ContentAndApprovals item as Helios's template. */
export function twilioTemplate(item: {
  sid: string;
  friendlyName: string;
  language: string;
  types: unknown;
  approvalRequests: unknown;
}): Template {
  const request = whatsappApproval(item.approvalRequests);
  const body = bodyOf(item.types);
  const rejection = request?.rejection_reason?.trim();
  return {
    id: item.sid,
    name: request?.name || item.friendlyName,
    language: item.language,
    category: (request?.category ?? "").toLowerCase(),
    status: templateStatusOf(request?.status),
    ...(rejection ? { rejectionReason: rejection } : {}),
    body,
    variables: templateVariables(body),
  };
}

/** The account's Content API templates with their WhatsApp approval (the SDK follows the paging). */
export async function listTwilioTemplates(
  credentials: TwilioCredentials,
  pageSize = 100,
): Promise<Template[]> {
  try {
    const items = await twilioContent(credentials).v1.contentAndApprovals.list({
      pageSize,
      limit: 1000,
    });
    return items.map(twilioTemplate);
  } catch (error) {
    throw fromTwilioError(error);
  }
}
