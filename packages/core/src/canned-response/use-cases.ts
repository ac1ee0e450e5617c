import type {
  CannedResponse,
  CreateCannedResponseBody,
  UpdateCannedResponseBody,
} from "@helios/contracts";
import type { z } from "zod/mini";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { ConditionsFailed } from "../db/transact";
import { conflict, notFound } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import { type CannedResponseItem, toCannedResponse } from "./canned-response";
import {
  CLAIM,
  deleteCannedResponse,
  getCannedResponse,
  listCannedResponses,
  putNewCannedResponse,
  saveCannedResponse,
} from "./repository";

// The bodies as parsed at the boundary: a shortcut is trimmed, without its "/", in lower case.
type Create = z.output<typeof CreateCannedResponseBody>;
type Update = z.output<typeof UpdateCannedResponseBody>;

/** A write that meets a concurrent change to the same reply tries again on what is there now. */
const ATTEMPTS = 3;

const replyNotFound = () =>
  notFound(
    "canned_response_not_found",
    "This saved reply does not exist (it may have been deleted)",
  );

const shortcutTaken = (shortcut: string) =>
  conflict("shortcut_taken", `/${shortcut} is already a saved reply; choose another shortcut`, {
    shortcut: `/${shortcut} is taken`,
  });

/** Every member reads the library (the composer offers it), by shortcut. */
export async function list(actor: Actor): Promise<CannedResponse[]> {
  const replies = await listCannedResponses(actor.tenantId);
  return replies.map(toCannedResponse).sort((a, b) => a.shortcut.localeCompare(b.shortcut));
}

export async function create(actor: Actor, input: Create): Promise<CannedResponse> {
  requireRole(actor, MANAGERS, "add saved replies");
  const now = nowIso();
  const item: CannedResponseItem = {
    tenantId: actor.tenantId,
    id: newId(),
    shortcut: input.shortcut,
    text: input.text,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await putNewCannedResponse(item);
  } catch (error) {
    if (error instanceof ConditionsFailed && error.labels.includes(CLAIM)) {
      throw shortcutTaken(item.shortcut);
    }
    throw error;
  }
  return toCannedResponse(item);
}

async function current(actor: Actor, id: string): Promise<CannedResponseItem> {
  const item = await getCannedResponse(actor.tenantId, id);
  if (!item) throw replyNotFound();
  return item;
}

export async function update(actor: Actor, id: string, input: Update): Promise<CannedResponse> {
  requireRole(actor, MANAGERS, "edit saved replies");
  for (let attempt = 1; ; attempt++) {
    const was = await current(actor, id);
    const next: CannedResponseItem = { ...was, ...definedOf(input), updatedAt: nowIso() };
    try {
      await saveCannedResponse(was, next);
      return toCannedResponse(next);
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
      if (error.labels.includes(CLAIM)) throw shortcutTaken(next.shortcut);
      if (attempt >= ATTEMPTS) throw error;
    }
  }
}

export async function remove(actor: Actor, id: string): Promise<void> {
  requireRole(actor, MANAGERS, "delete saved replies");
  for (let attempt = 1; ; attempt++) {
    const was = await current(actor, id);
    try {
      await deleteCannedResponse(was);
      return;
    } catch (error) {
      if (!(error instanceof ConditionsFailed) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** The fields of a partial body that were sent. */
const definedOf = (input: Update): Update =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
