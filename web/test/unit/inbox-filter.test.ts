import type { ConversationList } from "@helios/contracts";
import { describe, expect, it } from "vitest";
import { queryKeys } from "../../src/api/query-keys";
import { upsertConversation } from "../../src/conversations/conversation-cache";
import {
  type ConversationPages,
  flattenConversations,
  matchesFilter,
} from "../../src/conversations/conversation-list";
import {
  readInboxFilter,
  toRequestFilter,
  writeInboxFilter,
} from "../../src/pages/inbox/inbox-filter";
import { lastMessageAuthor } from "../../src/pages/inbox/last-message";
import { conversation, newQueryClient, pagesOf, tenant } from "./fixtures";

const list = (...items: ReturnType<typeof conversation>[]): ConversationList => ({
  items,
  nextCursor: null,
});
const ana = { userId: "u-ana", name: "Ana Lima" };

describe("the inbox's filters in the URL", () => {
  it("reads what the contract allows, open by default, and leaves out what it refuses", () => {
    const filter = readInboxFilter(
      new URLSearchParams("assignee=me&label=l1&escalated=true&unread=maybe&q=%20refund%20"),
    );
    expect(filter).toEqual({
      status: "open",
      assignee: "me",
      label: "l1",
      escalated: true,
      q: "refund",
    });
    expect(readInboxFilter(new URLSearchParams("status=closed")).status).toBe("closed");
    expect(readInboxFilter(new URLSearchParams("status=gone")).status).toBe("open");
  });

  it("writes a change and drops defaults, keeping the other parameters", () => {
    const next = writeInboxFilter(new URLSearchParams("q=tea&status=closed"), {
      status: "open",
      unread: true,
      escalated: undefined,
    });
    expect(next.toString()).toBe("q=tea&unread=true");
  });

  it("asks the API for the caller's id instead of me", () => {
    expect(toRequestFilter({ status: "open", assignee: "me" }, "u-1").assignee).toBe("u-1");
    expect(toRequestFilter({ status: "open", assignee: "none" }, "u-1").assignee).toBe("none");
  });
});

describe("which list a changed conversation belongs to", () => {
  it("each filter narrows: assignee, label, escalated, unread, number", () => {
    const mine = conversation({ assignee: ana, labels: ["vip"], escalated: true });
    expect(matchesFilter(mine, { status: "open", assignee: "u-ana", label: "vip" })).toBe(true);
    expect(matchesFilter(mine, { assignee: "none" })).toBe(false);
    expect(matchesFilter(mine, { assignee: "u-bo" })).toBe(false);
    expect(matchesFilter(mine, { label: "late" })).toBe(false);
    expect(matchesFilter(mine, { escalated: true, unread: true })).toBe(true);
    expect(matchesFilter({ ...mine, unreadCount: 0 }, { unread: true })).toBe(false);
    expect(matchesFilter(mine, { numberId: "another" })).toBe(false);
    expect(matchesFilter(conversation(), { assignee: "none" })).toBe(true);
  });

  it("assigned away, it leaves Mine and joins the other member's list", () => {
    const queryClient = newQueryClient();
    const before = conversation({ version: 3, assignee: ana });
    const mineKey = queryKeys.conversationList(tenant, { status: "open", assignee: "u-ana" });
    const boKey = queryKeys.conversationList(tenant, { status: "open", assignee: "u-bo" });
    queryClient.setQueryData<ConversationPages>(mineKey, pagesOf(list(before)));
    queryClient.setQueryData<ConversationPages>(boKey, pagesOf(list()));

    const after = conversation({ version: 4, assignee: { userId: "u-bo", name: "Bo" } });
    upsertConversation(queryClient, tenant, after);

    expect(queryClient.getQueryData<ConversationPages>(mineKey)?.pages[0]?.items).toEqual([]);
    expect(queryClient.getQueryData<ConversationPages>(boKey)?.pages[0]?.items).toEqual([after]);
  });

  it("a search's list changes the conversations it found, and adds none the server did not", () => {
    const queryClient = newQueryClient();
    const found = conversation({ id: "found", version: 1 });
    const key = queryKeys.conversationList(tenant, { status: "open", q: "refund" });
    queryClient.setQueryData<ConversationPages>(key, pagesOf(list(found)));

    upsertConversation(queryClient, tenant, conversation({ id: "other", version: 1 }));
    const newer = conversation({ id: "found", version: 2, unreadCount: 4 });
    upsertConversation(queryClient, tenant, newer);

    const shown = flattenConversations(
      queryClient.getQueryData<ConversationPages>(key) as ConversationPages,
      { status: "open", q: "refund" },
    );
    expect(shown).toEqual([newer]);
  });
});

describe("who wrote the last message, as the row says it", () => {
  const last = (overrides: Record<string, unknown>) =>
    conversation({
      lastMessage: {
        text: "Hi",
        direction: "outbound",
        at: "2026-12-01T10:00:00.000Z",
        ...overrides,
      },
    });
  it("nothing for the customer, You, a colleague's name, or AI", () => {
    expect(lastMessageAuthor(conversation(), "Ana Lima")).toBeNull();
    expect(lastMessageAuthor(last({ authorName: "Ana Lima" }), "Ana Lima")).toBe("You");
    expect(lastMessageAuthor(last({ authorName: "Bo Sousa" }), "Ana Lima")).toBe("Bo Sousa");
    expect(lastMessageAuthor(last({}), "Ana Lima")).toBe("AI");
  });
});
