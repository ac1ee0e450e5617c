import { setTimeout as sleep } from "node:timers/promises";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { db } from "./client";
import { failedTransactionItems, isTransactionConflict } from "./conditions";

const ATTEMPTS = 4;

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

/** One write transaction, as one request: a conflict with another transaction is the caller's. */
export const transactOnce = (items: TransactItems) =>
  db().send(new TransactWriteCommand({ TransactItems: items }));

/**
 * Runs a write transaction, retrying when DynamoDB cancelled it only because another transaction
 * was touching the same items at that moment; on retry the conditions decide who wins.
 */
export async function transactWrite(items: TransactItems) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transactOnce(items);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransactionConflict(error)) throw error;
      await sleep(10 * 2 ** attempt * Math.random());
    }
  }
}

export type TransactItem = TransactItems[number];

/** The labels of the items whose conditions failed, so a use case can say which rule refused. */
export class ConditionsFailed extends Error {
  constructor(readonly labels: string[]) {
    super(`Transaction conditions failed: ${labels.join(", ")}`);
  }
}

/** A transaction whose items carry labels; a failed condition throws ConditionsFailed. */
export async function transactLabelled(entries: [label: string, item: TransactItem][]) {
  try {
    return await transactWrite(entries.map(([, item]) => item));
  } catch (error) {
    const failed = failedTransactionItems(error);
    if (!failed) throw error;
    throw new ConditionsFailed(failed.map((index) => entries[index]?.[0] ?? `#${index}`));
  }
}
