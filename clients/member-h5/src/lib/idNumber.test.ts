import { describe, expect, it } from "vitest";
import { checkCharacter, idNumberHint, validateIdNumber } from "./idNumber";

const today = new Date(2026, 10, 23);
// GB 11643-1999 worked example, and numbers built with the check character formula.
const valid = ["11010519491231002X", "440524198001010013", "320106199003071234"];

describe("ID numbers (GB 11643)", () => {
  it("computes the ISO 7064 MOD 11-2 check character", () => {
    expect(checkCharacter("11010519491231002")).toBe("X");
    expect(checkCharacter("44052419800101001")).toBe("3");
    expect(checkCharacter("32010619900307123")).toBe("4");
  });

  it.each(valid)("accepts %s", (id) => {
    expect(validateIdNumber(id, today)).toEqual({ normalised: id.toUpperCase(), problem: "none" });
  });

  it("accepts lower-case x and surrounding spaces, normalising to X", () => {
    expect(validateIdNumber(" 11010519491231002x ", today)).toEqual({ normalised: "11010519491231002X", problem: "none" });
  });

  it.each([
    ["", "length"], ["1101051949123100", "length"], ["11010519491231002X1", "length"],
    ["1101051949123100AX", "digits"], ["11010519491231002Y", "digits"],
    ["110105194902300021", "birthDate"], // 30 February
    ["110105189912310021", "birthDate"], // before 1900
    ["110105202701010021", "birthDate"], // in the future
    ["110105194912310021", "checkCharacter"],
  ] as const)("refuses %s (%s)", (id, problem) => {
    expect(validateIdNumber(id, today).problem).toBe(problem);
  });

  it("matches the C# rule for birth dates on today's date (not in the future means today is fine)", () => {
    const id17 = "11010520261123001";
    expect(validateIdNumber(id17 + checkCharacter(id17), today).problem).toBe("none");
    const tomorrow = "11010520261124001";
    expect(validateIdNumber(tomorrow + checkCharacter(tomorrow), today).problem).toBe("birthDate");
  });

  it("gives instant hints while typing", () => {
    expect(idNumberHint("", today)).toBeNull();
    expect(idNumberHint("110105", today)).toBe("还差 12 位");
    expect(idNumberHint("11010519490230", today)).toBe("第 7-14 位的出生日期不正确");
    expect(idNumberHint("1101a5", today)).toMatch(/17 位数字/);
    expect(idNumberHint("110105194912310021", today)).toMatch(/校验码/);
    expect(idNumberHint("11010519491231002x", today)).toBeNull();
  });
});
