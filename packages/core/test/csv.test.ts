import { csvCell, csvRecord } from "@helios/core/csv/csv";
import { describe, expect, it } from "vitest";

describe("CSV cells", () => {
  it("quote commas, quotes and line breaks (RFC 4180) and end records with CRLF", () => {
    expect(csvRecord(["a", 'say "hi"', "x,y", "two\nlines", 3, true, null, undefined])).toBe(
      'a,"say ""hi""","x,y","two\nlines",3,true,,\r\n',
    );
  });

  it("defuse what a spreadsheet would run as a formula", () => {
    for (const formula of ["=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"])
      expect(csvCell(formula).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
