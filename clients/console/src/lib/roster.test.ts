import { describe, expect, it } from "vitest";
import { countRows, decodeCsv, hasRosterHeader, rejectionReason } from "./roster";

describe("decodeCsv", () => {
  it("reads UTF-8 and drops the BOM", () => {
    const bytes = new TextEncoder().encode("\uFEFFname,idNumber\n张三,1");
    expect(decodeCsv(bytes)).toBe("name,idNumber\n张三,1");
  });
  it("reads GBK as Excel saves it on Chinese Windows", () => {
    // "张三" in GBK
    const bytes = new Uint8Array([0x6e, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd]);
    expect(decodeCsv(bytes)).toBe("n,张三");
  });
});

describe("countRows and hasRosterHeader", () => {
  it("counts data lines, not the header or blank lines", () => {
    expect(countRows("name,idNumber,enterpriseCreditCode,phone\r\na,1,,\r\n\r\nb,2,,\r\n")).toBe(2);
    expect(countRows("")).toBe(0);
  });
  it("accepts the header in any case, with spaces", () => {
    expect(hasRosterHeader("Name, idNumber, enterpriseCreditCode, phone\na")).toBe(true);
    expect(hasRosterHeader("姓名,身份证号\na")).toBe(false);
  });
});

describe("rejectionReason", () => {
  it("says the server's reasons in Chinese by their code, with the numbers they quote", () => {
    expect(rejectionReason({ code: "roster.id_number_bad_check_character", reason: "idNumber has a wrong check character" })).toBe("身份证号校验位错误");
    expect(rejectionReason({ code: "roster.duplicate_id_number", reason: "idNumber appears again (first on line 3)", args: { firstLine: 3 } }))
      .toBe("身份证号与第 3 行重复");
    expect(rejectionReason({ code: "roster.wrong_field_count", reason: "has 3 fields, expected 4", args: { fields: 3, expected: 4 } })).toBe("有 3 列，应为 4 列");
    expect(rejectionReason({ code: "roster.invalid_phone", reason: "phone is not a valid mainland mobile number" })).toBe("手机号不是有效的大陆手机号");
  });
  it("words by the code, not the English sentence", () => {
    expect(rejectionReason({ code: "roster.name_empty", reason: "reworded in English" })).toBe("姓名为空");
  });
  it("shows an unknown code's reason as it came", () => {
    expect(rejectionReason({ code: "roster.something_new", reason: "something new" })).toBe("something new");
    expect(rejectionReason(null)).toBe("");
  });
});
