import { openSecret } from "../crypto/secret-box";
import { twilioCredentials } from "../integration/repository";
import { logger } from "../logger";
import { secretContext } from "../number/number";
import { sendMetaTypingIndicator } from "../provider/meta/typing";
import { sendTwilioTypingIndicator } from "../provider/twilio/typing";
import type { TurnState } from "./turn-state";

/**
 * Marks the customer's message read and shows "typing…" while the AI drafts, when the agent wants
 * it (Meta: a read status with `typing_indicator`; Twilio: its Typing Indicators resource, which
 * marks the message read too). Best effort: it never fails or delays the turn beyond its call.
 */
export async function showTyping(state: TurnState, messageId: string): Promise<void> {
  const { agent, number, history } = state;
  if (!agent.typingIndicator) return;
  const message = history.find((m) => m.id === messageId);
  const providerMessageId = message?.providerMessageId;
  if (!providerMessageId) return;
  try {
    if (number.provider === "meta") {
      await sendMetaTypingIndicator({
        phoneNumberId: number.phoneNumberId ?? "",
        accessToken: await openSecret(
          number.accessTokenSealed ?? "",
          secretContext(number.id, "accessToken"),
        ),
        messageId: providerMessageId,
      });
      return;
    }
    const credentials = await twilioCredentials(number.tenantId);
    if (credentials) await sendTwilioTypingIndicator(credentials, providerMessageId);
  } catch (error) {
    logger.warn("the typing indicator could not be shown", {
      conversationId: state.conversation.id,
      provider: number.provider,
      error,
    });
  }
}
