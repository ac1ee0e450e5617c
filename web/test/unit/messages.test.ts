import { describe, expect, it } from "vitest";
import { queryKeys } from "../../src/api/query-keys";
import {
  type ChatMessage,
  type ChatMessagePage,
  canRetryOnServer,
  insertInOrder,
  isStuck,
  mergeMessage,
} from "../../src/conversations/chat-message";
import {
  addLocalMessage,
  confirmLocalMessage,
  type MessagePages,
  upsertMessage,
  withMessage,
} from "../../src/conversations/message-cache";
import { message, newQueryClient, pagesOf, tenant } from "./fixtures";

const page = (...items: ChatMessage[]): ChatMessagePage => ({ items, nextCursor: null });
const ids = (data: MessagePages | undefined) =>
  data?.pages.flatMap((p) => p.items.map((item) => item.id));

/** Failed before the provider took it: the server offers Retry. */
const failedMessage = () =>
  message({
    status: "failed",
    providerMessageId: "",
    error: { code: "provider_unavailable", message: "Twilio is unavailable" },
    canRetry: true,
    retryableAt: "2026-12-01T10:01:00.000Z",
  });

describe("a message's status in the chat", () => {
  it("never moves back: a late `sent` after `read` keeps read", () => {
    const read = message({ status: "read" });
    const merged = mergeMessage({ ...read, clientKey: "local-1" }, message({ status: "sent" }));
    expect(merged).toMatchObject({ status: "read", clientKey: "local-1" });
  });

  it("moves forward, and a failure before the customer read it replaces delivered", () => {
    expect(mergeMessage(message({ status: "sent" }), message({ status: "delivered" })).status).toBe(
      "delivered",
    );
    const failed = message({
      status: "failed",
      error: { code: "63016", message: "Outside the window" },
    });
    expect(mergeMessage(message({ status: "delivered" }), failed)).toMatchObject({
      status: "failed",
      error: { code: "63016" },
    });
  });

  it("failed stays failed (with its Retry) when a late delivery status comes in", () => {
    const failed = failedMessage();
    const late = message({
      status: "delivered",
      providerMessageId: "",
      error: { code: "x", message: "y" },
    });
    expect(mergeMessage(failed, late)).toMatchObject({
      status: "failed",
      error: { code: "provider_unavailable" },
      canRetry: true,
    });
  });

  it("a retry (the server's copy queued again, without its error) leaves failed", () => {
    const failed = failedMessage();
    const requeued = message({ status: "queued", providerMessageId: "", canRetry: false });
    const merged = mergeMessage(failed, requeued);
    expect(merged).toMatchObject({ status: "queued", canRetry: false });
    expect(merged.error).toBeUndefined();
  });
});

describe("Retry, as the server decides it", () => {
  const queued = (retryableAt: string | null, canRetry = false) =>
    message({ status: "queued", providerMessageId: "", canRetry, retryableAt });

  it("is offered when the server says canRetry", () => {
    const failed = message({
      status: "failed",
      providerMessageId: "",
      canRetry: true,
      retryableAt: "2026-12-01T10:01:00.000Z",
    });
    expect(canRetryOnServer(failed, Date.parse("2026-12-01T10:01:00.000Z"))).toBe(true);
  });

  it("turns on for a queued message once the time the server named has passed, without an event", () => {
    const stuckAt = "2026-12-01T10:03:00.000Z";
    const message = queued(stuckAt);
    expect(isStuck(message, Date.parse(stuckAt) - 1)).toBe(false);
    expect(canRetryOnServer(message, Date.parse(stuckAt) - 1)).toBe(false);
    expect(isStuck(message, Date.parse(stuckAt))).toBe(true);
    expect(canRetryOnServer(message, Date.parse(stuckAt))).toBe(true);
  });

  it("is not offered by its createdAt: a message created long ago but attempted lately waits", () => {
    // createdAt is 10:01; the server's retryableAt (from its last attempt) is 10:32.
    const message = queued("2026-12-01T10:32:00.000Z");
    expect(canRetryOnServer(message, Date.parse("2026-12-01T10:30:00.000Z"))).toBe(false);
  });

  it("never for what the server will not retry, nor for this browser's own unsent copy", () => {
    expect(canRetryOnServer(queued(null), Number.MAX_SAFE_INTEGER)).toBe(false);
    const local: ChatMessage = { ...queued("2026-12-01T10:00:00.000Z", true), local: "failed" };
    expect(canRetryOnServer(local, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});

describe("the messages cache", () => {
  it("adds a message.created once, however many times it arrives", () => {
    const created = message({ id: "m2", createdAt: "2026-12-01T10:05:00.000Z" });
    let data = pagesOf(page(message({ id: "m1" })));
    data = withMessage(data, created);
    data = withMessage(data, created);
    expect(ids(data)).toEqual(["m1", "m2"]);
  });

  it("recognises a message by its provider id too (the same message under another id)", () => {
    const sent = message({ id: "m1", providerMessageId: "SMabc", status: "sent" });
    const data = withMessage(
      pagesOf(page(sent)),
      message({ id: "m1-copy", providerMessageId: "SMabc", status: "delivered" }),
    );
    expect(ids(data)).toHaveLength(1);
    expect(data.pages[0]?.items[0]?.status).toBe("delivered");
  });

  it("puts a message in time order within the newest page", () => {
    const first = message({ id: "a", createdAt: "2026-12-01T10:00:00.000Z" });
    const third = message({ id: "c", createdAt: "2026-12-01T10:02:00.000Z" });
    const second = message({ id: "b", createdAt: "2026-12-01T10:01:00.000Z" });
    expect(insertInOrder([first, third], second).map((m) => m.id)).toEqual(["a", "b", "c"]);
    expect(ids(withMessage(pagesOf(page(first, third)), second))).toEqual(["a", "b", "c"]);
  });

  it("replaces this browser's pending copy with the server's, keeping the row's key", () => {
    const pending: ChatMessage = {
      ...message({ id: "local-1", status: "queued", providerMessageId: "", text: "On my way" }),
      clientKey: "local-1",
      local: "sending",
    };
    const server = message({ id: "01SERVER", status: "queued", text: "On my way" });
    const data = withMessage(pagesOf(page(pending)), server);
    expect(data.pages[0]?.items).toEqual([{ ...server, clientKey: "local-1" }]);
  });

  it("keeps one copy when the realtime event beat the send's answer", () => {
    const queryClient = newQueryClient();
    const key = queryKeys.messages(tenant, message().conversationId);
    queryClient.setQueryData<MessagePages>(key, pagesOf(page()));
    const local: ChatMessage = {
      ...message({ id: "local-1", status: "queued", providerMessageId: "", text: "Hi" }),
      clientKey: "local-1",
      local: "sending",
    };
    addLocalMessage(queryClient, tenant, local);
    // The event names a later status than the answer to the request.
    upsertMessage(
      queryClient,
      tenant,
      message({ id: "01SERVER", text: "Hi", status: "delivered", authorUserId: "someone-else" }),
    );
    confirmLocalMessage(
      queryClient,
      tenant,
      "local-1",
      message({ id: "01SERVER", text: "Hi", status: "queued" }),
    );
    const items = queryClient.getQueryData<MessagePages>(key)?.pages[0]?.items;
    expect(items).toHaveLength(1);
    expect(items?.[0]).toMatchObject({ id: "01SERVER", status: "delivered", clientKey: "local-1" });
  });

  it("leaves a chat that is not loaded alone", () => {
    const queryClient = newQueryClient();
    upsertMessage(queryClient, tenant, message());
    expect(
      queryClient.getQueryData(queryKeys.messages(tenant, message().conversationId)),
    ).toBeUndefined();
  });
});
