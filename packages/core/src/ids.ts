import { createHash } from "node:crypto";
import { decodeTime, encodeTime, monotonicFactory, TIME_MAX } from "ulid";

const next = monotonicFactory();

/** Sortable unique ids: newer ids sort after older ones, which key design relies on. */
export const newId = () => next().toLowerCase();

export const nowIso = () => new Date().toISOString();

const CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

/**
 * An id in the same shape as `newId` (26 characters, time first) for something that happened at
 * `atMs` and is known by `uniqueKey`: ids sort by that time, and the same key always gives the
 * same id, so items keyed by it have one order whatever order they were stored in.
 */
export function idAt(atMs: number, uniqueKey: string): string {
  const tail = Array.from(createHash("sha256").update(uniqueKey).digest().subarray(0, 16))
    .map((byte) => CROCKFORD[byte % 32])
    .join("");
  return `${encodeTime(Math.max(0, Math.min(atMs, TIME_MAX)), 10).toLowerCase()}${tail}`;
}

/** The time (ms) an id of `newId` or `idAt` starts with; undefined for an id of another shape. */
export function timeOfId(id: string): number | undefined {
  try {
    return decodeTime(id.slice(0, 26).toUpperCase());
  } catch {
    return undefined;
  }
}
