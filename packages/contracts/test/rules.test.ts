import { describe, expect, it } from "vitest";
import {
  isLaterConversation,
  isRetryableAt,
  isWindowOpen,
  MessageStatus,
  mayRetry,
  type RetryFacts,
  retryableAt,
  STATUS_RANK,
  statusMovesForward,
} from "../src/index";

const T = Date.parse("2026-12-01T12:00:00.000Z");
const iso = (ms: number) => new Date(ms).toISOString();

describe("the 24-hour window", () => {
  it("is open strictly before windowExpiresAt, closed from it on, and closed when never opened", () => {
    expect(isWindowOpen(iso(T + 1), T)).toBe(true);
    expect(isWindowOpen(iso(T), T)).toBe(false);
    expect(isWindowOpen(iso(T - 1), T)).toBe(false);
    expect(isWindowOpen(null, T)).toBe(false);
    expect(isWindowOpen("not a date", T)).toBe(false);
  });
});

describe("message statuses", () => {
  it("move forward only, and a failure counts until the message is read", () => {
    expect(statusMovesForward("queued", "sent")).toBe(true);
    expect(statusMovesForward("sent", "read")).toBe(true);
    expect(statusMovesForward("read", "delivered")).toBe(false);
    expect(statusMovesForward("delivered", "delivered")).toBe(false);
    expect(statusMovesForward("delivered", "failed")).toBe(true);
    expect(statusMovesForward("read", "failed")).toBe(false);
    expect(statusMovesForward("failed", "read")).toBe(false);
    expect(statusMovesForward("failed", "failed")).toBe(false);
  });

  it("keep the ranks stored with every message", () => {
    // Stored as `statusRank` and compared in conditional writes: changing one needs a migration.
    expect(MessageStatus.options.map((status) => STATUS_RANK[status])).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe("retrying a message", () => {
  const outbound = (facts: Partial<RetryFacts>): RetryFacts => ({
    direction: "outbound",
    status: "queued",
    providerMessageId: "",
    createdAt: iso(T),
    ...facts,
  });

  it("a failure the provider never accepted may be retried at once", () => {
    const failed = outbound({ status: "failed" });
    expect(retryableAt(failed)).toBe(iso(T));
    expect(mayRetry(failed, T)).toBe(true);
    // Even read by a host whose clock is a little behind the one that recorded the attempt.
    expect(mayRetry(failed, T - 5)).toBe(true);
  });

  it("a queued message may be retried two minutes after its last attempt, not its creation", () => {
    expect(retryableAt(outbound({}))).toBe(iso(T + 120_000));
    expect(mayRetry(outbound({}), T + 119_999)).toBe(false);
    expect(mayRetry(outbound({}), T + 120_000)).toBe(true);
    const attemptedLater = outbound({ sendAttemptAt: iso(T + 600_000) });
    expect(retryableAt(attemptedLater)).toBe(iso(T + 720_000));
    expect(mayRetry(attemptedLater, T + 300_000)).toBe(false);
  });

  it("never for what the provider accepted, what is under way, or a customer's message", () => {
    expect(retryableAt(outbound({ status: "failed", providerMessageId: "SM1" }))).toBeNull();
    expect(retryableAt(outbound({ status: "sent", providerMessageId: "SM1" }))).toBeNull();
    expect(retryableAt(outbound({ status: "sent" }))).toBeNull();
    expect(retryableAt(outbound({ direction: "inbound", status: "received" }))).toBeNull();
    expect(isRetryableAt(null, T)).toBe(false);
  });
});

describe("which state of a conversation is later", () => {
  it("goes by version, not by updatedAt; by updatedAt only when a version is missing or equal", () => {
    const at = (version: number | undefined, updatedAt: string) => ({ version, updatedAt });
    expect(isLaterConversation(at(5, iso(T)), at(4, iso(T + 1000)))).toBe(true);
    expect(isLaterConversation(at(4, iso(T + 1000)), at(5, iso(T)))).toBe(false);
    expect(isLaterConversation(at(undefined, iso(T + 1000)), at(5, iso(T)))).toBe(true);
    expect(isLaterConversation(at(5, iso(T + 1000)), at(5, iso(T)))).toBe(true);
    expect(isLaterConversation(at(5, iso(T)), at(5, iso(T)))).toBe(false);
  });
});
