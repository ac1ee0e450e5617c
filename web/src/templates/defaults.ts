import type { Template } from "@helios/contracts";

/** A variable that stands for the customer's name: named so, or `{{1}}` right after a greeting. */
export function isNameVariable(template: Pick<Template, "body">, key: string): boolean {
  if (/name/i.test(key)) return true;
  const greeting = new RegExp(
    `^\\s*(hi|hello|hey|dear|hola|ol[aá]|oi|bonjour|hallo|ciao)\\s*,?\\s*\\{\\{\\s*${key}\\s*\\}\\}`,
    "i",
  );
  return greeting.test(template.body);
}

/** The values a template's variables start with: the customer's name where the template says so. */
export function defaultVariables(
  template: Pick<Template, "body" | "variables">,
  customerName: string | undefined,
): Record<string, string> {
  return Object.fromEntries(
    template.variables.map((key) => [
      key,
      customerName && isNameVariable(template, key) ? customerName : "",
    ]),
  );
}

export const STATUS_LABELS: Record<Template["status"], string> = {
  approved: "Approved",
  pending: "Waiting for approval",
  rejected: "Rejected",
  paused: "Paused by WhatsApp",
  disabled: "Disabled by WhatsApp",
  unsubmitted: "Not submitted",
  unknown: "Unknown status",
};
