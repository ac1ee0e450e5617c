import type { NotificationList } from "@helios/contracts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { queryKeys } from "../../src/api/query-keys";
import type { ChatMessagePage } from "../../src/conversations/chat-message";
import type { ConversationPages } from "../../src/conversations/conversation-list";
import type { MessagePages } from "../../src/conversations/message-cache";
import type { NotificationPages } from "../../src/notifications/notification-cache";
import { applyRealtimeEvent } from "../../src/realtime/apply-event";
import {
  openRealtime,
  parseRealtimeMessage,
  type RealtimeState,
} from "../../src/realtime/realtime-client";
import {
  conversation,
  frame,
  message,
  newQueryClient,
  notification,
  pagesOf,
  tenant,
} from "./fixtures";

/** Frames in, as the WebSocket delivers them: each parsed, its events applied in order. */
function deliver(queryClient: ReturnType<typeof newQueryClient>, ...frames: string[]) {
  for (const raw of frames) {
    for (const event of parseRealtimeMessage(raw)) applyRealtimeEvent(queryClient, tenant, event);
  }
}

const chat = conversation();
const messagesKey = queryKeys.messages(tenant, chat.id);
const listKey = queryKeys.conversationList(tenant, "all");

function loadedChat() {
  const queryClient = newQueryClient();
  const page: ChatMessagePage = { items: [], nextCursor: null };
  queryClient.setQueryData<MessagePages>(messagesKey, pagesOf(page));
  queryClient.setQueryData<ConversationPages>(
    listKey,
    pagesOf({ items: [chat], nextCursor: null }),
  );
  queryClient.setQueryData(queryKeys.conversation(tenant, chat.id), chat);
  return queryClient;
}

const messagesOf = (queryClient: ReturnType<typeof newQueryClient>) =>
  queryClient.getQueryData<MessagePages>(messagesKey)?.pages.flatMap((page) => page.items) ?? [];

describe("realtime frames", () => {
  it("a batch frame yields its events in order; one event is a frame of its own", () => {
    const created = message({ id: "m1" });
    const updated = conversation({ version: 4 });
    const batch = parseRealtimeMessage(
      frame([
        { type: "message.created", data: created },
        { type: "conversation.updated", data: updated },
      ]),
    );
    expect(batch.map((event) => event.type)).toEqual(["message.created", "conversation.updated"]);
    expect(parseRealtimeMessage(frame([{ type: "message.updated", data: created }]))).toHaveLength(
      1,
    );
  });

  it("a pong, a frame of another shape, and text that is not JSON are ignored", () => {
    expect(parseRealtimeMessage(JSON.stringify({ type: "pong" }))).toEqual([]);
    expect(
      parseRealtimeMessage(JSON.stringify({ type: "message.created", tenant, data: { id: 1 } })),
    ).toEqual([]);
    expect(parseRealtimeMessage("not json")).toEqual([]);
    expect(parseRealtimeMessage(new ArrayBuffer(2))).toEqual([]);
  });
});

describe("realtime events in the cache", () => {
  it("one write's batch lands whole: the message in the chat, the conversation in the list", () => {
    const queryClient = loadedChat();
    const inbound = message({
      id: "m1",
      direction: "inbound",
      author: "customer",
      status: "received",
      text: "Hello?",
      createdAt: "2026-12-01T10:30:00.000Z",
    });
    const after = conversation({
      version: 4,
      unreadCount: 2,
      lastMessage: { text: "Hello?", direction: "inbound", at: inbound.createdAt },
      updatedAt: inbound.createdAt,
    });
    deliver(
      queryClient,
      frame([
        { type: "message.created", data: inbound },
        { type: "conversation.updated", data: after },
      ]),
    );
    expect(messagesOf(queryClient).map((m) => m.id)).toEqual(["m1"]);
    expect(queryClient.getQueryData<ConversationPages>(listKey)?.pages[0]?.items).toEqual([after]);
  });

  it("a message.created delivered twice is shown once", () => {
    const queryClient = loadedChat();
    const created = frame([{ type: "message.created", data: message({ id: "m1" }) }]);
    deliver(queryClient, created, created);
    expect(messagesOf(queryClient)).toHaveLength(1);
  });

  it("a message's status never moves back when its events arrive out of order", () => {
    const queryClient = loadedChat();
    const at = (status: string) =>
      frame([{ type: "message.updated", data: message({ id: "m1", status }) }]);
    deliver(
      queryClient,
      frame([{ type: "message.created", data: message({ id: "m1", status: "queued" }) }]),
    );
    deliver(queryClient, at("read"), at("delivered"), at("sent"));
    expect(messagesOf(queryClient).map((m) => m.status)).toEqual(["read"]);
  });

  it("an older conversation.updated arriving late does not undo a newer one", () => {
    const queryClient = loadedChat();
    const v5 = conversation({ version: 5, status: "closed" });
    const v4 = conversation({ version: 4, status: "open", updatedAt: "2026-12-01T23:00:00.000Z" });
    deliver(
      queryClient,
      frame([{ type: "conversation.updated", data: v5 }]),
      frame([{ type: "conversation.updated", data: v4 }]),
    );
    expect(queryClient.getQueryData(queryKeys.conversation(tenant, chat.id))).toEqual(v5);
  });

  it("a new message shows as the conversation's last one at once; a timeline line does not", () => {
    const queryClient = loadedChat();
    const later = message({ id: "m2", text: "On its way", createdAt: "2026-12-01T11:00:00.000Z" });
    deliver(queryClient, frame([{ type: "message.created", data: later }]));
    const lastText = () =>
      queryClient.getQueryData<ConversationPages>(listKey)?.pages[0]?.items[0]?.lastMessage?.text;
    expect(lastText()).toBe("On its way");
    const line = message({
      id: "m3",
      kind: "event",
      text: "AI paused",
      event: { type: "ai_paused" },
      createdAt: "2026-12-01T12:00:00.000Z",
    });
    deliver(queryClient, frame([{ type: "message.created", data: line }]));
    expect(lastText()).toBe("On its way");
  });

  it("conversation.deleted takes it out of the lists", () => {
    const queryClient = loadedChat();
    deliver(queryClient, frame([{ type: "conversation.deleted", data: { id: chat.id } }]));
    expect(queryClient.getQueryData<ConversationPages>(listKey)?.pages[0]?.items).toEqual([]);
  });

  it("a notification sent again with the same id replaces the one shown and goes on top", () => {
    const queryClient = newQueryClient();
    const key = queryKeys.notificationList(tenant, "all");
    const other = notification({ id: "other", type: "escalation" });
    const first = notification({ id: "n1", body: "Hello?" });
    const data: NotificationList = { items: [other, first], unreadCount: 2, nextCursor: null };
    queryClient.setQueryData<NotificationPages>(key, pagesOf(data));
    const again = notification({
      id: "n1",
      body: "Anyone there?",
      updatedAt: "2026-12-01T10:05:00.000Z",
    });
    deliver(queryClient, frame([{ type: "notification.created", data: again }]));
    expect(queryClient.getQueryData<NotificationPages>(key)?.pages[0]?.items).toEqual([
      again,
      other,
    ]);
  });
});

/** A WebSocket as the browser's, driven by the test: it opens, delivers frames and drops. */
class TestSocket {
  static made: TestSocket[] = [];
  static OPEN = 1;
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    TestSocket.made.push(this);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(data: string) {
    this.onmessage?.({ data });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
  send() {}
  close() {}
}

describe("the realtime connection", () => {
  function stubBrowser() {
    TestSocket.made = [];
    vi.useFakeTimers();
    vi.stubGlobal("window", globalThis);
    vi.stubGlobal("addEventListener", () => {});
    vi.stubGlobal("removeEventListener", () => {});
    vi.stubGlobal("WebSocket", TestSocket);
  }
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("stops for good when membership has ended: no socket, state ended, no retries", async () => {
    stubBrowser();
    const states: RealtimeState[] = [];
    let asked = 0;
    openRealtime({
      // The ticket request answered 403: this user is no longer in the workspace.
      connectUrl: async () => {
        asked += 1;
        return null;
      },
      onEvent: () => {},
      onResync: () => {},
      onState: (state) => states.push(state),
    });
    await vi.runAllTimersAsync();
    expect(states).toEqual(["connecting", "ended"]);
    expect(TestSocket.made).toEqual([]);
    expect(asked).toBe(1);
  });

  it("resyncs at the first open (what the page read before may have missed events) and, after a drop, reconnects with a fresh ticket and resyncs again; once stopped, nothing more arrives", async () => {
    stubBrowser();
    const events: string[] = [];
    const states: RealtimeState[] = [];
    const resyncs: boolean[] = [];
    let tickets = 0;
    const stop = openRealtime({
      connectUrl: async () => `wss://example.test/ws?ticket=t${++tickets}`,
      onEvent: (event) => events.push(event.type),
      onResync: (afterDrop) => resyncs.push(afterDrop),
      onState: (state) => states.push(state),
    });
    await vi.runAllTimersAsync();
    expect(resyncs).toEqual([]);
    TestSocket.made[0]?.open();
    expect(resyncs).toEqual([false]);
    TestSocket.made[0]?.receive(frame([{ type: "message.created", data: message() }]));

    TestSocket.made[0]?.drop();
    await vi.runAllTimersAsync();
    expect(TestSocket.made.map((socket) => socket.url)).toEqual([
      "wss://example.test/ws?ticket=t1",
      "wss://example.test/ws?ticket=t2",
    ]);
    TestSocket.made[1]?.open();
    expect(resyncs).toEqual([false, true]);
    expect(states).toEqual(["connecting", "connected", "reconnecting", "connected"]);

    stop();
    TestSocket.made[1]?.receive(frame([{ type: "message.updated", data: message() }]));
    expect(events).toEqual(["message.created"]);
  });
});
