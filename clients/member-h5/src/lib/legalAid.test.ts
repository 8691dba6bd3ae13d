import { describe, expect, it } from "vitest";
import { caseStatusText, historyTitle, stageIndex, validateLegalAid } from "./legalAid";
import { useUploadQueue } from "./uploads";

const form = { disputeType: "wage_arrears", employerName: "某建筑劳务有限公司", amount: "35000", description: "3 月至 8 月工资未发" };

describe("legal aid form checks", () => {
  it("accepts a complete form, with or without an amount", () => {
    expect(validateLegalAid(form)).toEqual({});
    expect(validateLegalAid({ ...form, amount: "" })).toEqual({});
  });

  it("names each missing or wrong field in Chinese", () => {
    expect(validateLegalAid({ disputeType: "strike", employerName: " ", amount: "12.345", description: "" })).toEqual({
      disputeType: "请选择纠纷类型", employerName: "请填写用人单位名称", amount: "请填写正确的金额，最多两位小数", description: "请简要说明情况",
    });
    expect(validateLegalAid({ ...form, employerName: "厂".repeat(201) }).employerName).toBe("单位名称最多 200 字");
  });
});

describe("legal aid case display", () => {
  it("places the status on the stage steps and words a closed case by its outcome", () => {
    expect(stageIndex("submitted")).toBe(0);
    expect(stageIndex("arbitration")).toBe(3);
    expect(stageIndex("closed")).toBe(5);
    expect(caseStatusText({ status: "closed", outcome: "withdrawn" })).toBe("已撤回");
    expect(caseStatusText({ status: "mediation" })).toBe("调解");
    expect(historyTitle({ action: "stage", toStatus: "arbitration", actorKind: "lawyer" })).toBe("案件进入仲裁阶段");
    expect(historyTitle({ action: "withdraw", toStatus: "closed", actorKind: "member" })).toBe("您已撤回申请");
  });
});

describe("the upload queue", () => {
  const file = (name: string, type: string, size = 1000) => ({ name, type, size, arrayBuffer: async () => new ArrayBuffer(size) }) as unknown as File;

  it("refuses files the API would refuse and files over the case's limit", () => {
    const queue = useUploadQueue(2);
    const problems = queue.add([file("合同.pdf", "application/pdf"), file("视频.mp4", "video/mp4"), file("工资条.jpg", "image/jpeg"), file("多余.png", "image/png")]);
    expect(queue.items.map((i) => [i.file.name, i.contentType])).toEqual([["合同.pdf", "application/pdf"], ["工资条.jpg", "image/jpeg"]]);
    expect(problems).toEqual(["视频.mp4：只支持 JPG、PNG 图片或 PDF 文件", "多余.png：每份申请最多上传 2 个材料"]);
  });

  it("uploads in turn with progress; a failed file keeps its place and only it is sent again on retry", async () => {
    const queue = useUploadQueue(10);
    queue.add([file("a.png", "image/png"), file("b.png", "image/png")]);
    const sent: string[] = [];
    let failB = true;
    const seen: number[] = [];
    const upload = async (f: File, _type: string, onProgress: (sent: number, total: number) => void) => {
      sent.push(f.name);
      onProgress(500, 1000);
      seen.push(queue.items.find((i) => i.file === f)!.progress);
      if (f.name === "b.png" && failB) throw new TypeError("network error");
    };
    expect(await queue.uploadAll(upload)).toBe(false);
    expect(queue.items.map((i) => i.state)).toEqual(["done", "failed"]);
    expect(queue.items[1]!.error).not.toBe("");
    expect(seen).toEqual([50, 50]);
    expect(queue.pending()).toBe(1);

    failB = false;
    expect(await queue.uploadAll(upload)).toBe(true);
    expect(sent).toEqual(["a.png", "b.png", "b.png"]);
    expect(queue.pending()).toBe(0);
  });
});
