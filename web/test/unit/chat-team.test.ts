import { describe, expect, it } from "vitest";
import { chatRows } from "../../src/pages/chat/chat-rows";
import { replaceTrigger, triggerAt } from "../../src/pages/chat/composer-trigger";
import { mentionSegments } from "../../src/pages/chat/mentions";
import { messageAuthor } from "../../src/pages/chat/message-author";
import { message } from "./fixtures";

const at = (text: string, mentions = true) => triggerAt(text, text.length, mentions);

describe("the composer's triggers", () => {
  it("/ at the start or after a space opens saved replies, with what follows as the query", () => {
    expect(at("/ref")).toEqual({ kind: "canned", query: "ref", start: 0 });
    expect(at("Hello /Ref")).toEqual({ kind: "canned", query: "ref", start: 6 });
    expect(at("/")).toEqual({ kind: "canned", query: "", start: 0 });
  });

  it("a / inside a word or after a space-separated query is not one", () => {
    expect(at("see https://x.io/a")).toBeNull();
    expect(at("1/2")).toBeNull();
    expect(at("/refund now")).toBeNull();
  });

  it("@ opens mentions only in a note, and a mention may hold a space", () => {
    expect(at("ask @An", false)).toBeNull();
    expect(at("ask @Ana L")).toEqual({ kind: "mention", query: "Ana L", start: 4 });
    expect(at("mail me at ana@x.io")).toBeNull();
    expect(at("@ana\nnext")).toBeNull();
  });

  it("inserting replaces the trigger up to the caret and puts the caret after it", () => {
    const text = "Hi /ref and more";
    const trigger = triggerAt(text, 7, false);
    expect(trigger).toEqual({ kind: "canned", query: "ref", start: 3 });
    if (!trigger) return;
    expect(replaceTrigger(text, 7, trigger, "Hello Nora")).toEqual({
      text: "Hi Hello Nora and more",
      caret: 13,
    });
  });
});

describe("mentions in a note", () => {
  it("cut the text at each @Name, the longest name first, whatever the case", () => {
    expect(mentionSegments("@ana lima and @Ana, look", ["Ana", "Ana Lima"])).toEqual([
      { text: "@ana lima", mention: true },
      { text: " and ", mention: false },
      { text: "@Ana", mention: true },
      { text: ", look", mention: false },
    ]);
    expect(mentionSegments("no one (a+b)", ["(a+b)"])).toEqual([
      { text: "no one (a+b)", mention: false },
    ]);
  });
});

describe("who said what", () => {
  const me = { id: "01JD2M0000000000000000USER", name: "Maria" };

  it("names a person's reply, says You for one's own, AI for the AI and nothing for the customer", () => {
    expect(messageAuthor(message({ authorUserId: "other", authorName: "Ana Lima" }), me)).toEqual({
      kind: "person",
      label: "Ana Lima",
      name: "Ana Lima",
      userId: "other",
    });
    expect(messageAuthor(message(), me)).toMatchObject({ label: "You", name: "Maria" });
    expect(messageAuthor(message({ author: "ai", authorUserId: undefined }), me)).toEqual({
      kind: "ai",
    });
    expect(
      messageAuthor(
        message({ author: "customer", direction: "inbound", authorName: undefined }),
        me,
      ),
    ).toBeNull();
  });

  it("groups one author's consecutive messages; another author, a note, an event or a gap starts anew", () => {
    const at = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, "0")}:00.000Z`;
    const ana = { authorUserId: "ana", authorName: "Ana" };
    const rows = chatRows(
      [
        message({ id: "1", createdAt: at(0), ...ana }),
        message({ id: "2", createdAt: at(1), ...ana }),
        message({ id: "3", createdAt: at(2), ...ana, kind: "note" }),
        message({ id: "4", createdAt: at(3), authorUserId: "bruno", authorName: "Bruno" }),
        message({ id: "5", createdAt: at(4), authorUserId: "bruno", kind: "event" }),
        message({ id: "6", createdAt: at(5), authorUserId: "bruno", authorName: "Bruno" }),
        message({ id: "7", createdAt: at(30), authorUserId: "bruno", authorName: "Bruno" }),
      ],
      new Date("2026-12-01T12:00:00.000Z"),
    ).rows;
    expect(rows.map((row) => row.continues ?? false)).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
