import { chinaTime, yuan, type ApplicationStatus, type FundApplication, type FundCategory } from "@unionhub/sdk";

/** Labels of the relief-fund screens, in Simplified Chinese. */
export const fundKindLabels: Record<string, string> = { warmth: "送温暖", hardship: "困难帮扶", epidemic: "疫情帮扶", mutual_aid: "互助保障" };

export const categoryLabels: Record<FundCategory, string> = {
  major_illness: "大病医疗",
  sudden_event: "突发事件",
  accident_disaster: "意外灾害",
  low_income: "低收入困难",
  temporary_hardship: "临时生活困难",
  epidemic: "疫情影响",
};

/** A category in words, including those the server gives cases it opens itself (a lottery's grant), which no member picks. */
export function categoryText(category: string): string {
  return (categoryLabels as Record<string, string>)[category] ?? (category === "lottery_grant" ? "抽签补助" : category);
}

export type TagType = "primary" | "success" | "warning" | "danger" | "default";

export const statusTags: Record<ApplicationStatus, { text: string; type: TagType }> = {
  draft: { text: "草稿", type: "default" },
  submitted: { text: "审核中", type: "primary" },
  returned: { text: "已退回", type: "warning" },
  approved: { text: "已批准", type: "success" },
  rejected: { text: "未通过", type: "danger" },
  withdrawn: { text: "已撤回", type: "default" },
  disbursed: { text: "已拨付", type: "success" },
};

/** Statuses in which the member may still add evidence (the API's rule) and withdraw. */
export const editableStatuses: readonly ApplicationStatus[] = ["draft", "submitted", "returned"];

/** "1,000.5" -> 100050 fen; null for anything that is not a positive amount with at most two decimals. */
export function parseYuan(text: string): number | null {
  const t = text.trim().replace(/[,，\s]/g, "").replace(/^[¥￥]/, "");
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return fen > 0 ? fen : null;
}

export interface ApplicationForm { category: string; amount: string; reason: string; contactPhone: string }

/** Field checks before the request (the same rules as the API), as Chinese messages keyed by field. */
export function validateApplication(form: ApplicationForm, maxGrantFen: number | null | undefined): Partial<Record<keyof ApplicationForm, string>> {
  const errors: Partial<Record<keyof ApplicationForm, string>> = {};
  if (!(form.category in categoryLabels)) errors.category = "请选择困难类别";
  const fen = parseYuan(form.amount);
  if (!form.amount.trim()) errors.amount = "请填写申请金额";
  else if (fen === null) errors.amount = "请填写正确的金额，最多两位小数";
  else if (maxGrantFen && fen > maxGrantFen) errors.amount = `本项目单笔最高 ¥${yuan(maxGrantFen)}`;
  const reason = form.reason.trim();
  if (!reason) errors.reason = "请说明申请原因";
  else if (reason.length > 2000) errors.reason = "申请原因最多 2000 字";
  if (!/^1[3-9]\d{9}$/.test(form.contactPhone.trim())) errors.contactPhone = "请输入 11 位手机号";
  return errors;
}

export const maxEvidenceFiles = 5;
export const maxEvidenceBytes = 5 * 1024 * 1024;

/** The content type the API will accept for a picked file (by its type, else its name), or null. */
export function evidenceType(file: { name: string; type: string }): "image/jpeg" | "image/png" | "application/pdf" | null {
  const type = file.type.toLowerCase();
  if (type === "image/jpeg" || type === "image/jpg") return "image/jpeg";
  if (type === "image/png") return "image/png";
  if (type === "application/pdf") return "application/pdf";
  if (type && type !== "application/octet-stream") return null;
  const ext = file.name.toLowerCase().split(".").pop();
  return ext === "jpg" || ext === "jpeg" ? "image/jpeg" : ext === "png" ? "image/png" : ext === "pdf" ? "application/pdf" : null;
}

/**
 * Why a picked file cannot be attached (null when it can); `already` counts the files attached or picked before it,
 * `max` is how many the case may hold (fund applications 5, legal aid cases 10).
 */
export function evidenceProblem(file: { name: string; type: string; size: number }, already: number, max = maxEvidenceFiles): string | null {
  if (already >= max) return `每份申请最多上传 ${max} 个材料`;
  if (!evidenceType(file)) return "只支持 JPG、PNG 图片或 PDF 文件";
  if (file.size === 0) return "文件是空的，请重新选择";
  if (file.size > maxEvidenceBytes) return "单个文件不能超过 5 MB";
  return null;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface TimelineStep { title: string; time: string; detail: string | null; tone: "done" | "pending" | "bad" }

/**
 * The status timeline of an application, newest first: one step per history entry, and on top the step the member
 * waits for (while there is one).
 */
export function timeline(app: Pick<FundApplication, "status" | "grantedFen" | "paidFen" | "history" | "lotteryId">): TimelineStep[] {
  const steps: TimelineStep[] = (app.history ?? []).map((h) => {
    const who = h.actorKind === "staff" ? "工会工作人员" : "本人";
    let title: string;
    let tone: TimelineStep["tone"] = "done";
    switch (h.to) {
      case "draft": title = "保存草稿"; break;
      case "submitted": title = h.from === "returned" ? "修改后重新提交" : "提交申请"; break;
      case "returned": title = "退回补充材料"; tone = "bad"; break;
      case "approved":
        title = app.lotteryId ? `抽签中签，核定 ¥${yuan(app.grantedFen ?? 0)}` : app.grantedFen ? `评审通过，核定 ¥${yuan(app.grantedFen)}` : "评审通过";
        break;
      case "rejected": title = "评审未通过"; tone = "bad"; break;
      case "withdrawn": title = "撤回申请"; break;
      case "disbursed": title = app.paidFen ? `帮扶款已拨付 ¥${yuan(app.paidFen)}` : "帮扶款已拨付"; break;
      default: title = statusTags[h.to as ApplicationStatus]?.text ?? String(h.to);
    }
    // reviewers' notes are for the member; notes on the member's own steps are the server's bookkeeping (in English)
    // a lottery's grant is written by the draw, its note the server's bookkeeping too
    const detail = h.actorKind === "staff" && !(app.lotteryId && h.to === "approved") ? h.note : null;
    return { title, time: `${chinaTime(h.at)} · ${who}`, detail, tone };
  }).reverse();
  const waiting: Partial<Record<ApplicationStatus, string>> = {
    draft: "草稿尚未提交，提交后进入评审",
    submitted: "等待工会评审会议审议",
    returned: "请按退回意见补充材料，或联系所在工会",
    approved: "等待拨付帮扶款",
  };
  const next = waiting[app.status];
  if (next) steps.unshift({ title: next, time: "", detail: null, tone: "pending" });
  return steps;
}

/** What the apply button shows while the steps of one submission run. */
export type ApplyStage = "creating" | "uploading" | "submitting" | "done";

export interface ApplyProgress<T> {
  /** The draft once created; a retry continues with it instead of applying again. */
  applicationId: string | null;
  /** The picked files already attached. */
  uploaded: Set<T>;
  submitted: boolean;
}

export interface ApplySteps<T> {
  createDraft(): Promise<{ id: string }>;
  upload(applicationId: string, file: T): Promise<unknown>;
  submit(applicationId: string): Promise<unknown>;
}

/**
 * One submission of the form: create a draft, attach every picked file, then submit, so reviewers never see an
 * application without its evidence. A failure leaves `progress` where it stopped; calling again (with the files
 * still picked; the person may have removed a refused one) resumes from there: no second application, no file
 * attached twice.
 */
export async function runApply<T>(progress: ApplyProgress<T>, files: readonly T[], steps: ApplySteps<T>,
  onStage: (stage: ApplyStage, done: number, total: number) => void = () => {}): Promise<string> {
  if (!progress.applicationId) {
    onStage("creating", 0, files.length);
    progress.applicationId = (await steps.createDraft()).id;
  }
  const id = progress.applicationId;
  let done = files.filter((f) => progress.uploaded.has(f)).length;
  for (const file of files) {
    if (progress.uploaded.has(file)) continue;
    onStage("uploading", done, files.length);
    await steps.upload(id, file);
    progress.uploaded.add(file);
    done++;
  }
  if (!progress.submitted) {
    onStage("submitting", files.length, files.length);
    await steps.submit(id);
    progress.submitted = true;
  }
  onStage("done", files.length, files.length);
  return id;
}
