import { randomBytes } from "node:crypto";
import type { CreateNumberBody, UpdateNumberBody, WhatsAppNumber } from "@helios/contracts";
import { type Actor, MANAGERS, requireRole } from "../access/actor";
import { agentActiveNumbers } from "../agent/repository";
import { sealSecret } from "../crypto/secret-box";
import { ConditionsFailed, type TransactItem, transactLabelled } from "../db/transact";
import { conflict, notFound, validationFailed } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import { twilioNotConnected } from "../integration/errors";
import { getTwilioIntegration, twilioNumberCount } from "../integration/repository";
import { forgetWebhookNumber } from "../webhook/lookups";
import { claimAddress, type NumberItem, secretContext, toNumber } from "./number";
import {
  claimNumber,
  deleteNumber,
  getNumber,
  listNumbers,
  putNumber,
  releaseClaim,
} from "./repository";
import { checkAgentRule } from "./rules";

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
          assignedAgentId,
          active: input.active,
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
          assignedAgentId,
          active: input.active,
          createdAt: now,
          updatedAt: now,
        };
  await commit(actor, number, [
    ["number", putNumber(number, "new")],
    ["claim", claimNumber(number)],
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
    updatedAt: nowIso(),
  };
  await checkAgentRule(actor.tenantId, next.assignedAgentId, next.active);

  const countedBefore = current.active ? current.assignedAgentId : null;
  const countedAfter = next.active ? next.assignedAgentId : null;
  const addressChanged = claimAddress(current) !== claimAddress(next);
  await commit(actor, next, [
    ["number", putNumber(next, { updatedAt: current.updatedAt })],
    ...(addressChanged
      ? ([
          ["claim", claimNumber(next)],
          ["release", releaseClaim(current)],
        ] as Labelled[])
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

/** Deletes the number and frees its address; its conversations stay readable. */
export async function remove(actor: Actor, numberId: string): Promise<void> {
  requireRole(actor, MANAGERS, "delete WhatsApp numbers");
  const number = await numberOfTenant(actor, numberId);
  await commit(actor, number, [
    ["number", deleteNumber(number)],
    ["release", releaseClaim(number)],
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
    forgetWebhookNumber(number.id);
  } catch (error) {
    if (!(error instanceof ConditionsFailed)) throw error;
    if (error.labels.includes("claim")) {
      const field = number.provider === "twilio" ? "address" : "phoneNumberId";
      throw conflict(
        "number_taken",
        `${claimAddress(number)} is already connected to Helios (here or in another workspace): disconnect it there first`,
        { [field]: "Already connected" },
      );
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
