import { LRUCache } from "lru-cache";

/**
 * Every in-memory cache of the core, each an `lru-cache` with a TTL. A warm Lambda keeps its own
 * copies, so what another function changed is seen here at most one TTL later: each cache's TTL
 * is that staleness bound (sessions 2 s, webhook lookups 30 s). No use case forgets an entry after
 * its write: the HTTP adapter empties the caches of its own instance after every write request, and
 * a host that runs functions apart in one process (the local cloud's worker threads) calls
 * `clearCaches` where a real deployment would be in another function.
 */
export class Cache<V extends {}> {
  #lru: LRUCache<string, V> | undefined;
  constructor(private readonly options: LRUCache.Options<string, V, unknown>) {}
  /** Made on first use: an `LRUCache` allocates its `max` slots up front, a cold start's cost. */
  get lru(): LRUCache<string, V> {
    this.#lru ??= new LRUCache<string, V>(this.options);
    return this.#lru;
  }
  clear(): void {
    this.#lru?.clear();
  }
}

const registry = new Map<string, { cache: { clear(): void }; checkedOnUse: boolean }>();
/** Moves on at every clear, so a load that started before a clear does not refill the cache. */
let generation = 0;

export function createCache<V extends {}>(
  name: string,
  {
    checkedOnUse = false,
    ...options
  }: {
    max: number;
    ttl: number;
    /**
     * Every use is checked by the write it goes with (a transaction's condition on the cached
     * item), so a stale entry can do no harm and `clearCaches` keeps it.
     */
    checkedOnUse?: boolean;
  },
): Cache<V> {
  if (registry.has(name)) throw new Error(`A cache named ${name} exists already`);
  const cache = new Cache<V>(options);
  registry.set(name, { cache, checkedOnUse });
  return cache;
}

/** Empties every cache of this process whose entries are not checked on use. */
export function clearCaches(): void {
  generation++;
  for (const { cache, checkedOnUse } of registry.values()) if (!checkedOnUse) cache.clear();
}

/**
 * The cached value, else `load`'s, kept unless undefined (a miss is not kept: a lookup of an
 * unknown key stays a read and cannot fill the cache). `fresh` skips the cached value.
 */
export async function cached<V extends {}>(
  cache: Cache<V>,
  key: string,
  load: () => Promise<V | undefined>,
  fresh = false,
): Promise<V | undefined> {
  const hit = fresh ? undefined : cache.lru.get(key);
  if (hit !== undefined) return hit;
  const loadedIn = generation;
  const value = await load();
  if (value !== undefined && loadedIn === generation) cache.lru.set(key, value);
  return value;
}
