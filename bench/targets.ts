/**
 * Each measured figure beside its target (issues 8 and 19), with a pass or miss mark. Times are
 * judged as ratios to the floor measured in the same run: absolute times vary with the machine.
 */
import { httpGroupOf } from "@helios/functions/routes";
import { webSocketGroup } from "../stacks/route-groups";
import type { BundleFigure } from "./bundles";
import type { IngestFigures } from "./ingest";
import type { MetaBatchFigures } from "./meta-batch";
import type { RequestFigures } from "./requests";
import type { SearchFigures } from "./search";
import type { WebFigures } from "./web";

export interface Row {
  group: string;
  figure: string;
  value: string;
  target: string;
  /** undefined when there is nothing to judge (a reference figure). */
  pass?: boolean;
}

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(0)} KB`;
const ms = (value: number) => `${value} ms`;
/** A few milliseconds are this machine's noise, not growth. */
const flat = (small: number, large: number) => large <= small * 1.5 || large - small <= 5;

const ratio = (value: number, floor: number) =>
  floor > 0 ? `${(value / floor).toFixed(2)}×` : "n/a";

/**
 * What a signed-in member does all day: the shell, the inbox and a chat, a reply, reading, the
 * notifications and the live socket. Each route's function group, plus the WebSocket function.
 */
const COMMON_PATH = [
  { method: "GET", path: "/api/me" },
  { method: "GET", path: "/api/t/{tenant}/whatsapp/conversations" },
  { method: "GET", path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}" },
  { method: "GET", path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}/messages" },
  { method: "POST", path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}/messages" },
  { method: "POST", path: "/api/t/{tenant}/whatsapp/conversations/{conversationId}/read" },
  { method: "GET", path: "/api/t/{tenant}/whatsapp/notifications" },
  { method: "POST", path: "/api/t/{tenant}/realtime/ticket" },
] as const;

export function commonPathFunctions(): string[] {
  return [...new Set([...COMMON_PATH.map(httpGroupOf), webSocketGroup])].sort();
}

const LATENCY_SENSITIVE = /^functions\/groups\/(webhooks|realtime)\./;

export function targets(input: {
  ingest?: IngestFigures;
  metaBatch?: MetaBatchFigures;
  requests?: RequestFigures;
  bundles?: BundleFigure[];
  web?: WebFigures;
  search?: SearchFigures;
}): Row[] {
  return [
    ...(input.ingest ? ingestRows(input.ingest) : []),
    ...(input.metaBatch ? metaBatchRows(input.metaBatch) : []),
    ...(input.requests ? requestRows(input.requests) : []),
    ...(input.bundles ? bundleRows(input.bundles) : []),
    ...(input.web ? webRows(input.web) : []),
    ...(input.search ? searchRows(input.search) : []),
    ...pathRows(),
  ];
}

function pathRows(): Row[] {
  const functions = commonPathFunctions();
  return [
    {
      group: "Functions",
      figure: "functions a signed-in member's common path touches",
      value: `${functions.length} (${functions.join(", ")})`,
      target: "reported",
    },
  ];
}

/** Meta gives a webhook about 20 s and Lambda here has 10 s: the answer must not grow with the size. */
function metaBatchRows(figures: MetaBatchFigures): Row[] {
  return [
    {
      group: "Ingest",
      figure: `Meta delivery of ${figures.items} items: 200 after`,
      value: ms(figures.acknowledgedMs),
      target: "≤ 2000 ms",
      pass: figures.acknowledgedMs <= 2000,
    },
    {
      group: "Ingest",
      figure: `Meta delivery of ${figures.items} items: all ${figures.messages} messages stored after`,
      value: ms(figures.storedMs),
      target: "reference",
    },
  ];
}

function ingestRows({ latency, saturation, options }: IngestFigures): Row[] {
  const rows: Row[] = [];
  const shape = `${options.tenants * options.conversationsPerTenant} conversations, ${options.tenants * options.clientsPerTenant} WS clients`;

  rows.push(
    {
      group: "Ingest",
      figure: `webhook → client p50 at ${options.latencyRate} msg/s (${shape})`,
      value: `${ms(latency.helios.latencyMs.p50)} (floor ${ms(latency.floor.latencyMs.p50)}, ${ratio(latency.helios.latencyMs.p50, latency.floor.latencyMs.p50)})`,
      target: "≤ 1.5× floor",
      pass: latency.helios.latencyMs.p50 <= 1.5 * latency.floor.latencyMs.p50,
    },
    {
      group: "Ingest",
      figure: "webhook → client p95",
      value: `${ms(latency.helios.latencyMs.p95)} (floor ${ms(latency.floor.latencyMs.p95)})`,
      target: "reported",
    },
    {
      group: "Ingest",
      figure: "webhook → client p99",
      value: `${ms(latency.helios.latencyMs.p99)} (floor ${ms(latency.floor.latencyMs.p99)}, ${ratio(latency.helios.latencyMs.p99, latency.floor.latencyMs.p99)})`,
      target: "≤ 3× floor",
      pass: latency.helios.latencyMs.p99 <= 3 * latency.floor.latencyMs.p99,
    },
    {
      group: "Ingest",
      figure: `sustained throughput, ${options.offeredRate} msg/s offered`,
      value: `${saturation.helios.throughput} msg/s (floor ${saturation.floor.throughput}, ${ratio(saturation.helios.throughput, saturation.floor.throughput)})`,
      target: "≥ 0.6× floor",
      pass: saturation.helios.throughput >= 0.6 * saturation.floor.throughput,
    },
    {
      group: "Ingest",
      figure: `CPU per inbound message at ${options.latencyRate} msg/s (local cloud + sender)`,
      value: `${ms(latency.helios.cpuMsPerMessage)} (floor ${ms(latency.floor.cpuMsPerMessage)}, ${ratio(latency.helios.cpuMsPerMessage, latency.floor.cpuMsPerMessage)})`,
      target: "≤ 2.5× floor",
      pass: latency.helios.cpuMsPerMessage <= 2.5 * latency.floor.cpuMsPerMessage,
    },
  );
  for (const [name, run] of [
    ["latency run", latency.helios],
    ["throughput run", saturation.helios],
  ] as const) {
    rows.push({
      group: "Ingest",
      figure: `lost / duplicated / out of order (${name}, ${run.sent} sent)`,
      value: `${run.lost} / ${run.duplicated} / ${run.outOfOrder}`,
      target: "0 / 0 / 0",
      pass: run.lost + run.duplicated + run.outOfOrder === 0 && run.accepted === run.sent,
    });
  }
  return rows;
}

function requestRows(requests: RequestFigures): Row[] {
  const rows: Row[] = [];
  const requestTargets = {
    "inbound message": 3,
    "list conversations": 1,
    "open a chat": 2,
    send: 3,
  } as const;
  for (const op of requests.operations) {
    const limit = requestTargets[op.operation];
    rows.push({
      group: "DynamoDB",
      figure: `requests: ${op.operation}${op.authRequests ? ` (+${op.authRequests} session/membership checks)` : ""}`,
      value: `${op.requests} (${op.commands.join(", ")})`,
      target: op.operation === "list conversations" ? "1" : `≤ ${limit}`,
      pass: op.requests <= limit,
    });
  }
  for (const op of requests.operations) {
    rows.push({
      group: "DynamoDB",
      figure: `median ${op.operation}, ${requests.storedMessages.small / 1000}k → ${requests.storedMessages.large / 1000}k messages`,
      value: `${ms(op.medianMs.at1k)} → ${ms(op.medianMs.at100k)}`,
      target: "flat (≤ 1.5× or +5 ms)",
      pass: flat(op.medianMs.at1k, op.medianMs.at100k),
    });
  }

  return rows;
}

function bundleRows(bundles: BundleFigure[]): Row[] {
  const rows: Row[] = [
    {
      group: "Bundles",
      figure: "Lambda functions (cold pools)",
      value: String(bundles.length),
      target: "≤ 12",
      pass: bundles.length <= 12,
    },
  ];
  for (const bundle of bundles) {
    const sensitive = LATENCY_SENSITIVE.test(bundle.handler);
    rows.push({
      group: "Bundles",
      figure: bundle.handler.replace(/^functions\//, "").replace(/\.handler$/, ""),
      value: `${kb(bundle.bytes)}, init ${ms(bundle.initMs)} (+ AWS SDK ${ms(bundle.sdkMs)})`,
      target: sensitive ? "≤ 250 KB, ≤ 50 ms" : "≤ 1.5 MB",
      pass: sensitive
        ? bundle.bytes <= 250 * KB && bundle.initMs <= 50
        : bundle.bytes <= 1.5 * KB * KB,
    });
  }

  return rows;
}

function webRows(web: WebFigures): Row[] {
  const rows: Row[] = [];
  rows.push({
    group: "Web",
    figure: "initial JS (gzip)",
    value: kb(web.initialJsGzipBytes),
    target: "≤ 200 KB",
    pass: web.initialJsGzipBytes <= 200 * KB,
  });
  rows.push(
    "skipped" in web.chat
      ? {
          group: "Web",
          figure: "DOM rows, 5,000-message chat",
          value: `not measured: ${web.chat.skipped}`,
          target: "< 300",
          pass: false,
        }
      : {
          group: "Web",
          figure: `DOM rows, ${web.chat.messages.toLocaleString("en")}-message chat scrolled through (${web.chat.loaded} loaded)`,
          value: String(web.chat.maxDomRows),
          target: "< 300",
          pass: web.chat.maxDomRows < 300 && web.chat.loaded === web.chat.messages,
        },
  );
  return rows;
}

export function table(rows: Row[]): string {
  const header = ["", "figure", "measured", "target", ""];
  const cells = rows.map((row) => [
    row.group,
    row.figure,
    row.value,
    row.target,
    row.pass === undefined ? "" : row.pass ? "pass" : "MISS",
  ]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...cells].map((r) => (r[i] ?? "").length)),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

function searchRows(search: SearchFigures): Row[] {
  return [
    {
      group: "Search",
      figure: `search p95 (${search.runs} queries: names, phone digits, words, with a filter), ${search.storedMessages / 1000}k stored messages, ${search.conversations} customers, indexed by ${search.indexedBy}`,
      value: `${ms(search.p95Ms)} (median ${ms(search.p50Ms)})`,
      target: "≤ 300 ms",
      pass: search.p95Ms <= 300,
    },
  ];
}
