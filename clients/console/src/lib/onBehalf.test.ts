import { describe, expect, it } from "vitest";
import { emptyOnBehalfForm, onBehalfBody } from "./onBehalf";

const filled = () => ({ ...emptyOnBehalfForm(), fundId: "7", category: "major_illness", amount: "1200.5", reason: " 住院 ", contactPhone: "13812345678" });

describe("onBehalfBody", () => {
  it("builds a member's application with the amount in fen", () => {
    expect(onBehalfBody(filled())).toEqual({
      body: { fundId: "7", category: "major_illness", requestedFen: 120050, reason: "住院", contactPhone: "13812345678", onBehalfOf: "member" },
    });
  });

  it("asks for what is missing, in Chinese, before anything is sent", () => {
    expect(onBehalfBody({ ...filled(), fundId: "" })).toEqual({ error: "请选择帮扶资金" });
    expect(onBehalfBody({ ...filled(), amount: "abc" })).toEqual({ error: "请填写申请金额（元）" });
    expect(onBehalfBody({ ...filled(), contactPhone: "123" })).toEqual({ error: "请填写 11 位联系手机号" });
    expect(onBehalfBody({ ...filled(), deceased: true })).toEqual({ error: "请填写家属姓名" });
  });

  it("sends the family member and the bank account without spaces for a deceased member", () => {
    const form = {
      ...filled(), contactPhone: "", deceased: true,
      family: { name: "李秀英", relationship: "spouse", idNumber: "110105196502030024", phone: "13698765432", bankName: "工商银行",
        bankAccount: "6222 0212 3456 7890 123", accountHolder: "李秀英" },
    };
    const built = onBehalfBody(form);
    const body = "body" in built ? (built.body as Record<string, unknown> | undefined) : undefined;
    expect(body?.onBehalfOf).toBe("deceased_member_family");
    expect((body?.applicant as { bankAccount?: string } | undefined)?.bankAccount).toBe("6222021234567890123");
    expect(body).toBeDefined();
    expect(body?.contactPhone).toBeUndefined();
    expect(onBehalfBody({ ...form, family: { ...form.family, bankAccount: "12ab" } })).toEqual({ error: "银行账号应为 12-30 位数字" });
  });
});
