import * as z from "./zod";

/**
 * A WhatsApp message template of a number's provider, normalized: Twilio's Content API template
 * (`id` = ContentSid `HX…`) or Meta's message template (`id` = Meta's template id). Only an
 * `approved` one can be sent.
 */
export const TemplateStatus = z.enum([
  "approved",
  "pending",
  "rejected",
  "paused",
  "disabled",
  "unsubmitted",
  "unknown",
]);
export type TemplateStatus = z.infer<typeof TemplateStatus>;

export const Template = z.object({
  id: z.string(),
  name: z.string(),
  language: z.string(),
  /** `utility`, `marketing`, `authentication` (lower case), or "" when the provider gives none. */
  category: z.string(),
  status: TemplateStatus,
  /** Why WhatsApp rejected it, when it did. */
  rejectionReason: z.optional(z.string()),
  /** The body text with its placeholders (`Hi {{1}}, your order {{2}} …`). */
  body: z.string(),
  /** The placeholders' keys in order of first appearance (`["1", "2"]` or `["name"]`). */
  variables: z.array(z.string()),
});
export type Template = z.infer<typeof Template>;

export const TemplateList = z.object({ items: z.array(Template) });
export type TemplateList = z.infer<typeof TemplateList>;

export const ListTemplatesQuery = z.object({
  /** `true` skips the short cache and asks the provider again. */
  refresh: z.pipe(
    z.optional(z.enum(["true", "false", "1", "0"])),
    z.transform((value) => value === "true" || value === "1"),
  ),
});
export type ListTemplatesQuery = z.infer<typeof ListTemplatesQuery>;

/** `{{1}}`, `{{ name }}`: a placeholder of a template body (Twilio's and Meta's syntax). */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The keys of a body's placeholders, each once, in order of first appearance. */
export function templateVariables(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))].filter(
    (key) => key !== "",
  );
}

/**
 * The body with each placeholder replaced by its variable; a placeholder without a (non-blank)
 * value stays as written, so a preview shows what is still to fill.
 */
export function fillTemplate(body: string, variables: Readonly<Record<string, string>>): string {
  return body.replace(PLACEHOLDER, (placeholder, key: string) => {
    const value = variables[key];
    return value?.trim() ? value : placeholder;
  });
}

/** The template's variables that have no (non-blank) value: each must be filled before sending. */
export function missingVariables(
  template: Pick<Template, "variables">,
  variables: Readonly<Record<string, string>>,
): string[] {
  return template.variables.filter((key) => !variables[key]?.trim());
}

const VariableValue = z.string().check(
  z.maxLength(1024, "A template variable is at most 1,024 characters"),
  z.refine(
    (value) => !/[\n\t]| {5,}/.test(value),
    "Use no line breaks, tabs or long runs of spaces",
  ),
);

export const TemplateRef = z.object({
  id: z.string().check(z.trim(), z.minLength(1, "Choose a template")),
  variables: z._default(z.record(z.string().check(z.regex(/^[A-Za-z0-9_]+$/)), VariableValue), {}),
});
export type TemplateRef = z.infer<typeof TemplateRef>;

/** `whatsapp:+E164`, or `whatsapp:` and a business-scoped user id (`US.…`) Helios has seen. */
export const CUSTOMER_ADDRESS = /^whatsapp:(\+[1-9]\d{7,14}|[A-Z]{2}\.[A-Za-z0-9.]{1,140})$/;

export const StartConversationBody = z.object({
  numberId: z.string().check(z.trim(), z.minLength(1, "Choose the number to write from")),
  to: z
    .string()
    .check(
      z.trim(),
      z.regex(
        CUSTOMER_ADDRESS,
        "Use the format whatsapp:+1234567890 (country code and number, 8–15 digits)",
      ),
    ),
  template: TemplateRef,
});
export type StartConversationBody = z.infer<typeof StartConversationBody>;
