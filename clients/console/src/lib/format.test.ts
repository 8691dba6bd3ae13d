import { describe, expect, it } from "vitest";
import { parseYuan } from "./format";

describe("parseYuan", () => {
  it("reads yuan typed by a person as whole fen", () => {
    expect(parseYuan("50")).toBe(5000);
    expect(parseYuan(" 12.5 ")).toBe(1250);
    expect(parseYuan("0.07")).toBe(7);
    expect(parseYuan("100000.99")).toBe(10000099);
  });
  it("refuses what is not an amount", () => {
    for (const bad of ["", "-1", "1.234", "abc", "1,000", "1e3"]) expect(parseYuan(bad)).toBeNull();
  });
});
