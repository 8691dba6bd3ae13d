import { parseYuan, type TagType } from "./funds";

/** Labels of the legal aid screens, in Simplified Chinese. */
export const disputeLabels: Record<string, string> = {
  wage_arrears: "拖欠工资",
  dismissal: "违法解除劳动合同",
  injury: "工伤待遇",
  contract: "劳动合同纠纷",
  other: "其他劳动争议",
};

export const statusTags: Record<string, { text: string; type: TagType }> = {
  submitted: { text: "待受理", type: "primary" },
  consultation: { text: "咨询", type: "success" },
  mediation: { text: "调解", type: "success" },
  arbitration: { text: "仲裁", type: "success" },
  litigation: { text: "诉讼", type: "success" },
  closed: { text: "已结案", type: "default" },
  refused: { text: "不予受理", type: "danger" },
};

export const outcomeLabels: Record<string, string> = {
  won: "胜诉", partly_won: "部分胜诉", lost: "败诉", settled: "和解结案", withdrawn: "已撤回",
};

/** The stages a case goes through, in order (a stage may be skipped: mediation is voluntary). */
export const stageSteps = [
  { status: "submitted", title: "申请" },
  { status: "consultation", title: "咨询" },
  { status: "mediation", title: "调解" },
  { status: "arbitration", title: "仲裁" },
  { status: "litigation", title: "诉讼" },
  { status: "closed", title: "结案" },
] as const;

/** The index of the case's status in stageSteps (refused: the first step, where it stopped). */
export function stageIndex(status: string): number {
  const i = stageSteps.findIndex((s) => s.status === status);
  return i < 0 ? 0 : i;
}

const stageNames: Record<string, string> = {
  submitted: "待受理", consultation: "咨询", mediation: "调解", arbitration: "仲裁", litigation: "诉讼", closed: "结案", refused: "不予受理",
};

/** One line of the case's history, for the member. */
export function historyTitle(h: { action: string; toStatus: string; actorKind: string }): string {
  switch (h.action) {
    case "submit": return "提交法律援助申请";
    case "accept": return "工会已受理，进入咨询阶段";
    case "refuse": return "工会不予受理";
    case "assign": return "已指派援助律师";
    case "stage": return `案件进入${stageNames[h.toStatus] ?? h.toStatus}阶段`;
    case "note": return "律师或工会更新了进展";
    case "close": return "案件已结案";
    case "withdraw": return "您已撤回申请";
    default: return h.action;
  }
}

export interface LegalAidForm { disputeType: string; employerName: string; amount: string; description: string }

/** Field checks before the request (the API's rules), as Chinese messages keyed by field. */
export function validateLegalAid(form: LegalAidForm): Partial<Record<keyof LegalAidForm, string>> {
  const errors: Partial<Record<keyof LegalAidForm, string>> = {};
  if (!(form.disputeType in disputeLabels)) errors.disputeType = "请选择纠纷类型";
  const employer = form.employerName.trim();
  if (!employer) errors.employerName = "请填写用人单位名称";
  else if (employer.length > 200) errors.employerName = "单位名称最多 200 字";
  if (form.amount.trim() && parseYuan(form.amount) === null) errors.amount = "请填写正确的金额，最多两位小数";
  const description = form.description.trim();
  if (!description) errors.description = "请简要说明情况";
  else if (description.length > 4000) errors.description = "情况说明最多 4000 字";
  return errors;
}

/** The status as the member reads it: a closed case says how it ended. */
export function caseStatusText(c: { status: string; outcome?: string | null }): string {
  if (c.status === "closed" && c.outcome) return outcomeLabels[c.outcome] ?? "已结案";
  return statusTags[c.status]?.text ?? c.status;
}
