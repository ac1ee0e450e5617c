import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { tableName } from "../config";
import { db } from "./client";

/** True once the table exists and answers. */
export async function checkTable(): Promise<boolean> {
  try {
    const { Table } = await db().send(new DescribeTableCommand({ TableName: tableName() }));
    return Table?.TableStatus === "ACTIVE";
  } catch {
    return false;
  }
}
