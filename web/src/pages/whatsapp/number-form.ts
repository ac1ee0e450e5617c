import { CreateNumberBody, UpdateNumberBody, type WhatsAppNumber } from "@helios/contracts";
import { type Issue, type SaveRequest, saveSchema, withFieldPaths } from "../../forms/issues";
import type { FormSchema } from "../../forms/use-form";

export type Provider = WhatsAppNumber["provider"];

/** The modal's inputs; field names are the body's, so the server's `fields` match them. */
export type NumberFormValues = {
  displayName: string;
  provider: Provider;
  address: string;
  phoneNumberId: string;
  businessAccountId: string;
  /** Empty on edit: keep the stored one. */
  accessToken: string;
  /** Empty on edit: keep the stored one. */
  appSecret: string;
  /** An agent id, or "" for none. */
  assignedAgentId: string;
  /** "true" or "". */
  active: string;
  /** "true" or "": round-robin assignment of new conversations. */
  autoAssign: string;
};

export type NumberFormKey = keyof NumberFormValues;

export type NumberRequest = SaveRequest<CreateNumberBody, UpdateNumberBody>;

export function numberFormValues(number?: WhatsAppNumber): NumberFormValues {
  return {
    displayName: number?.displayName ?? "",
    provider: number?.provider ?? "twilio",
    address: number?.address ?? "",
    phoneNumberId: number?.phoneNumberId ?? "",
    businessAccountId: number?.businessAccountId ?? "",
    accessToken: "",
    appSecret: "",
    assignedAgentId: number?.assignedAgentId ?? "",
    active: number?.active ? "true" : "",
    autoAssign: number?.autoAssign ? "true" : "",
  };
}

/** What the server would refuse with 422 `agent_required`, said before sending. */
function agentRule(values: NumberFormValues): Issue[] {
  return values.active === "true" && !values.assignedAgentId
    ? [{ path: ["assignedAgentId"], message: "Choose an agent: an active number needs one" }]
    : [];
}

function createBody(values: NumberFormValues) {
  const common = {
    displayName: values.displayName,
    assignedAgentId: values.assignedAgentId || null,
    active: values.active === "true",
    autoAssign: values.autoAssign === "true",
  };
  if (values.provider === "twilio") {
    return { provider: "twilio", address: values.address, ...common };
  }
  return {
    provider: "meta",
    phoneNumberId: values.phoneNumberId,
    businessAccountId: values.businessAccountId.trim() || undefined,
    accessToken: values.accessToken,
    appSecret: values.appSecret.trim() || undefined,
    ...common,
  };
}

/** Only what changed; an empty token or secret keeps the stored one. */
function changes(number: WhatsAppNumber, values: NumberFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (values.displayName.trim() !== number.displayName) body.displayName = values.displayName;
  if (number.provider === "twilio") {
    if (values.address.trim() !== (number.address ?? "")) body.address = values.address;
  } else {
    if (values.phoneNumberId.trim() !== (number.phoneNumberId ?? "")) {
      body.phoneNumberId = values.phoneNumberId;
    }
    const businessAccountId = values.businessAccountId.trim() || null;
    if (businessAccountId !== (number.businessAccountId ?? null)) {
      body.businessAccountId = businessAccountId;
    }
    if (values.accessToken.trim()) body.accessToken = values.accessToken;
    if (values.appSecret.trim()) body.appSecret = values.appSecret;
  }
  const assignedAgentId = values.assignedAgentId || null;
  if (assignedAgentId !== number.assignedAgentId) body.assignedAgentId = assignedAgentId;
  const active = values.active === "true";
  if (active !== number.active) body.active = active;
  const autoAssign = values.autoAssign === "true";
  if (autoAssign !== (number.autoAssign ?? false)) body.autoAssign = autoAssign;
  return body;
}

/** Checks the modal with the contract: the full body to connect, the changes to edit `number`. */
export function numberFormSchema(number?: WhatsAppNumber): FormSchema<NumberRequest> {
  return saveSchema(
    number,
    (values: NumberFormValues) =>
      withFieldPaths(CreateNumberBody.safeParse(createBody(values)), agentRule(values)),
    (existing, values) =>
      withFieldPaths(UpdateNumberBody.safeParse(changes(existing, values)), agentRule(values)),
  );
}
