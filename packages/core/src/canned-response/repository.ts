import { keys } from "../db/keys";
import { listItems } from "../db/query";
import { deleteTx, putNewTx, readItem, updateTx } from "../db/table";
import { type TransactItem, transactLabelled } from "../db/transact";
import { type CannedResponseItem, CannedResponseItem as Schema } from "./canned-response";

/** Labels of the transaction items, so a refused condition says which rule it was. */
export const REPLY = "reply";
export const CLAIM = "shortcut";

export const getCannedResponse = (tenantId: string, id: string) =>
  readItem(Schema, keys.cannedResponse(tenantId, id));

export const listCannedResponses = (tenantId: string) =>
  listItems(Schema, keys.cannedResponsesOf(tenantId));

const claimShortcut = (item: CannedResponseItem): TransactItem =>
  putNewTx({
    ...keys.shortcutClaim(item.tenantId, item.shortcut),
    type: "shortcut-claim",
    cannedResponseId: item.id,
  });

/** Frees a shortcut, only while this reply still holds it. */
const releaseShortcut = (item: CannedResponseItem): TransactItem =>
  deleteTx({
    Key: keys.shortcutClaim(item.tenantId, item.shortcut),
    ConditionExpression: "cannedResponseId = :id",
    ExpressionAttributeValues: { ":id": item.id },
  });

/** The reply and its shortcut's claim, together (ConditionsFailed ["shortcut"] when taken). */
export const putNewCannedResponse = (item: CannedResponseItem) =>
  transactLabelled([
    [
      REPLY,
      putNewTx({
        ...keys.cannedResponse(item.tenantId, item.id),
        type: "canned-response",
        ...item,
      }),
    ],
    [CLAIM, claimShortcut(item)],
  ]);

/**
 * Saves an edit made on `current` (the write is refused if the reply changed its shortcut or went
 * away meanwhile); a new shortcut moves the claim in the same transaction.
 */
export const saveCannedResponse = (current: CannedResponseItem, next: CannedResponseItem) =>
  transactLabelled([
    [
      REPLY,
      updateTx({
        Key: keys.cannedResponse(next.tenantId, next.id),
        UpdateExpression: "SET shortcut = :shortcut, #text = :text, updatedAt = :updatedAt",
        ConditionExpression: "attribute_exists(pk) AND shortcut = :was",
        ExpressionAttributeNames: { "#text": "text" },
        ExpressionAttributeValues: {
          ":shortcut": next.shortcut,
          ":text": next.text,
          ":updatedAt": next.updatedAt,
          ":was": current.shortcut,
        },
      }),
    ],
    ...(next.shortcut === current.shortcut
      ? []
      : ([
          [CLAIM, claimShortcut(next)],
          ["release", releaseShortcut(current)],
        ] satisfies [string, TransactItem][])),
  ]);

/** Deletes the reply and frees its shortcut. */
export const deleteCannedResponse = (current: CannedResponseItem) =>
  transactLabelled([
    [
      REPLY,
      deleteTx({
        Key: keys.cannedResponse(current.tenantId, current.id),
        ConditionExpression: "attribute_exists(pk) AND shortcut = :was",
        ExpressionAttributeValues: { ":was": current.shortcut },
      }),
    ],
    ["release", releaseShortcut(current)],
  ]);
