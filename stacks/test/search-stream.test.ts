/**
 * The table's stream and the search indexer's event source mapping: new and old images, the
 * manifest's filters on AWS's side, partial batch failures, bisect on error, a retry limit and a
 * dead-letter queue; the consumer reads this table's stream and nothing else of the kind.
 */
import * as manifest from "@helios/functions/routes";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import config from "../../sst.config";
import { stackFunctions } from "./stack-functions";
import { type Synth, synthesize } from "./synth";
import { actionsOf, handlerOf, resources, resourcesOf, statementsOf } from "./template";

describe("the search indexer follows the table's stream", () => {
  let synth: Synth;
  beforeAll(async () => {
    synth = await synthesize({ stage: "test", config, stackFunctions });
  }, 120_000);
  afterAll(() => synth?.cleanup());

  test("the table streams new and old images", () => {
    const [table] = Object.values(resources(synth, "Storage", "AWS::DynamoDB::Table"));
    expect(table?.Properties.StreamSpecification).toEqual({
      StreamViewType: "NEW_AND_OLD_IMAGES",
    });
  });

  test("one mapping per stream route: filtered, partial failures, bisect, retries, DLQ", () => {
    const mappings = Object.values(resources(synth, "Search", "AWS::Lambda::EventSourceMapping"));
    expect(mappings).toHaveLength(manifest.streamRoutes.length);
    const queues = resources(synth, "Search", "AWS::SQS::Queue");
    for (const route of manifest.streamRoutes) {
      const fn = synth.functions.find((f) => handlerOf(f) === route.handler);
      expect(fn?.stack, route.name).toBe("Search");
      if (!fn) continue;
      const mapping = mappings.find(
        (m) => (m.Properties.FunctionName as { Ref: string }).Ref === fn.logicalId,
      );
      expect(mapping?.Properties).toMatchObject({
        BatchSize: route.batchSize,
        StartingPosition: "TRIM_HORIZON",
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: route.retryAttempts,
        FunctionResponseTypes: ["ReportBatchItemFailures"],
      });
      const criteria = mapping?.Properties.FilterCriteria as
        | { Filters: { Pattern: string }[] }
        | undefined;
      const filters = (criteria?.Filters ?? []).map((filter) => JSON.parse(filter.Pattern));
      expect(filters).toEqual(route.filters);
      const destination = JSON.stringify(mapping?.Properties.DestinationConfig);
      const deadLetters = Object.keys(queues).find((id) => destination.includes(id));
      expect(deadLetters, `${route.name} on-failure destination`).toBeDefined();

      // Reading the stream: this table's stream only.
      const reads = statementsOf(synth, fn).filter((s) =>
        actionsOf(s).includes("dynamodb:GetRecords"),
      );
      expect(reads.length).toBeGreaterThan(0);
      for (const resource of reads.flatMap(resourcesOf)) {
        expect(JSON.stringify(resource)).toContain("StreamArn");
      }
    }
  });

  test("the filters let through what the indexer handles, and nothing else", () => {
    const [route] = manifest.streamRoutes;
    if (!route) throw new Error("no stream route");
    const record = (eventName: string, image: "NewImage" | "OldImage", item: object) => ({
      eventName,
      dynamodb: { [image]: item },
    });
    const passes = (r: unknown) =>
      route.filters.some((pattern) => manifest.matchesFilter(pattern, r));
    const conversation = { type: { S: "conversation" } };
    const message = { type: { S: "message" }, text: { S: "hello" } };
    expect(passes(record("INSERT", "NewImage", conversation))).toBe(true);
    expect(passes(record("MODIFY", "NewImage", conversation))).toBe(true);
    expect(passes(record("REMOVE", "OldImage", conversation))).toBe(true);
    expect(passes(record("INSERT", "NewImage", message))).toBe(true);
    expect(passes(record("REMOVE", "OldImage", message))).toBe(true);
    // A status update of a message, a message without text, anything else: not indexed.
    expect(passes(record("MODIFY", "NewImage", message))).toBe(false);
    expect(passes(record("INSERT", "NewImage", { type: { S: "message" } }))).toBe(false);
    expect(passes(record("INSERT", "NewImage", { type: { S: "notification" } }))).toBe(false);
  });
});
