/**
 * `npm run bench`: every performance figure of the project beside its target, measured on this
 * machine in one run against the local cloud (DynamoDB Local, the API Gateway emulation), with the
 * floor measured on the same DynamoDB Local. Prints a table and writes bench/results.json.
 */
import "../packages/local/src/quiet-sdk-warning";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { startDynamoDbLocal } from "../packages/local/src/dynamodb/start-dynamodb-local";
import { type BundleFigure, measureBundles } from "./bundles";
import { childCloud, inProcessCloud } from "./cloud";
import { type IngestFigures, measureIngest } from "./ingest";
import { type MetaBatchFigures, measureMetaBatch } from "./meta-batch";
import { measureRequests, type RequestFigures } from "./requests";
import { measureSearch, type SearchFigures } from "./search";
import { type Row, table, targets } from "./targets";
import { initialJs, measureChatDom, type WebFigures } from "./web";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
// Kept before the in-process local cloud sends stdout to its log file.
const terminal = process.stdout.write.bind(process.stdout);
const say = (line: string) => terminal(`${line}\n`);
const started = performance.now();
const step = (name: string) =>
  say(`… ${name} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
const load = [loadavg()[0] ?? 0];

// `--only=bundles,ingest,meta,requests,web,search` measures a part (web and search need requests);
// `--messages=N` stores
// N instead of 100k messages for the latency comparison. A full run takes neither.
const args = new Map(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string]),
);
const only = new Set((args.get("only") ?? "bundles,ingest,meta,requests,web,search").split(","));
const largeMessages = Number(args.get("messages") ?? 100_000);

step("building the web app if needed");
const webBuild = spawnSync(process.execPath, ["scripts/build-web.mjs"], { stdio: "inherit" });
if (webBuild.status !== 0) process.exit(webBuild.status ?? 1);

let bundles: BundleFigure[] | undefined;
if (only.has("bundles")) {
  step("bundling every Lambda as deployed, timing each cold init");
  bundles = await measureBundles();
}

/**
 * Each section gets a DynamoDB Local of its own (Helios and its floor share one): in DynamoDB Local
 * every write looks up its table's stream in one shared database, at a cost that grows with every
 * stream record stored, so one section's records would slow the next one down.
 */
let dynamodb: Awaited<ReturnType<typeof startDynamoDbLocal>> | undefined;
async function freshDynamoDb() {
  await dynamodb?.stop();
  step("starting DynamoDB Local");
  dynamodb = await startDynamoDbLocal({ inMemory: true });
  return dynamodb;
}
let exitCode = 0;
try {
  let ingest: IngestFigures | undefined;
  if (only.has("ingest")) {
    const { endpoint } = await freshDynamoDb();
    step("ingest: webhooks with WebSocket clients connected, then the floor");
    const ingestTable = "helios-bench-ingest";
    const cloud = await childCloud(endpoint, ingestTable);
    try {
      ingest = await measureIngest(cloud.url, cloud.pid, endpoint, ingestTable, {
        // Below what Helios sustains on a 2-core machine, so latency is not queueing.
        latencyRate: 20,
        latencySeconds: 10,
        offeredRate: 300,
        offeredSeconds: 3,
        tenants: 10,
        conversationsPerTenant: 5,
        clientsPerTenant: 2,
      });
    } finally {
      await cloud.stop();
    }
    load.push(loadavg()[0] ?? 0);
  }

  let metaBatch: MetaBatchFigures | undefined;
  if (only.has("meta")) {
    const { endpoint } = await freshDynamoDb();
    step("a 1,000-item Meta delivery: acknowledged, then every message stored");
    const cloud = await childCloud(endpoint, "helios-bench-meta");
    try {
      metaBatch = await measureMetaBatch(cloud.url);
    } finally {
      await cloud.stop();
    }
    load.push(loadavg()[0] ?? 0);
  }

  let requests: RequestFigures | undefined;
  let web: WebFigures | undefined;
  let search: SearchFigures | undefined;
  if (only.has("requests") || only.has("web") || only.has("search")) {
    const { endpoint } = await freshDynamoDb();
    step(
      `DynamoDB requests per operation; latency at 1k, then ${largeMessages / 1000}k stored messages`,
    );
    const inProcessUrl = await inProcessCloud(endpoint, "helios-bench-requests");
    requests = await measureRequests(inProcessUrl, {
      small: 1_000,
      large: largeMessages,
      chatMessages: 5_000,
    });
    if (only.has("web")) {
      step("web: initial JavaScript, and DOM rows while scrolling a 5,000-message chat");
      const js = initialJs();
      web = {
        initialJsGzipBytes: js.bytes,
        initialJsFiles: js.files,
        chat: await measureChatDom(inProcessUrl, requests.chat),
      };
    }
    if (only.has("search")) {
      step(`search: ${largeMessages / 1000}k stored messages indexed through the table's stream`);
      search = await measureSearch(inProcessUrl, requests.chat.tenant, largeMessages);
    }
    load.push(loadavg()[0] ?? 0);
  }

  const rows: Row[] = targets({ ingest, metaBatch, requests, bundles, web, search });
  say("");
  say(table(rows));
  const missed = rows.filter((row) => row.pass === false).length;
  say("");
  say(
    `${rows.length - missed} of ${rows.length} targets met · ${cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(" → ")} · ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  // A partial run keeps the last full run's figures, which the README quotes.
  const file = args.size === 0 ? "results.json" : "results-partial.json";
  writeFileSync(
    join(import.meta.dirname, file),
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, load },
        rows,
        ingest,
        metaBatch,
        requests: requests && { ...requests, chat: { messages: requests.chat.messages } },
        bundles,
        web,
        search,
      },
      null,
      2,
    )}\n`,
  );
  say(`Wrote bench/${file}`);
} catch (error) {
  exitCode = 1;
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
} finally {
  await dynamodb?.stop();
}
// The in-process local cloud keeps its servers and pollers open: end the run here.
process.exit(exitCode);
