import { type Template, templateVariables } from "@helios/contracts";
import * as z from "@helios/contracts/zod";
import { graphRequest } from "../provider/meta/api";
import { templateStatusOf } from "./twilio-content";

const MetaTemplate = z.looseObject({
  id: z.string(),
  name: z.string(),
  language: z.string(),
  status: z.optional(z.string()),
  category: z.optional(z.string()),
  rejected_reason: z.optional(z.string()),
  components: z._default(
    z.array(z.looseObject({ type: z.string(), text: z.optional(z.string()) })),
    [],
  ),
});

const TemplatePage = z.object({
  data: z.array(MetaTemplate),
  paging: z.optional(
    z.object({
      cursors: z.optional(z.object({ after: z.optional(z.string()) })),
      next: z.optional(z.string()),
    }),
  ),
});

/** One Graph message template as Helios's template (its BODY component is the text). */
export function metaTemplate(item: z.infer<typeof MetaTemplate>): Template {
  const body = item.components.find((component) => component.type.toUpperCase() === "BODY");
  const text = body?.text ?? "";
  const rejection =
    item.rejected_reason && item.rejected_reason !== "NONE" ? item.rejected_reason : undefined;
  return {
    id: item.id,
    name: item.name,
    language: item.language,
    category: (item.category ?? "").toLowerCase(),
    status: templateStatusOf(item.status),
    ...(rejection ? { rejectionReason: rejection } : {}),
    body: text,
    variables: templateVariables(text),
  };
}

const FIELDS = "id,name,language,status,category,components,rejected_reason";
/** Enough for any real business (Meta allows 250 templates per account, 6,000 with a verified one). */
const MAX_PAGES = 20;

/** `GET /{waba-id}/message_templates`, following `paging.cursors.after` while there is a `next`. */
export async function listMetaTemplates(input: {
  businessAccountId: string;
  accessToken: string;
  pageSize?: number;
}): Promise<Template[]> {
  const templates: Template[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ fields: FIELDS, limit: String(input.pageSize ?? 100) });
    if (after) query.set("after", after);
    const answer = await graphRequest(
      `/${encodeURIComponent(input.businessAccountId)}/message_templates?${query}`,
      input.accessToken,
      TemplatePage,
    );
    templates.push(...answer.data.map(metaTemplate));
    after = answer.paging?.next ? answer.paging.cursors?.after : undefined;
    if (!after) break;
  }
  return templates;
}
