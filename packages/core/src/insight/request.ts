import type { InsightsJob } from "@helios/contracts";
import type { Actor } from "../access/actor";
import { conversationOfTenant } from "../conversation/use-cases";
import { nowIso } from "../ids";
import { enqueue } from "../queue/queue";

/** Generate Insights (all roles): queued; the result lands on the conversation, pushed live. */
export async function requestInsights(
  actor: Actor,
  conversationId: string,
): Promise<{ status: "queued" }> {
  const conversation = await conversationOfTenant(actor, conversationId);
  const job: InsightsJob = {
    kind: "insights.generate",
    tenant: { tenantId: actor.tenantId, slug: actor.slug },
    conversationId: conversation.id,
    requestedAt: nowIso(),
  };
  await enqueue("insights", job);
  return { status: "queued" };
}
