import { setTimeout as sleep } from "node:timers/promises";
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  type KeySchemaElement,
  ResourceInUseException,
  ResourceNotFoundException,
  type TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { createTableInput, tableDefinition } from "@helios/core/db/table-definition";
import { DynamoDbLocalError } from "./errors";

const ACTIVE_TIMEOUT_MS = 30_000;

/**
 * Creates the single table as the stack deploys it (same definition module), waits until it and its
 * indexes are ACTIVE, and turns TTL on. Safe to call on every start and from racing processes.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const existing = await describeTable(client, tableName);
  if (existing) assertSameShape(existing, tableName);
  else await createTable(client, tableName);
  await waitUntilActive(client, tableName);
  if (existing && !existing.StreamSpecification?.StreamEnabled) {
    await enableStream(client, tableName);
    await waitUntilActive(client, tableName);
  }
  await ensureTimeToLive(client, tableName);
}

async function describeTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<TableDescription | undefined> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    // Another process created it between our Describe and Create.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}

/** A table kept from before the search index had no stream: it gets the one the definition has. */
async function enableStream(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        StreamSpecification: createTableInput(tableName).StreamSpecification,
      }),
    );
  } catch (error) {
    // A racing process enabled it first.
    if (!(error instanceof Error && /already has an enabled stream/i.test(error.message)))
      throw error;
  }
}

async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  const deadline = Date.now() + ACTIVE_TIMEOUT_MS;
  for (;;) {
    const table = await describeTable(client, tableName);
    const indexesActive = (table?.GlobalSecondaryIndexes ?? []).every(
      (index) => index.IndexStatus === "ACTIVE",
    );
    if (table?.TableStatus === "ACTIVE" && indexesActive) return;
    if (Date.now() > deadline) {
      throw new DynamoDbLocalError(
        "start_timeout",
        `Table ${tableName} is not ACTIVE after ${ACTIVE_TIMEOUT_MS} ms (status ${table?.TableStatus ?? "missing"}).`,
      );
    }
    await sleep(100);
  }
}

async function ensureTimeToLive(client: DynamoDBClient, tableName: string): Promise<void> {
  const attribute = tableDefinition.timeToLiveAttribute;
  const { TimeToLiveDescription: ttl } = await client.send(
    new DescribeTimeToLiveCommand({ TableName: tableName }),
  );
  const on = ttl?.TimeToLiveStatus === "ENABLED" || ttl?.TimeToLiveStatus === "ENABLING";
  if (on && ttl?.AttributeName === attribute) return;
  if (on) {
    throw mismatch(tableName, `TTL is on attribute ${ttl?.AttributeName}, not ${attribute}`);
  }
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: attribute, Enabled: true },
      }),
    );
  } catch (error) {
    // A racing process enabled it first; DynamoDB refuses to enable it twice.
    if (!(error instanceof Error && /already enabled/i.test(error.message))) throw error;
  }
}

/**
 * A table left in a persisted data folder by an older definition would fail later in confusing
 * ways (missing index); saying so at start is kinder.
 */
function assertSameShape(table: TableDescription, tableName: string): void {
  const wanted = createTableInput(tableName);
  if (describeKeys(table.KeySchema) !== describeKeys(wanted.KeySchema)) {
    throw mismatch(tableName, "its primary key differs");
  }
  const present = new Map(
    (table.GlobalSecondaryIndexes ?? []).map((index) => [
      index.IndexName,
      describeKeys(index.KeySchema),
    ]),
  );
  for (const index of wanted.GlobalSecondaryIndexes ?? []) {
    const keys = present.get(index.IndexName);
    if (keys === undefined) throw mismatch(tableName, `index ${index.IndexName} is missing`);
    if (keys !== describeKeys(index.KeySchema)) {
      throw mismatch(tableName, `index ${index.IndexName} has different keys`);
    }
  }
}

function describeKeys(keys: KeySchemaElement[] | undefined): string {
  return (keys ?? []).map((key) => `${key.AttributeName}:${key.KeyType}`).join(",");
}

function mismatch(tableName: string, reason: string): DynamoDbLocalError {
  return new DynamoDbLocalError(
    "table_mismatch",
    `Table ${tableName} in DynamoDB Local does not match the table definition (${reason}). It was created by an older version: delete the local data folder (or the table) and start again.`,
  );
}
