/**
 * Search latency (issue 18): a tenant with many customers and, in one of its conversations, the
 * 100k messages the request figures stored — every message indexed through the table's stream by
 * the same handler AWS runs (the local cloud's stream poller), waited for with `/_local/drain` —
 * then each query's round trip through the API, as the inbox's search box sends it.
 */
import { ConversationList } from "@helios/contracts";
import { type BenchTenant, call, drainCloud, randomAddress, twilioInbound } from "./client";
import { percentiles } from "./stats";

export interface SearchFigures {
  storedMessages: number;
  conversations: number;
  indexedBy: string;
  /** Seconds the stream took to index what was not indexed yet when the seeding ended. */
  indexWaitSeconds: number;
  queries: { q: string; hits: number }[];
  runs: number;
  p50Ms: number;
  p95Ms: number;
}

const FIRST = ["Rosa", "Jane", "Omar", "Ana", "Li", "Sven", "Maria", "José", "Aisha", "Kenji"];
const LAST = ["Martínez", "Smith", "Haddad", "Silva", "Chen", "Berg", "Rossi", "Okafor", "Sato"];
const WORDS = [
  "order",
  "refund",
  "delivery",
  "parcel",
  "invoice",
  "broken",
  "address",
  "tracking",
  "payment",
  "discount",
  "warranty",
  "size",
];
const RUNS = 20;

export async function measureSearch(
  baseUrl: string,
  tenant: BenchTenant,
  storedMessages: number,
  customers = 300,
): Promise<SearchFigures> {
  for (let i = 0; i < customers; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    const words = [WORDS[i % WORDS.length], WORDS[(i * 7) % WORDS.length]].join(" ");
    const response = await twilioInbound(
      baseUrl,
      tenant,
      randomAddress(),
      `Hello, about my ${words}: can you help?`,
      name,
    );
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
  }
  const waitStarted = performance.now();
  await drainCloud(baseUrl);
  const indexWaitSeconds = Math.round((performance.now() - waitStarted) / 1000);

  const queries = [
    "ros",
    "martinez",
    "555",
    "refund",
    "refund order",
    "history 4242",
    "kenji sato",
  ];
  const filtered = (q: string) => `q=${encodeURIComponent(q)}&limit=25`;
  const paths = [
    ...queries.map(filtered),
    `${filtered("parcel")}&status=open`,
    `${filtered("delivery")}&status=closed`,
  ];
  const hits: { q: string; hits: number }[] = [];
  const times: number[] = [];
  for (const query of paths) {
    const path = `/api/t/${tenant.slug}/whatsapp/conversations?${query}`;
    const first = await call(baseUrl, path, ConversationList, { token: tenant.token });
    hits.push({ q: decodeURIComponent(query), hits: first.items.length });
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await call(baseUrl, path, ConversationList, { token: tenant.token });
      times.push(performance.now() - started);
    }
  }
  const { p50, p95 } = percentiles(times);
  return {
    storedMessages,
    conversations: customers,
    indexedBy: "the table's stream (local poller → functions/streams/index-search)",
    indexWaitSeconds,
    queries: hits,
    runs: times.length,
    p50Ms: p50,
    p95Ms: p95,
  };
}
