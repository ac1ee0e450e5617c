import type { CreateLabelBody, Label, UpdateLabelBody } from "@helios/contracts";
import type { z } from "zod/mini";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { ConditionsFailed } from "../db/transact";
import { conflict, notFound } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import { type LabelItem, toLabel } from "./label";
import { deleteLabel, getLabel, listLabels, putNewLabel, saveLabel } from "./repository";

const labelNotFound = () =>
  notFound("label_not_found", "This label does not exist (it may have been deleted)");

const labelExists = (name: string) =>
  conflict("label_exists", `A label named “${name}” exists already: choose another name`, {
    name: "A label with this name exists already",
  });

const labelChanged = () =>
  conflict("label_changed", "This label was changed by someone else: reload and try again");

/** Why a label write was refused, from the labels of its failed conditions. */
function refusal(error: unknown, name: string): unknown {
  if (!(error instanceof ConditionsFailed)) return error;
  return error.labels.includes("name") ? labelExists(name) : labelChanged();
}

export async function list(actor: Actor): Promise<Label[]> {
  const labels = await listLabels(actor.tenantId);
  return labels.map(toLabel).sort((a, b) => a.name.localeCompare(b.name));
}

/** Bodies as their schemas give them (trimmed, colour lower-cased). */
type Parsed<S extends z.ZodMiniType> = z.output<S>;

export async function create(
  actor: Actor,
  { name, color }: Parsed<typeof CreateLabelBody>,
): Promise<Label> {
  requireRole(actor, MANAGERS, "create labels");
  const now = nowIso();
  const label: LabelItem = {
    tenantId: actor.tenantId,
    id: newId(),
    name,
    color,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await putNewLabel(label);
  } catch (error) {
    throw refusal(error, name);
  }
  return toLabel(label);
}

export async function update(
  actor: Actor,
  labelId: string,
  changes: Parsed<typeof UpdateLabelBody>,
): Promise<Label> {
  requireRole(actor, MANAGERS, "change labels");
  const read = await getLabel(actor.tenantId, labelId);
  if (!read) throw labelNotFound();
  const next: LabelItem = {
    ...read,
    name: changes.name ?? read.name,
    color: changes.color ?? read.color,
    updatedAt: nowIso(),
  };
  try {
    await saveLabel(read, next);
  } catch (error) {
    throw refusal(error, next.name);
  }
  return toLabel(next);
}

/**
 * Deletes the label. Conversations keep its id until their labels are next set, but no longer
 * show it: the conversation's presenter keeps only the ids of existing labels (`visibleLabels`).
 */
export async function remove(actor: Actor, labelId: string): Promise<void> {
  requireRole(actor, MANAGERS, "delete labels");
  const read = await getLabel(actor.tenantId, labelId);
  if (!read) throw labelNotFound();
  try {
    await deleteLabel(read);
  } catch (error) {
    throw refusal(error, read.name);
  }
}
