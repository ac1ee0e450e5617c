import { randomBytes } from "node:crypto";
import type { CreateNumberBody, UpdateNumberBody, WhatsAppNumber } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { agentActiveNumbers } from "../agent/repository";
import { openSecret, sealSecret } from "../crypto/secret-box";
import { ConditionsFailed, type TransactItem, transactLabelled } from "../db/transact";
import { conflict, notFound, validationFailed } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import { twilioNotConnected } from "../integration/errors";
import { getTwilioIntegration, twilioNumberCount } from "../integration/repository";
import { claimEntries, numberTaken } from "./claims";
import { checkMetaNumber } from "./meta-check";
import { claimAddress, type NumberItem, secretContext, toNumber } from "./number";
import { deleteNumber, getNumber, listNumbers, putNumber, releaseClaim } from "./repository";
import { checkAgentRule } from "./rules";
import { twilioOwns } from "./twilio-check";

type Labelled = [label: string, item: TransactItem];

export async function list(actor: Actor): Promise<WhatsAppNumber[]> {
  return (await listNumbers(actor.tenantId)).map(toNumber);
}

/** A number of the caller's tenant; another tenant's number is as absent as a missing one. */
export async function numberOfTenant(actor: Actor, numberId: string): Promise<NumberItem> {
  const number = await getNumber(numberId);
  if (!number || number.tenantId !== actor.tenantId) {
    throw notFound(
      "number_not_found",
      "This WhatsApp number does not exist (it may have been deleted)",
    );
  }
  return number;
}

export async function create(actor: Actor, input: CreateNumberBody): Promise<WhatsAppNumber> {
  requireRole(actor, MANAGERS, "connect WhatsApp numbers");
  const assignedAgentId = input.assignedAgentId ?? null;
  await checkAgentRule(actor.tenantId, assignedAgentId, input.active);
  if (input.provider === "twilio" && !(await getTwilioIntegration(actor.tenantId)))
    throw twilioNotConnected();

  // Ownership is asked of the provider before anything is written: a refused Meta pair saves nothing.
  const ownership =
    input.provider === "twilio"
      ? { verified: await twilioOwns(actor.tenantId, input.address) }
      : { verified: true, ...(await checkMetaNumber(input)) };

  const id = newId();
  const now = nowIso();
  const number: NumberItem =
    input.provider === "twilio"
      ? {
          tenantId: actor.tenantId,
          id,
          provider: "twilio",
          displayName: input.displayName,
          address: input.address,
          verified: ownership.verified,
          assignedAgentId,
          active: input.active,
          autoAssign: input.autoAssign,
          createdAt: now,
          updatedAt: now,
        }
      : {
          tenantId: actor.tenantId,
          id,
          provider: "meta",
          displayName: input.displayName,
          phoneNumberId: input.phoneNumberId,
          businessAccountId: input.businessAccountId,
          accessTokenSealed: await sealSecret(input.accessToken, secretContext(id, "accessToken")),
          appSecretSealed: input.appSecret
            ? await sealSecret(input.appSecret, secretContext(id, "appSecret"))
            : undefined,
          verifyToken: randomBytes(24).toString("base64url"),
          ...ownership,
          assignedAgentId,
          active: input.active,
          autoAssign: input.autoAssign,
          createdAt: now,
          updatedAt: now,
        };
  const claim = await claimEntries(number, now);
  await commit(actor, number, [
    ["number", putNumber(number, "new")],
    ...claim.entries,
    ...(number.provider === "twilio"
      ? [["integration", twilioNumberCount(actor.tenantId, 1)] as Labelled]
      : []),
    ...(number.active && assignedAgentId
      ? [["agent", agentActiveNumbers(actor.tenantId, assignedAgentId, 1)] as Labelled]
      : []),
  ]);
  return toNumber(number);
}

const META_ONLY = ["phoneNumberId", "businessAccountId", "accessToken", "appSecret"] as const;

export async function update(
  actor: Actor,
  numberId: string,
  input: UpdateNumberBody,
): Promise<WhatsAppNumber> {
  requireRole(actor, MANAGERS, "edit WhatsApp numbers");
  const current = await numberOfTenant(actor, numberId);
  const misplaced =
    current.provider === "twilio"
      ? META_ONLY.filter((field) => input[field] !== undefined)
      : input.address !== undefined
        ? ["address"]
        : [];
  if (misplaced.length > 0) {
    throw validationFailed(
      `A ${current.provider === "twilio" ? "Twilio" : "Meta"} number has no ${misplaced.join(", ")}`,
      Object.fromEntries(misplaced.map((field) => [field, "Not used by this provider"])),
    );
  }
  const next: NumberItem = {
    ...current,
    displayName: input.displayName ?? current.displayName,
    address: input.address ?? current.address,
    phoneNumberId: input.phoneNumberId ?? current.phoneNumberId,
    businessAccountId:
      input.businessAccountId === null
        ? undefined
        : (input.businessAccountId ?? current.businessAccountId),
    accessTokenSealed: input.accessToken
      ? await sealSecret(input.accessToken, secretContext(current.id, "accessToken"))
      : current.accessTokenSealed,
    appSecretSealed:
      input.appSecret === null
        ? undefined
        : input.appSecret
          ? await sealSecret(input.appSecret, secretContext(current.id, "appSecret"))
          : current.appSecretSealed,
    assignedAgentId:
      input.assignedAgentId === undefined ? current.assignedAgentId : input.assignedAgentId,
    active: input.active ?? current.active,
    autoAssign: input.autoAssign ?? current.autoAssign,
    updatedAt: nowIso(),
  };
  await checkAgentRule(actor.tenantId, next.assignedAgentId, next.active);
  const addressChanged = claimAddress(current) !== claimAddress(next);
  Object.assign(next, await recheckOwnership(current, next, input, addressChanged));

  const countedBefore = current.active ? current.assignedAgentId : null;
  const countedAfter = next.active ? next.assignedAgentId : null;
  const claim =
    addressChanged || (next.verified && !current.verified && !current.disconnectedAt)
      ? await claimEntries(next, next.updatedAt)
      : { entries: [] };
  await commit(actor, next, [
    ["number", putNumber(next, { updatedAt: current.updatedAt })],
    ...claim.entries,
    // A disconnected number's old address belongs to someone else now: there is nothing to release.
    ...(addressChanged && !current.disconnectedAt
      ? [["release", releaseClaim(current)] as Labelled]
      : []),
    ...(countedBefore !== countedAfter && countedBefore
      ? [["previousAgent", agentActiveNumbers(actor.tenantId, countedBefore, -1)] as Labelled]
      : []),
    ...(countedBefore !== countedAfter && countedAfter
      ? [["agent", agentActiveNumbers(actor.tenantId, countedAfter, 1)] as Labelled]
      : []),
  ]);
  return toNumber(next);
}

/**
 * What the provider says about an edited number: a Meta id or token that changed is checked with
 * Graph again; a Twilio address that changed is looked up in the account. A new address is a fresh
 * claim, so an old disconnection no longer applies.
 */
async function recheckOwnership(
  current: NumberItem,
  next: NumberItem,
  input: UpdateNumberBody,
  addressChanged: boolean,
): Promise<Partial<NumberItem>> {
  const fresh = addressChanged ? { disconnectedAt: undefined } : {};
  if (next.provider === "twilio") {
    if (!addressChanged) return fresh;
    return { ...fresh, verified: await twilioOwns(next.tenantId, next.address ?? "") };
  }
  if (!addressChanged && !input.accessToken) return fresh;
  const accessToken =
    input.accessToken ??
    (await openSecret(current.accessTokenSealed ?? "", secretContext(current.id, "accessToken")));
  const found = await checkMetaNumber({ phoneNumberId: next.phoneNumberId ?? "", accessToken });
  return {
    ...fresh,
    verified: true,
    displayPhoneNumber: found.displayPhoneNumber,
    verifiedName: found.verifiedName,
  };
}

/** Deletes the number and frees its address; its conversations stay readable. */
export async function remove(actor: Actor, numberId: string): Promise<void> {
  requireRole(actor, MANAGERS, "delete WhatsApp numbers");
  const number = await numberOfTenant(actor, numberId);
  await commit(actor, number, [
    ["number", deleteNumber(number)],
    ...(number.disconnectedAt ? [] : [["release", releaseClaim(number)] as Labelled]),
    ...(number.provider === "twilio"
      ? [["integration", twilioNumberCount(actor.tenantId, -1)] as Labelled]
      : []),
    ...(number.active && number.assignedAgentId
      ? [
          [
            "previousAgent",
            agentActiveNumbers(actor.tenantId, number.assignedAgentId, -1),
          ] as Labelled,
        ]
      : []),
  ]);
}

/** Runs a number write; a failed condition becomes the rule that refused it. */
async function commit(actor: Actor, number: NumberItem, entries: Labelled[]): Promise<void> {
  try {
    await transactLabelled(entries);
  } catch (error) {
    if (!(error instanceof ConditionsFailed)) throw error;
    if (error.labels.includes("claim") || error.labels.includes("displaced")) {
      throw numberTaken(number);
    }
    if (error.labels.includes("integration")) throw twilioNotConnected();
    if (error.labels.includes("agent")) {
      await checkAgentRule(actor.tenantId, number.assignedAgentId, number.active);
    }
    throw conflict(
      "number_changed",
      "This number was changed by someone else at the same moment: reload and try again",
    );
  }
}
