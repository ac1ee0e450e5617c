import { mentionsIn } from "@helios/core/note/mentions";
import { describe, expect, it } from "vitest";

const ana = { userId: "u1", name: "Ana Lima" };
const anabel = { userId: "u2", name: "Anabel" };
const bruno = { userId: "u3", name: "Bruno Costa" };
const anaSouza = { userId: "u4", name: "Ana Souza" };

describe("@name mentions", () => {
  it("match a full name or a first name, in any case, the longest first", () => {
    expect(mentionsIn("@Ana Lima can you look?", [ana, anabel, bruno])).toEqual([ana]);
    expect(mentionsIn("thanks @ana!", [ana, anabel, bruno])).toEqual([ana]);
    expect(mentionsIn("@ANABEL and @bruno costa, see", [ana, anabel, bruno])).toEqual([
      anabel,
      bruno,
    ]);
  });

  it("stop at a word's end, count each member once, and skip a name several members share", () => {
    expect(mentionsIn("@anastasia", [ana, bruno])).toEqual([]);
    expect(mentionsIn("@bruno @Bruno Costa @bruno", [ana, bruno])).toEqual([bruno]);
    expect(mentionsIn("@ana please", [ana, anaSouza])).toEqual([]);
    expect(mentionsIn("@ana souza please", [ana, anaSouza])).toEqual([anaSouza]);
    expect(mentionsIn("mail ana@example.com, no one", [ana])).toEqual([]);
    expect(mentionsIn("write to bruno@ana.com", [ana])).toEqual([]);
    expect(mentionsIn("no mention here", [ana])).toEqual([]);
  });
});
