import { setTimeout as sleep } from "node:timers/promises";
import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  TrimmedDataAccessException,
} from "@aws-sdk/client-dynamodb-streams";
import { matchesFilter, type StreamRoute } from "@helios/functions/routes";
import type { DynamoDBRecord } from "aws-lambda";
import type { SqsLogger } from "../sqs/types";
import { Wakeup } from "../sqs/wakeup";

/**
 * How often an idle poller lists the shards: a closed shard and a drain ask at once. DescribeStream
 * is DynamoDB Local's costliest call (it grows with the stream, and its one SQLite thread serves
 * every table meanwhile), so the poller describes as rarely as that allows.
 */
const DESCRIBE_EVERY_MS = 10_000;

/**
 * The longest pause of a quiet poller. Each GetRecords costs DynamoDB Local tens to hundreds of
 * milliseconds of its one SQLite thread (more as the stream grows), which every table's requests
 * wait for: polling a quiet stream four times a second slowed everything else down.
 */
const MAX_IDLE_POLL_MS = 1_000;

export interface StreamPollerOptions {
  dynamodb: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  route: StreamRoute;
  invoke(handler: string, event: { Records: DynamoDBRecord[] }): Promise<unknown>;
  logger: SqsLogger;
  region: string;
  /**
   * The pause between two rounds of GetRecords. Default 250 ms: Lambda polls a stream's shards
   * four times a second. While the stream stays quiet the pause doubles, up to
   * `MAX_IDLE_POLL_MS`; records found or a drain (`/_local/drain`) bring it back.
   */
  idlePollMs?: number;
  /** Pause before a failed batch is retried. Default 200 ms. */
  retryDelayMs?: number;
}

interface Shard {
  id: string;
  parentId: string | undefined;
  iterator: string | undefined;
  lastSequence: string | undefined;
  closed: boolean;
  /** When the last GetRecords that found nothing new started. */
  caughtUpAt: number;
}

/**
 * Lambda's DynamoDB Streams event source mapping, against DynamoDB Local: follows every shard of
 * the table's stream (children after their parents, new shards as they appear) from the oldest
 * record kept, applies the mapping's filters, invokes the handler with the `DynamoDBStreamEvent`
 * AWS would send (at most `batchSize` records), and retries a batch from its first reported
 * failure (`batchItemFailures`) up to `retryAttempts` times before logging it as sent to the
 * failure destination.
 */
export class StreamPoller {
  private readonly shards = new Map<string, Shard>();
  private readonly wakeup = new Wakeup();
  private readonly rounds = new Wakeup();
  private running = false;
  private loop: Promise<void> | undefined;
  private streamArn: string | undefined;
  private describedAt = 0;
  /** The shards are listed again when one ends, once per drain, or every DESCRIBE_EVERY_MS. */
  private describeDue = true;
  private delivering = 0;
  private pauseMs = 0;

  constructor(private readonly options: StreamPollerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeup.notify();
    await this.loop;
  }

  /**
   * Whether every record written before `since` was handed to the handler (and answered): the
   * shards listed since then, and each read past `since` or closed.
   */
  caughtUp(since: number): boolean {
    if (this.delivering > 0 || this.describeDue || this.describedAt < since) return false;
    return [...this.shards.values()].every((shard) => shard.closed || shard.caughtUpAt >= since);
  }

  /**
   * Resolves once caught up with `since` (or when `signal` aborts), asking the stream at once; the
   * shards are listed once for it, not at every round it waits.
   */
  async settled(since: number, signal: AbortSignal): Promise<void> {
    if (this.describedAt < since) this.describeDue = true;
    this.pauseMs = 0;
    while (!this.caughtUp(since) && !signal.aborted && this.running) {
      this.wakeup.notify();
      await this.rounds.wait(50);
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      const roundAt = Date.now();
      let found = false;
      try {
        if (this.describeDue || roundAt - this.describedAt >= DESCRIBE_EVERY_MS)
          await this.discover(roundAt);
        for (const shard of this.readyShards()) found = (await this.poll(shard)) || found;
      } catch (error) {
        this.options.logger.error(`${this.options.route.name}: reading the table's stream failed`, {
          error: error instanceof Error ? error.message : String(error),
        });
      }
      this.rounds.notify();
      const base = this.options.idlePollMs ?? 250;
      this.pauseMs = found ? base : Math.min(Math.max(base, this.pauseMs * 2), MAX_IDLE_POLL_MS);
      await this.wakeup.wait(this.pauseMs);
    }
  }

  private async discover(roundAt: number): Promise<void> {
    const { dynamodb, streams, tableName } = this.options;
    this.streamArn ??= (
      await dynamodb.send(new DescribeTableCommand({ TableName: tableName }))
    ).Table?.LatestStreamArn;
    if (!this.streamArn) throw new Error(`Table ${tableName} has no stream`);
    let from: string | undefined;
    do {
      const { StreamDescription } = await streams.send(
        new DescribeStreamCommand({ StreamArn: this.streamArn, ExclusiveStartShardId: from }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        if (!shard.ShardId || this.shards.has(shard.ShardId)) continue;
        this.shards.set(shard.ShardId, {
          id: shard.ShardId,
          parentId: shard.ParentShardId,
          iterator: undefined,
          lastSequence: undefined,
          closed: false,
          caughtUpAt: 0,
        });
      }
      from = StreamDescription?.LastEvaluatedShardId;
    } while (from);
    this.describedAt = roundAt;
    this.describeDue = false;
  }

  /** Open shards whose parent (if we know it) is read to its end: records stay in order. */
  private readyShards(): Shard[] {
    return [...this.shards.values()].filter((shard) => {
      if (shard.closed) return false;
      const parent = shard.parentId ? this.shards.get(shard.parentId) : undefined;
      return !parent || parent.closed;
    });
  }

  /** One GetRecords on a shard, its records delivered; whether there were any. */
  private async poll(shard: Shard): Promise<boolean> {
    const startedAt = Date.now();
    let answer: GetRecordsCommandOutput;
    try {
      answer = await this.getRecords(shard);
    } catch (error) {
      if (
        !(error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException)
      )
        throw error;
      shard.iterator = undefined;
      return true;
    }
    const records = answer.Records ?? [];
    if (records.length > 0) {
      await this.deliver(records.map((record) => this.lambdaRecord(record)));
      shard.lastSequence = records.at(-1)?.dynamodb?.SequenceNumber ?? shard.lastSequence;
    } else shard.caughtUpAt = startedAt;
    shard.iterator = answer.NextShardIterator;
    if (!shard.iterator) {
      shard.closed = true;
      this.describeDue = true;
    }
    return records.length > 0;
  }

  private async getRecords(shard: Shard): Promise<GetRecordsCommandOutput> {
    const { streams } = this.options;
    shard.iterator ??= (
      await streams.send(
        new GetShardIteratorCommand({
          StreamArn: this.streamArn,
          ShardId: shard.id,
          ...(shard.lastSequence
            ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER", SequenceNumber: shard.lastSequence }
            : { ShardIteratorType: "TRIM_HORIZON" }),
        }),
      )
    ).ShardIterator;
    return streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }));
  }

  /** The record as Lambda hands it to a function (times in epoch seconds, the stream's ARN). */
  private lambdaRecord(record: StreamRecord): DynamoDBRecord {
    const { dynamodb } = record;
    const created = dynamodb?.ApproximateCreationDateTime;
    return {
      eventID: record.eventID,
      eventName: record.eventName,
      eventVersion: record.eventVersion,
      eventSource: "aws:dynamodb",
      awsRegion: this.options.region,
      eventSourceARN: this.streamArn,
      dynamodb: {
        ...(created ? { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) } : {}),
        Keys: dynamodb?.Keys,
        ...(dynamodb?.NewImage ? { NewImage: dynamodb.NewImage } : {}),
        ...(dynamodb?.OldImage ? { OldImage: dynamodb.OldImage } : {}),
        SequenceNumber: dynamodb?.SequenceNumber,
        SizeBytes: dynamodb?.SizeBytes,
        StreamViewType: dynamodb?.StreamViewType,
      },
    } as DynamoDBRecord;
  }

  private async deliver(records: DynamoDBRecord[]): Promise<void> {
    const { route } = this.options;
    const wanted = records.filter((record) =>
      route.filters.some((pattern) => matchesFilter(pattern, record)),
    );
    this.delivering++;
    try {
      for (let start = 0; start < wanted.length; start += route.batchSize)
        await this.invokeWithRetries(wanted.slice(start, start + route.batchSize));
    } finally {
      this.delivering--;
    }
  }

  /** As Lambda does with `reportBatchItemFailures`: again from the first failed record. */
  private async invokeWithRetries(batch: DynamoDBRecord[]): Promise<void> {
    const { route, invoke, logger } = this.options;
    let pending = batch;
    for (let attempt = 0; ; attempt++) {
      const failed = await invoke(route.handler, { Records: pending }).then(
        (answer) => failedSequences(answer),
        (error: unknown) => {
          logger.error(`${route.name}: the handler threw`, {
            error: error instanceof Error ? error.message : String(error),
          });
          return new Set(pending.map((record) => record.dynamodb?.SequenceNumber ?? ""));
        },
      );
      const first = pending.findIndex((record) =>
        failed.has(record.dynamodb?.SequenceNumber ?? ""),
      );
      if (first < 0) return;
      pending = pending.slice(first);
      if (attempt >= route.retryAttempts) {
        logger.error(
          `${route.name}: records failed ${attempt + 1} times, sent to the failure destination`,
          {
            sequenceNumbers: pending.map((record) => record.dynamodb?.SequenceNumber),
          },
        );
        return;
      }
      await sleep(this.options.retryDelayMs ?? 200);
    }
  }
}

function failedSequences(answer: unknown): Set<string> {
  const failures = (answer as { batchItemFailures?: { itemIdentifier?: string }[] } | undefined)
    ?.batchItemFailures;
  return new Set((failures ?? []).map((failure) => failure.itemIdentifier ?? ""));
}
