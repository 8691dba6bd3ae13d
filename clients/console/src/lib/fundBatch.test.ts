import { describe, expect, it } from "vitest";
import { batchRejectionReason, batchRejectionRows, fundBatchHeader, hasFundBatchHeader } from "./fundBatch";

describe("batch declaration report", () => {
  it("words every row code in Chinese, with the numbers it quotes", () => {
    expect(batchRejectionReason({ code: "fund_batch.amount_over_max", args: { maxGrantFen: 300000 } })).toBe("申请金额超过该项目单笔上限 3000 元");
    expect(batchRejectionReason({ code: "fund_batch.duplicate_id_number", args: { firstRow: 2 } })).toBe("身份证号与第 2 行重复");
    expect(batchRejectionReason({ code: "fund_batch.member_not_found" })).toContain("已认证会员");
    expect(batchRejectionReason({ code: "fund_batch.something_new" })).toBe("fund_batch.something_new");
  });
  it("lists rows with their column, the whole row when none", () => {
    expect(batchRejectionRows([{ row: 4, column: "身份证号", code: "fund_batch.member_not_found" }, { row: 5, column: null, code: "fund_batch.application_open" }]))
      .toEqual([
        { row: 4, column: "身份证号", reason: "本组织及下级组织中没有姓名与身份证号一致的已认证会员" },
        { row: 5, column: "整行", reason: "该会员在此项目已有正在处理的申请" },
      ]);
  });
  it("checks the header for the required columns in any order", () => {
    expect(hasFundBatchHeader(`${fundBatchHeader}\n张三`)).toBe(true);
    expect(hasFundBatchHeader("\uFEFF身份证号, 姓名,事由,申请金额\n")).toBe(true);
    expect(hasFundBatchHeader("name,idNumber\n")).toBe(false);
  });
});
