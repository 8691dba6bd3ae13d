import { describe, expect, it } from "vitest";
import { lookupQuery, voidable } from "./memberLookup";

describe("lookupQuery", () => {
  it("sends exactly the chosen criterion with the reason, trimmed", () => {
    expect(lookupQuery("phone", " 13600000001 ", " 来电咨询 ")).toEqual({ query: { phone: "13600000001", reason: "来电咨询" } });
    expect(lookupQuery("name", "王小明", "核对")).toEqual({ query: { name: "王小明", reason: "核对" } });
    expect(lookupQuery("tag", "woman", "三八节慰问")).toEqual({ query: { tag: "woman", reason: "三八节慰问" } });
  });
  it("refuses an empty value, a missing reason and malformed numbers in Chinese", () => {
    expect(lookupQuery("cardNo", " ", "x")).toEqual({ error: "请输入会员卡号" });
    expect(lookupQuery("tag", "", "x")).toEqual({ error: "请选择会员标签" });
    expect(lookupQuery("phone", "13600000001", "  ")).toEqual({ error: "请填写查询事由（将记入审计日志）" });
    expect(lookupQuery("phone", "12345", "x")).toEqual({ error: "手机号格式不正确" });
    expect(lookupQuery("idNumber", "11010519900101", "x")).toEqual({ error: "身份证号应为 18 位" });
    expect(lookupQuery("name", "王", "x".repeat(201))).toEqual({ error: "查询事由不能超过 200 个字" });
  });
});

describe("voidable", () => {
  it("allows voiding only vouchers never redeemed nor voided", () => {
    expect(["unused", "expired", "redeemed", "void", undefined].map(voidable)).toEqual([true, true, false, false, false]);
  });
});
