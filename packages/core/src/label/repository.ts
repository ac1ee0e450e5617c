import { keys } from "../db/keys";
import { listItems } from "../db/query";
import { deleteTx, putNewTx, readItem, updateTx } from "../db/table";
import { type TransactItem, transactLabelled } from "../db/transact";
import { LabelItem, nameKey } from "./label";

export const getLabel = (tenantId: string, labelId: string): Promise<LabelItem | undefined> =>
  readItem(LabelItem, keys.label(tenantId, labelId));

export const listLabels = (tenantId: string): Promise<LabelItem[]> =>
  listItems(LabelItem, keys.labelsOf(tenantId));

/** The claim that keeps a name (whatever its case) to one label of the workspace. */
const nameClaimPut = (label: LabelItem): TransactItem =>
  putNewTx({
    ...keys.labelName(label.tenantId, nameKey(label.name)),
    type: "labelName",
    tenantId: label.tenantId,
    labelId: label.id,
  });

const nameClaimDelete = (label: LabelItem): TransactItem =>
  deleteTx({ Key: keys.labelName(label.tenantId, nameKey(label.name)) });

/** The label and its name's claim; the claim fails ("name") when the name is taken. */
export const putNewLabel = (label: LabelItem) =>
  transactLabelled([
    ["label", putNewTx({ ...keys.label(label.tenantId, label.id), type: "label", ...label })],
    ["name", nameClaimPut(label)],
  ]);

/**
 * Saves an edit on the condition that the label is as read (its name and colour); a new name
 * moves the claim in the same transaction ("name" fails when the new name is taken).
 */
export function saveLabel(read: LabelItem, next: LabelItem) {
  const renamed = nameKey(read.name) !== nameKey(next.name);
  return transactLabelled([
    [
      "label",
      updateTx({
        Key: keys.label(read.tenantId, read.id),
        UpdateExpression: "SET #name = :name, color = :color, updatedAt = :updatedAt",
        ConditionExpression: "#name = :readName AND color = :readColor",
        ExpressionAttributeNames: { "#name": "name" },
        ExpressionAttributeValues: {
          ":name": next.name,
          ":color": next.color,
          ":updatedAt": next.updatedAt,
          ":readName": read.name,
          ":readColor": read.color,
        },
      }),
    ],
    ...(renamed
      ? ([
          ["name", nameClaimPut(next)],
          ["old name", nameClaimDelete(read)],
        ] as [string, TransactItem][])
      : []),
  ]);
}

/** Deletes the label and frees its name, on the condition that it still has the name read. */
export const deleteLabel = (read: LabelItem) =>
  transactLabelled([
    [
      "label",
      deleteTx({
        Key: keys.label(read.tenantId, read.id),
        ConditionExpression: "#name = :readName",
        ExpressionAttributeNames: { "#name": "name" },
        ExpressionAttributeValues: { ":readName": read.name },
      }),
    ],
    ["name", nameClaimDelete(read)],
  ]);
