import { createHash } from "node:crypto";
import { fillTemplate, templateVariables } from "@helios/contracts";

/**
 * The message templates every sandbox account (Twilio) and business account (Meta) has: a few
 * approved ones with variables, one without, one pending and one rejected, as a business sees them
 * in Twilio's Content Template Builder or WhatsApp Manager.
 */
export interface SandboxTemplate {
  name: string;
  language: string;
  /** As the providers spell it: `UTILITY`, `MARKETING`. */
  category: "UTILITY" | "MARKETING";
  status: "approved" | "pending" | "rejected";
  rejectionReason?: string;
  body: string;
  /** Sample values, as a template is submitted with them. */
  samples: Record<string, string>;
}

export const SANDBOX_TEMPLATES: readonly SandboxTemplate[] = [
  {
    name: "order_update",
    language: "en",
    category: "UTILITY",
    status: "approved",
    body: "Hi {{1}}, your order {{2}} is on its way. Reply here if you have any questions.",
    samples: { "1": "Ana", "2": "#1042" },
  },
  {
    name: "appointment_reminder",
    language: "en",
    category: "UTILITY",
    status: "approved",
    body: "Hello {{1}}, this is a reminder of your appointment on {{2}} at {{3}}. Reply to change it.",
    samples: { "1": "Ana", "2": "March 3", "3": "10:00" },
  },
  {
    name: "follow_up",
    language: "en",
    category: "UTILITY",
    status: "approved",
    body: "Hi {{1}}, we have an update on your request. Reply to this message to continue the conversation.",
    samples: { "1": "Ana" },
  },
  {
    name: "conversation_restart",
    language: "en",
    category: "UTILITY",
    status: "approved",
    body: "Thanks for contacting us. Reply to this message and we will continue where we left off.",
    samples: {},
  },
  {
    name: "spring_sale",
    language: "en",
    category: "MARKETING",
    status: "pending",
    body: "Hi {{1}}, our spring sale starts on {{2}}: everything 20% off.",
    samples: { "1": "Ana", "2": "April 1" },
  },
  {
    name: "loyalty_offer",
    language: "en",
    category: "MARKETING",
    status: "rejected",
    rejectionReason: "INVALID_FORMAT",
    body: "{{1}}% OFF!!! Click now {{2}}",
    samples: { "1": "50", "2": "https://example.com" },
  },
];

/** `sha256(seed)` as hex: the sandbox's ids are stable for an account. */
export const derivedHex = (seed: string, length = 32) =>
  createHash("sha256").update(seed).digest("hex").slice(0, length);

/** The body with its variables filled, or what is missing / extra (the provider refuses those). */
export function renderTemplate(
  template: SandboxTemplate,
  variables: Record<string, string>,
): { text: string } | { missing: string[] } {
  const keys = templateVariables(template.body);
  const missing = keys.filter((key) => !variables[key]?.trim());
  if (missing.length > 0) return { missing };
  return { text: fillTemplate(template.body, variables) };
}
