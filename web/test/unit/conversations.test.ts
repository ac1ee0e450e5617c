import type { ConversationList } from "@helios/contracts";
import { describe, expect, it } from "vitest";
import { queryKeys } from "../../src/api/query-keys";
import { removeConversation, upsertConversation } from "../../src/conversations/conversation-cache";
import {
  type ConversationPages,
  flattenConversations,
  isNewer,
} from "../../src/conversations/conversation-list";
import { windowOpenAt, windowText } from "../../src/pages/chat/window";
import { conversation, newQueryClient, pagesOf, tenant } from "./fixtures";

const list = (...items: ReturnType<typeof conversation>[]): ConversationList => ({
  items,
  nextCursor: null,
});

describe("which conversation state wins", () => {
  it("the higher version, even when its updatedAt is earlier (time is not order)", () => {
    const v4 = conversation({ version: 4, updatedAt: "2026-12-01T10:00:00.000Z", unreadCount: 0 });
    const v3 = conversation({ version: 3, updatedAt: "2026-12-01T10:00:00.500Z", unreadCount: 5 });
    expect(isNewer(v4, v3)).toBe(true);
    expect(isNewer(v3, v4)).toBe(false);
  });

  it("updatedAt when a version is missing (a conversation stored before versions)", () => {
    const older = conversation({ version: undefined, updatedAt: "2026-12-01T10:00:00.000Z" });
    const newer = conversation({ version: undefined, updatedAt: "2026-12-01T11:00:00.000Z" });
    expect(isNewer(newer, older)).toBe(true);
    expect(isNewer(older, newer)).toBe(false);
    expect(isNewer(undefined, older)).toBe(false);
  });
});

describe("the conversations cache", () => {
  it("an older conversation.updated does not overwrite a newer one, in the chat or the lists", () => {
    const queryClient = newQueryClient();
    const newer = conversation({ version: 7, status: "closed", unreadCount: 0 });
    const older = conversation({
      version: 6,
      status: "open",
      unreadCount: 2,
      updatedAt: "2026-12-01T12:00:00.000Z",
    });
    queryClient.setQueryData(queryKeys.conversation(tenant, newer.id), newer);
    const allKey = queryKeys.conversationList(tenant, "all");
    queryClient.setQueryData<ConversationPages>(allKey, pagesOf(list(newer)));

    upsertConversation(queryClient, tenant, older);

    expect(queryClient.getQueryData(queryKeys.conversation(tenant, newer.id))).toEqual(newer);
    expect(queryClient.getQueryData<ConversationPages>(allKey)?.pages[0]?.items).toEqual([newer]);
  });

  it("a newer one replaces it, moving between the status lists", () => {
    const queryClient = newQueryClient();
    const open = conversation({ version: 2 });
    const closed = conversation({ version: 3, status: "closed" });
    const openKey = queryKeys.conversationList(tenant, "open");
    const closedKey = queryKeys.conversationList(tenant, "closed");
    queryClient.setQueryData<ConversationPages>(openKey, pagesOf(list(open)));
    queryClient.setQueryData<ConversationPages>(closedKey, pagesOf(list()));

    upsertConversation(queryClient, tenant, closed);

    expect(queryClient.getQueryData<ConversationPages>(openKey)?.pages[0]?.items).toEqual([]);
    expect(queryClient.getQueryData<ConversationPages>(closedKey)?.pages[0]?.items).toEqual([
      closed,
    ]);
  });

  it("the same conversation on two pages shows once, its latest version, by latest activity", () => {
    const a1 = conversation({
      id: "a",
      version: 1,
      lastMessage: { text: "x", direction: "inbound", at: "2026-12-01T09:00:00.000Z" },
    });
    const a2 = conversation({
      id: "a",
      version: 2,
      lastMessage: { text: "y", direction: "inbound", at: "2026-12-01T12:00:00.000Z" },
    });
    const b = conversation({
      id: "b",
      lastMessage: { text: "z", direction: "inbound", at: "2026-12-01T11:00:00.000Z" },
    });
    const closed = conversation({ id: "c", status: "closed" });
    const shown = flattenConversations(pagesOf(list(b, a1), list(a2, closed)), "open");
    expect(shown.map((item) => [item.id, item.version])).toEqual([
      ["a", 2],
      ["b", 3],
    ]);
  });

  it("a deleted conversation leaves every list", () => {
    const queryClient = newQueryClient();
    const gone = conversation({ id: "gone" });
    const kept = conversation({ id: "kept" });
    const key = queryKeys.conversationList(tenant, "all");
    queryClient.setQueryData<ConversationPages>(key, pagesOf(list(gone, kept), list(gone)));
    removeConversation(queryClient, tenant, "gone");
    const pages = queryClient.getQueryData<ConversationPages>(key)?.pages;
    expect(pages?.map((page) => page.items.map((item) => item.id))).toEqual([["kept"], []]);
  });
});

describe("the 24-hour window, as the server reports it", () => {
  const expires = "2026-12-02T10:00:00.000Z";
  const before = Date.parse(expires) - 3 * 3600_000 - 12 * 60_000;

  it("open while the server says so and its time has not passed", () => {
    const open = conversation({ windowExpiresAt: expires, windowOpen: true });
    expect(windowOpenAt(open, before)).toBe(true);
    expect(windowText(open.windowExpiresAt, true, before)).toBe("Window closes in 3 h 12 min");
  });

  it("closes on screen when its time passes, without a new event", () => {
    const open = conversation({ windowExpiresAt: expires, windowOpen: true });
    expect(windowOpenAt(open, Date.parse(expires))).toBe(false);
  });

  it("closed when the server says closed, whatever the browser's clock says", () => {
    const closed = conversation({ windowExpiresAt: expires, windowOpen: false });
    expect(windowOpenAt(closed, before)).toBe(false);
    expect(windowText(closed.windowExpiresAt, false, before)).toMatch(/^Window closed/);
  });
});
