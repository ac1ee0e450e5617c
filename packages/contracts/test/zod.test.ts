import { describe, expect, it } from "vitest";
import { ListMessagesQuery } from "../src/conversations";
import * as z from "../src/zod";

describe("contracts' zod (mini)", () => {
  it("speaks English: an issue says what was expected, not just 'Invalid input'", () => {
    const result = z.object({ name: z.string() }).safeParse({ name: 7 });
    expect(result.error?.issues[0]?.message).toBe(
      "Invalid input: expected string, received number",
    );
  });

  it("a query's number is coerced, checked as a whole number in range, and defaulted", () => {
    expect(ListMessagesQuery.parse({}).limit).toBe(50);
    expect(ListMessagesQuery.parse({ limit: "20" }).limit).toBe(20);
    expect(ListMessagesQuery.safeParse({ limit: "2.5" }).success).toBe(false);
    expect(ListMessagesQuery.safeParse({ limit: "101" }).success).toBe(false);
    expect(ListMessagesQuery.safeParse({ limit: "0" }).success).toBe(false);
  });
});
