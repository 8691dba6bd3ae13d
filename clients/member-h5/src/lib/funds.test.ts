import { describe, expect, it } from "vitest";
import type { FundApplication } from "@unionhub/sdk";
import { categoryText, evidenceProblem, evidenceType, parseYuan, runApply, timeline, validateApplication, type ApplyProgress } from "./funds";

describe("amounts in yuan", () => {
  it.each([["1000", 100000], ["1,000.5", 100050], ["￥88.08", 8808], [" 0.01 ", 1], ["2，000", 200000]] as const)("reads %s as %i fen", (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });
  it.each(["", "0", "0.00", "-5", "1.234", "abc", "1e3", "12.", "1234567890"])("refuses %j", (text) => {
    expect(parseYuan(text)).toBeNull();
  });
});

describe("application form checks", () => {
  const ok = { category: "low_income", amount: "2000", reason: "家中老人住院，收入不足以支付医药费", contactPhone: "13800138000" };
  it("passes a complete form", () => {
    expect(validateApplication(ok, 500000)).toEqual({});
  });
  it("names every wrong field in Chinese", () => {
    expect(validateApplication({ category: "", amount: "", reason: "  ", contactPhone: "1380013800" }, 500000)).toEqual({
      category: "请选择困难类别", amount: "请填写申请金额", reason: "请说明申请原因", contactPhone: "请输入 11 位手机号",
    });
    expect(validateApplication({ ...ok, category: "lottery" }, null).category).toBe("请选择困难类别");
    expect(validateApplication({ ...ok, amount: "12.345" }, null).amount).toBe("请填写正确的金额，最多两位小数");
    expect(validateApplication({ ...ok, reason: "难".repeat(2001) }, null).reason).toBe("申请原因最多 2000 字");
  });
  it("keeps the amount within the fund's maximum grant", () => {
    expect(validateApplication({ ...ok, amount: "5000.01" }, 500000).amount).toBe("本项目单笔最高 ¥5000.00");
    expect(validateApplication({ ...ok, amount: "5000" }, 500000).amount).toBeUndefined();
  });
});

describe("evidence files", () => {
  it("accepts JPEG, PNG and PDF by type, or by name when the browser gives no type", () => {
    expect(evidenceType({ name: "a.JPG", type: "" })).toBe("image/jpeg");
    expect(evidenceType({ name: "x", type: "image/png" })).toBe("image/png");
    expect(evidenceType({ name: "诊断证明.pdf", type: "application/octet-stream" })).toBe("application/pdf");
    expect(evidenceType({ name: "a.heic", type: "image/heic" })).toBeNull();
    expect(evidenceType({ name: "a.png", type: "text/plain" })).toBeNull();
  });
  it("refuses a sixth file, other types, empty files and files over 5 MB", () => {
    const png = { name: "a.png", type: "image/png", size: 1000 };
    expect(evidenceProblem(png, 4)).toBeNull();
    expect(evidenceProblem(png, 5)).toBe("每份申请最多上传 5 个材料");
    expect(evidenceProblem({ ...png, type: "image/gif" }, 0)).toBe("只支持 JPG、PNG 图片或 PDF 文件");
    expect(evidenceProblem({ ...png, size: 0 }, 0)).toBe("文件是空的，请重新选择");
    expect(evidenceProblem({ ...png, size: 5 * 1024 * 1024 }, 0)).toBeNull();
    expect(evidenceProblem({ ...png, size: 5 * 1024 * 1024 + 1 }, 0)).toBe("单个文件不能超过 5 MB");
  });
});

describe("status timeline", () => {
  const at = (hhmm: string) => `2026-06-01T${hhmm}:00+08:00`;
  const app = (status: FundApplication["status"], history: FundApplication["history"], grantedFen: number | null = null, paidFen = 0) =>
    ({ status, grantedFen, paidFen, history });

  it("lists the history newest first under the step the member waits for", () => {
    const steps = timeline(app("submitted", [
      { at: at("09:00"), actorKind: "member", actorId: "1", from: null, to: "draft", note: null },
      { at: at("09:01"), actorKind: "member", actorId: "1", from: "draft", to: "submitted", note: null },
    ]));
    expect(steps.map((s) => s.title)).toEqual(["等待工会评审会议审议", "提交申请", "保存草稿"]);
    expect(steps[0]!.tone).toBe("pending");
    expect(steps[1]).toEqual({ title: "提交申请", time: "2026-06-01 09:01 · 本人", detail: null, tone: "done" });
  });

  it("shows a return with the reviewer's note, the resubmission, the grant and the payment", () => {
    const steps = timeline(app("disbursed", [
      { at: at("09:00"), actorKind: "member", actorId: "1", from: null, to: "submitted", note: null },
      { at: at("10:00"), actorKind: "staff", actorId: "7", from: "submitted", to: "returned", note: "请补充医院诊断证明" },
      { at: at("11:00"), actorKind: "member", actorId: "1", from: "returned", to: "submitted", note: "corrected by the applicant" },
      { at: at("12:00"), actorKind: "staff", actorId: "7", from: "submitted", to: "approved", note: "同意" },
      { at: at("13:00"), actorKind: "staff", actorId: "8", from: "approved", to: "disbursed", note: null },
    ], 300000, 300000));
    expect(steps.map((s) => s.title)).toEqual(["帮扶款已拨付 ¥3000.00", "评审通过，核定 ¥3000.00", "修改后重新提交", "退回补充材料", "提交申请"]);
    expect(steps[3]).toMatchObject({ detail: "请补充医院诊断证明", tone: "bad", time: "2026-06-01 10:00 · 工会工作人员" });
    expect(steps[2]!.detail).toBeNull(); // the server's note on the member's own step is not shown
  });

  it("shows a lottery's grant as won in the draw, without the server's note", () => {
    const steps = timeline({ ...app("approved", [
      { at: at("09:00"), actorKind: "staff", actorId: "7", from: null, to: "approved", note: "lottery 1: drawn place" },
    ], 50000), lotteryId: "1" });
    expect(steps.map((s) => s.title)).toEqual(["等待拨付帮扶款", "抽签中签，核定 ¥500.00"]);
    expect(steps[1]!.detail).toBeNull();
    expect(categoryText("lottery_grant")).toBe("抽签补助");
    expect(categoryText("major_illness")).toBe("大病医疗");
  });

  it("has nothing to wait for once rejected or withdrawn", () => {
    const rejected = timeline(app("rejected", [{ at: at("09:00"), actorKind: "staff", actorId: "7", from: "submitted", to: "rejected", note: "不符合条件" }]));
    expect(rejected.map((s) => s.title)).toEqual(["评审未通过"]);
    expect(timeline(app("withdrawn", [])).length).toBe(0);
    expect(timeline(app("approved", null)).map((s) => s.title)).toEqual(["等待拨付帮扶款"]);
  });
});

describe("one submission: draft, files, submit", () => {
  function fakeSteps(failOn: Partial<Record<string, number>> = {}) {
    const calls: string[] = [];
    const failures = { ...failOn };
    const maybeFail = (name: string) => { if (failures[name]) { failures[name]!--; throw new Error(`${name} failed`); } };
    return {
      calls,
      steps: {
        createDraft: async () => { calls.push("create"); maybeFail("create"); return { id: "42" }; },
        upload: async (id: string, file: string) => { calls.push(`upload ${id} ${file}`); maybeFail(file); },
        submit: async (id: string) => { calls.push(`submit ${id}`); maybeFail("submit"); },
      },
    };
  }
  const fresh = (): ApplyProgress<string> => ({ applicationId: null, uploaded: new Set(), submitted: false });

  it("creates a draft, attaches each file, then submits, reporting each stage", async () => {
    const { calls, steps } = fakeSteps();
    const stages: string[] = [];
    await expect(runApply(fresh(), ["a.png", "b.pdf"], steps, (s, d, t) => stages.push(`${s} ${d}/${t}`))).resolves.toBe("42");
    expect(calls).toEqual(["create", "upload 42 a.png", "upload 42 b.pdf", "submit 42"]);
    expect(stages).toEqual(["creating 0/2", "uploading 0/2", "uploading 1/2", "submitting 2/2", "done 2/2"]);
  });

  it("resumes after a failed upload without a second application or a second copy of a file", async () => {
    const { calls, steps } = fakeSteps({ "b.pdf": 1 });
    const progress = fresh();
    await expect(runApply(progress, ["a.png", "b.pdf", "c.jpg"], steps)).rejects.toThrow("b.pdf failed");
    expect(progress).toMatchObject({ applicationId: "42", submitted: false });
    await runApply(progress, ["a.png", "b.pdf", "c.jpg"], steps);
    expect(calls).toEqual(["create", "upload 42 a.png", "upload 42 b.pdf", "upload 42 b.pdf", "upload 42 c.jpg", "submit 42"]);
  });

  it("skips a file the person removed after it was refused, and retries only the submit when that failed", async () => {
    const { calls, steps } = fakeSteps({ "bad.gif": 1, submit: 1 });
    const progress = fresh();
    await expect(runApply(progress, ["a.png", "bad.gif"], steps)).rejects.toThrow();
    await expect(runApply(progress, ["a.png"], steps)).rejects.toThrow("submit failed");
    await runApply(progress, ["a.png"], steps);
    expect(calls).toEqual(["create", "upload 42 a.png", "upload 42 bad.gif", "submit 42", "submit 42"]);
    expect(progress.submitted).toBe(true);
  });
});
