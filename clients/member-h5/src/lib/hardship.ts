import { chinaTime, yuan, type HardshipDeclaration, type HardshipRound } from "@unionhub/sdk";
import type { TagType } from "./funds";

/** Labels of the hardship aid screens, in Simplified Chinese. */
export const tierLabels: Record<string, string> = { deep: "深度困难", relative: "相对困难", emergency: "意外致困" };

export const reasonLabels: Record<string, string> = {
  temporary_hardship: "临时生活困难", low_income: "低收入", major_illness: "大病", accident: "意外事故",
};

export const declarationTags: Record<string, { text: string; type: TagType }> = {
  submitted: { text: "基层审核中", type: "primary" },
  grassroots_approved: { text: "区级审核中", type: "primary" },
  in_notice: { text: "公示中", type: "warning" },
  approved: { text: "已批准", type: "success" },
  rejected: { text: "未通过", type: "danger" },
  withdrawn: { text: "已撤回", type: "default" },
};

/** One step of a declaration's timeline: what happened (or is awaited), when, and a detail line. */
export interface TimelineStep {
  title: string;
  detail: string;
  at: string | null;
  state: "done" | "current" | "waiting" | "failed";
}

const order = ["submitted", "grassroots_approved", "in_notice", "approved"] as const;

/**
 * The declaration's path for the member: submitted → grassroots review → district review → public notice (with its
 * end date) → result (approved with the award, or rejected). Steps are taken from the history; a rejection marks the
 * step where it stopped and the rest are dropped.
 */
export function timeline(d: HardshipDeclaration): TimelineStep[] {
  const history = d.history ?? [];
  const reached = (to: string) => history.find((h) => h.to === to);
  const rejected = history.find((h) => h.to === "rejected" || h.to === "withdrawn");
  const reachedIndex = Math.max(0, ...history.map((h) => order.indexOf(h.to as (typeof order)[number])));
  const steps: TimelineStep[] = [];
  const submitted = reached("submitted");
  steps.push({ title: "提交申报", detail: d.declaredBy === "staff" ? "由所在工会代为申报" : "", at: submitted?.at ?? d.createdAt, state: "done" });

  const reviews: { title: string; to: string; index: number }[] = [
    { title: "基层工会审核", to: "grassroots_approved", index: 1 },
    { title: "区级工会审核", to: "in_notice", index: 2 },
  ];
  for (const r of reviews) {
    const h = reached(r.to);
    if (h) { steps.push({ title: `${r.title}通过`, detail: reviewNote(h.note), at: h.at, state: "done" }); continue; }
    if (rejected && reachedIndex === r.index - 1) {
      steps.push({ title: rejected.to === "withdrawn" ? "申报已撤回" : `${r.title}未通过`, detail: rejected.note ?? "", at: rejected.at, state: "failed" });
      return steps;
    }
    steps.push({ title: r.title, detail: "", at: null, state: reachedIndex === r.index - 1 ? "current" : "waiting" });
  }

  const inNotice = reached("in_notice");
  const ends = d.noticeEndsAt ? `公示期至 ${noticeLastDay(d.noticeEndsAt)} 止` : "公示期 5 个工作日";
  if (inNotice && rejected) {
    steps.push({ title: "公示", detail: ends, at: d.noticeStartsAt ?? inNotice.at, state: "done" });
    steps.push({ title: "未通过", detail: rejectionNote(rejected.note), at: rejected.at, state: "failed" });
    return steps;
  }
  steps.push({ title: "公示", detail: ends, at: d.noticeStartsAt ?? null, state: d.status === "in_notice" ? "current" : inNotice ? "done" : "waiting" });

  const approved = reached("approved");
  steps.push(approved
    ? { title: "审批通过", detail: d.award ? `救助金 ¥${yuan(d.award.amountFen)}，将由工会拨付` : "", at: approved.at, state: "done" }
    : { title: "审批结果", detail: "", at: null, state: "waiting" });
  return steps;
}

/** A review's note as the member reads it: the server's record of the notice period ("public notice until …; ") left out. */
export function reviewNote(note: string | null | undefined): string {
  return (note ?? "").replace(/^public notice until [^;]*(; ?|$)/, "");
}

/** The staff's note on a rejection; an upheld objection's record ("objection 12 upheld: ...") in words. */
export function rejectionNote(note: string | null | undefined): string {
  const upheld = /^objection \d+ upheld: ([\s\S]*)$/.exec(note ?? "");
  return upheld ? `公示期间的异议经核实成立：${upheld[1]}` : note ?? "";
}

/** The last day of a notice whose (exclusive) end is midnight China time: "2026-09-10" for 2026-09-11 00:00. */
export function noticeLastDay(endsAt: string): string {
  return chinaTime(new Date(Date.parse(endsAt) - 1).toISOString()).slice(0, 10);
}

/** Whether the round takes declarations now. */
export function roundOpen(r: HardshipRound, now = new Date()): boolean {
  return new Date(r.opensAt) <= now && now < new Date(r.closesAt);
}

/** Whether the round's needs survey takes a package choice now. */
export function surveyOpen(r: HardshipRound, now = new Date()): boolean {
  return r.packages.length > 0 && r.surveyStatus === "open" && now < new Date(r.closesAt);
}

/** The member's live declaration in a round (a rejected one does not stop a new declaration). */
export function liveDeclaration(declarations: readonly HardshipDeclaration[], roundId: string): HardshipDeclaration | undefined {
  return declarations.find((d) => d.roundId === roundId && d.status !== "rejected" && d.status !== "withdrawn");
}

/** An objection's reason: required, at most 2000 characters (the API's rule); the Chinese message when it is not. */
export function objectionProblem(reason: string): string | null {
  const text = reason.trim();
  if (!text) return "请写明异议理由";
  if (text.length > 2000) return "异议理由不能超过 2000 字";
  return null;
}
