import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import { createTableInput } from "@helios/core/db/table-definition";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJavaMajorVersion } from "../src/dynamodb/check-java";
import { ensureJar } from "../src/dynamodb/ensure-jar";
import { ensureTable } from "../src/dynamodb/ensure-table";
import { DynamoDbLocalError } from "../src/dynamodb/errors";
import { localDynamoDbClient } from "../src/dynamodb/local-client";
import { type DynamoDbLocal, startDynamoDbLocal } from "../src/dynamodb/start-dynamodb-local";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

const TABLE = "helios-test";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("DynamoDB Local process", () => {
  let dynamodb: DynamoDbLocal;
  let client: DynamoDBClient;

  beforeAll(async () => {
    dynamodb = await startDynamoDbLocal({ inMemory: true });
    client = localDynamoDbClient(dynamodb.endpoint);
  }, 120_000);

  afterAll(async () => {
    client?.destroy();
    await dynamodb?.stop();
  });

  it("creates the table idempotently, with its indexes and TTL", async () => {
    await ensureTable(client, TABLE);
    await ensureTable(client, TABLE);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: TABLE }));
    expect(Table?.TableStatus).toBe("ACTIVE");
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual([
      "gsi1",
      "gsi2",
    ]);
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: TABLE }));
    expect(ttl.TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: "ENABLED",
      AttributeName: "expiresAt",
    });
  });

  it("streams new and old images, also on a table kept from before the stream", async () => {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: TABLE }));
    expect(Table?.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: "NEW_AND_OLD_IMAGES",
    });
    const { StreamSpecification: _stream, ...withoutStream } = createTableInput("helios-old");
    await client.send(new CreateTableCommand(withoutStream));
    await ensureTable(client, "helios-old");
    const old = await client.send(new DescribeTableCommand({ TableName: "helios-old" }));
    expect(old.Table?.StreamSpecification?.StreamViewType).toBe("NEW_AND_OLD_IMAGES");
    expect(old.Table?.LatestStreamArn).toEqual(expect.any(String));
  });

  it("puts and gets an item", async () => {
    await client.send(
      new PutItemCommand({
        TableName: TABLE,
        Item: { pk: { S: "TENANT#1" }, sk: { S: "PROFILE" }, name: { S: "Acme" } },
      }),
    );
    const { Item } = await client.send(
      new GetItemCommand({
        TableName: TABLE,
        Key: { pk: { S: "TENANT#1" }, sk: { S: "PROFILE" } },
      }),
    );
    expect(Item?.name?.S).toBe("Acme");
  });

  it("cancels a whole transaction when a condition check fails", async () => {
    const marker = { pk: { S: "DEDUPE#wamid.1" }, sk: { S: "DEDUPE" } };
    await client.send(new PutItemCommand({ TableName: TABLE, Item: marker }));

    const error = await client
      .send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Put: {
                TableName: TABLE,
                Item: marker,
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            {
              Put: {
                TableName: TABLE,
                Item: { pk: { S: "CONV#1" }, sk: { S: "MSG#1" } },
              },
            },
          ],
        }),
      )
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TransactionCanceledException);
    const reasons = error instanceof TransactionCanceledException ? error.CancellationReasons : [];
    expect(reasons?.map((reason) => reason.Code)).toEqual(["ConditionalCheckFailed", "None"]);
    const { Item } = await client.send(
      new GetItemCommand({ TableName: TABLE, Key: { pk: { S: "CONV#1" }, sk: { S: "MSG#1" } } }),
    );
    expect(Item).toBeUndefined();
  });

  it("stops the JVM", async () => {
    const { pid } = dynamodb;
    expect(isAlive(pid)).toBe(true);
    await dynamodb.stop();
    expect(isAlive(pid)).toBe(false);
    await dynamodb.stop(); // a second stop is harmless
  });
});

describe("DynamoDB Local start errors", () => {
  let blocker: Server;

  afterAll(async () => {
    await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  });

  it("says clearly that the port is taken", async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;

    const error = await startDynamoDbLocal({ port, inMemory: true }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(DynamoDbLocalError);
    expect(error).toMatchObject({ code: "port_in_use" });
    expect(String(error)).toContain(`Port ${port} is already in use`);
  });

  it("refuses both inMemory and dataDir", async () => {
    await expect(startDynamoDbLocal({ inMemory: true, dataDir: "/tmp/x" })).rejects.toMatchObject({
      code: "invalid_options",
    });
  });
});

describe("Java version", () => {
  it("reads old and new version schemes", () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "1.8.0_422"')).toBe(8);
    expect(parseJavaMajorVersion("Unable to locate a Java Runtime.")).toBeUndefined();
  });
});

describe("ensureJar", () => {
  it("survives two processes downloading at once and leaves no temp folders", async () => {
    const root = await mkdtemp(join(tmpdir(), "helios-jar-"));
    try {
      const cacheDir = join(root, "dynamodb-local");
      const messages: string[] = [];
      const log = (message: string) => messages.push(message);
      const [first, second] = await Promise.all([
        ensureJar(cacheDir, log),
        ensureJar(cacheDir, log),
      ]);
      expect(first).toBe(cacheDir);
      expect(second).toBe(cacheDir);
      expect(await readdir(root)).toEqual(["dynamodb-local"]);
      expect(await readdir(cacheDir)).toEqual(
        expect.arrayContaining(["DynamoDBLocal.jar", "DynamoDBLocal_lib"]),
      );

      messages.length = 0;
      await ensureJar(cacheDir, log);
      expect(messages).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);
});
