import { describe, expect, it } from "vitest";
import { csvBlob, csvCell, csvFileName, toCsv } from "./csv";

describe("csvCell", () => {
  it("quotes text and doubles quotes", () => {
    expect(csvCell('王"小"明')).toBe('"王""小""明"');
    expect(csvCell("a,b\r\nc")).toBe('"a,b\r\nc"');
  });
  it("defuses spreadsheet formulas the way Platform/Csv.cs does", () => {
    for (const bad of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) {
      expect(csvCell(bad).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell("=1")).toBe(`"'=1"`);
    expect(csvCell("1=1")).toBe('"1=1"');
  });
  it("writes numbers as numbers (a negative amount is not a formula) and empty for null", () => {
    expect(csvCell(-150)).toBe("-150");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(Number.NaN)).toBe('""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(true)).toBe('"是"');
  });
});

describe("toCsv", () => {
  it("writes a header and one CRLF line per row", () => {
    const rows = [{ id: "1", name: "市总工会", n: 3 }, { id: "2", name: "=cmd|' /C calc'!A0", n: -1 }];
    const text = toCsv(rows, [{ header: "编号", value: (r) => r.id }, { header: "名称", value: (r) => r.name }, { header: "数量", value: (r) => r.n }]);
    expect(text).toBe('"编号","名称","数量"\r\n"1","市总工会",3\r\n"2","\'=cmd|\' /C calc\'!A0",-1\r\n');
  });
  it("writes only the header for no rows", () => {
    expect(toCsv([], [{ header: "a", value: () => 1 }])).toBe('"a"\r\n');
  });
});

describe("csvBlob", () => {
  it("is UTF-8 with a byte order mark", async () => {
    const bytes = new Uint8Array(await csvBlob('"工会"\r\n').arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('"工会"\r\n');
  });
});

describe("csvFileName", () => {
  it("dates the file in China time and drops characters Windows refuses", () => {
    expect(csvFileName("会员/名册", new Date("2026-06-01T17:30:00Z"))).toBe("会员_名册-2026-06-02.csv");
    expect(csvFileName("审计日志", new Date("2026-06-01T15:59:00Z"))).toBe("审计日志-2026-06-01.csv");
  });
});
