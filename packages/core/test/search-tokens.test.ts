import { describe, expect, it } from "vitest";
import {
  customerTokens,
  MAX_MESSAGE_TOKENS,
  MAX_TOKEN_LENGTH,
  normalize,
  phoneTokens,
  prefixTokens,
  queryTokens,
  textTokens,
  words,
} from "../src/search/tokens";

describe("search tokens", () => {
  it("lowercases and strips diacritics", () => {
    expect(normalize("José ÑANDÚ Ångström")).toBe("jose nandu angstrom");
    expect(words("Crème-brûlée, s'il vous plaît!")).toEqual([
      "creme",
      "brulee",
      "s",
      "il",
      "vous",
      "plait",
    ]);
  });

  it("indexes a name by every prefix of its words", () => {
    expect(prefixTokens("Rosa Ló")).toEqual(["r", "ro", "ros", "rosa", "l", "lo"]);
  });

  it("finds a phone by any run of three or more of its digits", () => {
    const tokens = phoneTokens("+14155550123");
    expect(tokens).toContain("4155");
    expect(tokens).toContain("0123");
    expect(tokens).toContain("14155550123");
    expect(tokens).not.toContain("41");
  });

  it("keeps a message's distinct whole words, capped", () => {
    expect(textTokens("Where is my order? My ORDER #1042")).toEqual([
      "where",
      "is",
      "my",
      "order",
      "1042",
    ]);
    const essay = Array.from({ length: 500 }, (_, i) => `word${i}`).join(" ");
    expect(textTokens(essay)).toHaveLength(MAX_MESSAGE_TOKENS);
    expect(textTokens("x".repeat(100))).toEqual(["x".repeat(MAX_TOKEN_LENGTH)]);
  });

  it("gives a customer's name, username and phone", () => {
    const tokens = customerTokens({ name: "Ana", username: "@ana.b", phone: "+351912345678" });
    expect(tokens).toEqual(expect.arrayContaining(["an", "ana", "b", "9123"]));
  });

  it("reads a query as words, or a phone number as its digits", () => {
    expect(queryTokens("  Rosa  rosa MARTÍNEZ ")).toEqual(["rosa", "martinez"]);
    expect(queryTokens("+1 (415) 555-0123")).toEqual(["14155550123"]);
    expect(queryTokens("order 1042")).toEqual(["order", "1042"]);
    expect(queryTokens("?!")).toEqual([]);
  });
});
