import { cached, createCache } from "../cache/caches";
import { ruleViolated } from "../errors/app-error";
import { listLabels } from "./repository";

/** A workspace's label ids, as the conversation presenter needs them on every read. */
const known = createCache<Set<string>>("label ids", { max: 1_000, ttl: 30_000 });

/** The workspace's label ids (a warm function's copy is at most 30 s old; `fresh` reads them). */
export async function knownLabelIds(tenantId: string, fresh = false): Promise<Set<string>> {
  const ids = await cached(
    known,
    tenantId,
    async () => new Set((await listLabels(tenantId)).map((label) => label.id)),
    fresh,
  );
  return ids ?? new Set();
}

/**
 * The labels a conversation is given: each one of the workspace's (read now, not cached), once,
 * in the order given; otherwise 422 `label_not_found` naming the field.
 */
export async function requireLabels(tenantId: string, labelIds: string[]): Promise<string[]> {
  const ids = await knownLabelIds(tenantId, true);
  const unknown = labelIds.findIndex((id) => !ids.has(id));
  if (unknown !== -1) {
    throw ruleViolated(
      "label_not_found",
      "One of these labels does not exist (it may have been deleted): reload the labels",
      { [`labels.${unknown}`]: "Not one of this workspace's labels" },
    );
  }
  return [...new Set(labelIds)];
}
