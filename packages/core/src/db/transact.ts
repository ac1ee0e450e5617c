import { setTimeout as sleep } from "node:timers/promises";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { db } from "./client";
import { isTransactionConflict } from "./conditions";

const ATTEMPTS = 4;

/**
 * Runs a write transaction, retrying when DynamoDB cancelled it only because another transaction
 * was touching the same items at that moment; on retry the conditions decide who wins.
 */
export async function transactWrite(
  items: NonNullable<TransactWriteCommandInput["TransactItems"]>,
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransactionConflict(error)) throw error;
      await sleep(10 * 2 ** attempt * Math.random());
    }
  }
}
