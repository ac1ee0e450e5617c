import { fillTemplate, type Message, missingVariables, type TemplateRef } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { conversationNotFound } from "../conversation/use-cases";
import { notFound, ruleViolated, validationFailed } from "../errors/app-error";
import type { TwilioIntegrationItem } from "../integration/integration";
import { type TemplateSend, toMessage } from "../message/message";
import { chatReplyContext } from "../message/repository";
import { byPerson, numberDeleted, type OutboundText, sendText } from "../message/send";
import type { NumberItem } from "../number/number";
import { getNumber } from "../number/repository";
import { templatesOf } from "./catalog";

/**
 * The approved template `ref` names, with its variables checked and its body filled: what is
 * stored (the filled text) and sent (the template and its values). A template created at the
 * provider a moment ago is found by asking the provider again.
 */
export async function preparedTemplate(
  number: NumberItem,
  ref: TemplateRef,
  preloaded?: { twilio: TwilioIntegrationItem | undefined },
): Promise<Pick<OutboundText, "text" | "template"> & { template: TemplateSend }> {
  const find = async (refresh: boolean) =>
    (await templatesOf(number, { refresh, ...(preloaded ? { preloaded } : {}) })).find(
      (template) => template.id === ref.id,
    );
  const template = (await find(false)) ?? (await find(true));
  if (!template) {
    throw notFound(
      "template_not_found",
      "This number has no such template (it may have been deleted): refresh the templates and choose another",
    );
  }
  if (template.status !== "approved") {
    throw ruleViolated(
      "template_not_approved",
      `WhatsApp has not approved the template "${template.name}" (it is ${template.status}): only approved templates can be sent`,
    );
  }
  const missing = missingVariables(template, ref.variables);
  if (missing.length > 0) {
    throw validationFailed(
      `Fill in every variable of the template: ${missing.map((key) => `{{${key}}}`).join(", ")}`,
      Object.fromEntries(missing.map((key) => [`template.variables.${key}`, `Fill in {{${key}}}`])),
    );
  }
  // Only the template's own variables go out, trimmed as they are shown.
  const variables = Object.fromEntries(
    template.variables.map((key) => [key, (ref.variables[key] ?? "").trim()]),
  );
  return {
    text: fillTemplate(template.body, variables),
    template: { id: template.id, name: template.name, language: template.language, variables },
  };
}

/** A person sends an approved template in a conversation, whether or not the window is open. */
export async function sendTemplateFromChat(
  actor: Actor,
  conversationId: string,
  ref: TemplateRef,
): Promise<Message> {
  const { conversation, user, twilio } = await chatReplyContext(actor, conversationId);
  if (!conversation) throw conversationNotFound();
  const number = await getNumber(conversation.numberId);
  if (!number || number.tenantId !== actor.tenantId) throw numberDeleted();
  const prepared = await preparedTemplate(number, ref, { twilio });
  return toMessage(
    await sendText(actor, conversation, byPerson(actor, user, prepared), { twilio }),
  );
}
