import type { AiReplyJob, EscalationReason } from "@helios/contracts";
import { env } from "../config";
import type { ConversationItem } from "../conversation/conversation";
import { timeOfId } from "../ids";
import { logger } from "../logger";
import type { MessageItem } from "../message/message";
import { getMessage } from "../message/repository";
import { ReplyDropped, sendText } from "../message/send";
import { countMetric } from "../metrics";
import { notifyUnanswered } from "../notification/create";
import { aiClient, isTransientAiError } from "./client";
import { decide } from "./decide";
import { handOff } from "./handoff";
import { buildPrompt } from "./prompt";
import { claimReplyMarker, deleteReplyMarker } from "./repository";
import { matchedKeyword, repeatedlyNegative } from "./rules";
import { defaultModel } from "./status";
import { checkTurn, currentBurst, type TurnState } from "./turn-state";
import { showTyping } from "./typing";

export type TurnOutcome = "replied" | "handed_off" | "skipped";

/** How long the customer must be quiet before the AI answers (a burst gets one answer). */
const debounceMs = () => Number(env("AI_REPLY_DEBOUNCE_MS") ?? 2500);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The AI's turn after a customer message (the ai-replies worker). Rules first (escalation
 * keywords, repeated negative sentiment), then the model, which answers or hands off. A transient
 * model failure throws, so the queue retries it with backoff; see `escalateFailedTurn`.
 */
export async function takeAiTurn(job: AiReplyJob): Promise<TurnOutcome> {
  const { tenant, conversationId, messageId } = job;
  // A burst gets one answer: the turn waits until the customer has been quiet for the debounce,
  // counted from the message's time (its id starts with it), then reads everything once.
  const quietFor = Date.now() - (timeOfId(messageId) ?? Date.now());
  const wait = Math.min(debounceMs(), Math.max(0, debounceMs() - quietFor));
  if (wait > 0) await sleep(wait);
  const check = await checkTurn(job);
  // The takeovers counted when the turn is taken: a person replying after this point wins the turn.
  const humanTurnAtStart = check.ok ? (check.state.conversation.humanTurn ?? 0) : 0;
  if (!check.ok && check.windowClosed) return escalateOutsideWindow(job, check.windowClosed);
  if (!check.ok) return skipped(job, check);
  const { state } = check;

  const burst = currentBurst(state.history);
  const escalation = state.agent.escalation;
  const keyword = burst
    .map((message) => matchedKeyword(message.text, escalation.keywords))
    .find((found) => found !== undefined);
  if (keyword !== undefined)
    return handOffTurn(
      job,
      state,
      "asked_for_human",
      `The customer asked for a person ("${keyword}")`,
    );
  const customerTexts = state.history.filter((m) => m.direction === "inbound").map((m) => m.text);
  if (repeatedlyNegative(customerTexts))
    return handOffTurn(
      job,
      state,
      "negative_sentiment",
      "The customer is upset (repeated negative messages)",
    );

  const client = await aiClient();
  if (!client)
    return skipped(job, {
      why: "no AI provider configured",
      unanswered: state.conversation,
      message: state.history.find((message) => message.id === messageId),
    });
  // The customer sees "typing…" (and their message read) while the model drafts.
  const typing = showTyping(state, messageId);
  let decision: Awaited<ReturnType<typeof decide>>;
  try {
    decision = await decide(
      client,
      state.agent.model || defaultModel(),
      buildPrompt(state.agent, state.history),
    );
  } catch (error) {
    if (isTransientAiError(error)) throw error;
    logger.error("the AI provider refused the request", { conversationId, error });
    return handOffTurn(
      job,
      state,
      "provider_failed",
      `The AI provider refused the request: ${describe(error)}`,
    );
  } finally {
    await typing;
  }

  // The model took a while: a person may have answered, AI been switched off, or the customer written again.
  const recheck = await checkTurn(job);
  if (!recheck.ok) return skipped(job, recheck);
  if (decision.kind === "handoff")
    return handOffTurn(job, recheck.state, "model_decided", decision.reason);
  // At most one AI answer per customer message, even when the job is delivered twice.
  if (!(await claimReplyMarker(conversationId, messageId)))
    return skipped(job, { why: "already answered" });
  try {
    await sendText(tenant, recheck.state.conversation, {
      author: "ai",
      text: decision.text,
      // Checked on the very conversation the reply's write is conditioned on: no read-then-send.
      mayStillSend: (conversation) =>
        conversation.aiActive && (conversation.humanTurn ?? 0) === humanTurnAtStart,
    });
  } catch (error) {
    if (error instanceof ReplyDropped) return skipped(job, { why: "a person took over" });
    // Not sent: the retry (or, on the last one, the escalation) must not find the turn answered.
    await deleteReplyMarker(conversationId, messageId);
    throw error;
  }
  countMetric("AiReplies");
  return "replied";
}

/**
 * The last attempt of a turn failed (the provider kept failing): the customer must not be left
 * unanswered, so people take over.
 */
export async function escalateFailedTurn(job: AiReplyJob, error: unknown): Promise<void> {
  const check = await checkTurn(job);
  if (!check.ok) return;
  await handOffTurn(
    job,
    check.state,
    "provider_failed",
    `The AI failed to answer after retries: ${describe(error)}`,
  );
}

/**
 * The window closed before the AI could answer: only a template reaches the customer now, and
 * the AI never sends one, so the conversation goes to people (who can choose a template).
 */
async function escalateOutsideWindow(
  job: AiReplyJob,
  { number }: { number: TurnState["number"] },
): Promise<TurnOutcome> {
  await handOff({
    tenant: job.tenant,
    conversationId: job.conversationId,
    provider: number.provider,
    reason: "window_closed",
    customerUnreachable: true,
    detail:
      "The 24-hour window closed before the AI answered: only a template can reach the customer now",
  });
  return "handed_off";
}

async function handOffTurn(
  job: AiReplyJob,
  state: TurnState,
  reason: EscalationReason,
  detail: string,
) {
  await handOff({
    tenant: job.tenant,
    conversationId: job.conversationId,
    provider: state.number.provider,
    handoffMessage: state.agent.escalation.handoffMessage,
    reason,
    detail,
  });
  return "handed_off" as const;
}

/**
 * The AI does not answer. When it should have but cannot (no provider, number or agent switched
 * off), people are told, so that the customer is not left silently unanswered.
 */
async function skipped(
  job: AiReplyJob,
  {
    why,
    unanswered,
    message: read,
  }: {
    why: string;
    unanswered?: ConversationItem | undefined;
    /** The customer's message, when the turn has read it already. */
    message?: MessageItem | undefined;
  },
): Promise<TurnOutcome> {
  logger.info("AI turn skipped", { conversationId: job.conversationId, why });
  if (unanswered) {
    const message = read ?? (await getMessage(job.conversationId, job.messageId));
    if (message) await notifyUnanswered({ tenant: job.tenant, conversation: unanswered, message });
  }
  return "skipped";
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 200);
