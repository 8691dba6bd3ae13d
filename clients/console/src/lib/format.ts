import { chinaTime, yuan } from "@unionhub/sdk";

export { chinaTime, yuan };

/** Chinese names of the API's enumerations. */
export const roleNames: Record<string, string> = {
  super_admin: "超级管理员", org_admin: "工会管理员", reviewer: "评审员", merchant_staff: "商户收银员",
  lawyer: "律师", enterprise_contact: "企业联络员",
};
export const perkKinds: Record<string, string> = { voucher: "消费券", movie_ticket: "电影票", goods: "实物" };
export const fundKinds: Record<string, string> = { warmth: "送温暖", hardship: "困难帮扶", epidemic: "疫情专项", mutual_aid: "互助保障" };
export const categories: Record<string, string> = {
  major_illness: "大病", sudden_event: "突发事件", accident_disaster: "意外灾害", low_income: "低收入",
  temporary_hardship: "临时困难", epidemic: "疫情",
};
export const applicationStatuses: Record<string, string> = {
  draft: "草稿", submitted: "待评审", returned: "已退回", approved: "已批准", rejected: "未批准", withdrawn: "已撤回", disbursed: "已拨付",
};
export const decisions: Record<string, string> = { approve: "批准", reject: "不批准" };

export const named = (names: Record<string, string>, key: string | null | undefined) => (key ? names[key] ?? key : "");

/** Yuan text typed by a person ("12.5") -> fen (1250); null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const [whole, part = ""] = t.split(".");
  return Number(whole) * 100 + Number(part.padEnd(2, "0"));
}

/** Hardship aid (困难职工帮扶). */
export const hardshipTiers: Record<string, string> = { deep: "深度困难", relative: "相对困难", emergency: "意外致困" };
export const hardshipReasons: Record<string, string> = {
  temporary_hardship: "临时困难", low_income: "低收入", major_illness: "大病", accident: "意外事故",
};
export const householdStatuses: Record<string, string> = { active: "在档", exited: "已退出" };
export const declarationStatuses: Record<string, string> = {
  submitted: "待基层审核", grassroots_approved: "待区级审核", in_notice: "公示中", approved: "已批准", rejected: "未通过",
};
export const roundKinds: Record<string, string> = { regular: "常态化帮扶", special: "专项帮扶" };
export const surveyStatuses: Record<string, string> = { open: "调查中", closed: "已关闭" };
export const objectionStatuses: Record<string, string> = { open: "待处理", upheld: "异议成立", dismissed: "异议不成立" };
export const householdEvents: Record<string, string> = { entered: "建档", tier_changed: "调整档次", exited: "退出" };

/** A date as the API's `date` fields take it ("2026-06-01"), in China time. */
export function chinaDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Legal aid (法律援助). */
export const disputeTypes: Record<string, string> = {
  wage_arrears: "拖欠工资", dismissal: "违法解除", injury: "工伤", contract: "劳动合同", other: "其他",
};
export const legalStatuses: Record<string, string> = {
  submitted: "待受理", refused: "不予受理", consultation: "咨询", mediation: "调解", arbitration: "仲裁", litigation: "诉讼", closed: "已结案",
};
export const legalOutcomes: Record<string, string> = { won: "胜诉", partly_won: "部分胜诉", lost: "败诉", settled: "调解和解", withdrawn: "撤回" };

/** Member notification kinds (Platform/Outbox.cs NotificationKinds). */
export const notificationKinds: Record<string, string> = {
  "perk.claim_succeeded": "领取成功", "voucher.expiring": "券即将过期", "fund.decided": "帮扶申请结果", "fund.paid": "帮扶资金到账",
  "legal_case.progress": "法律援助进展", "hardship.decided": "困难帮扶结果", "membership.changed": "会员关系变动",
  "activity.promoted": "活动候补转正",
  "lottery.drawn": "抽签结果",
  "mutual_aid.claim_progress": "互助保障理赔进展",
  "activity.changed": "活动时间地点变更",
  "activity.cancelled": "活动已取消",
};

/** Member lookup (会员查询). */
export const memberStatuses: Record<string, string> = { verified: "已实名", unverified: "未实名", deleted: "已注销" };
export const voucherStatuses: Record<string, string> = { unused: "未使用", redeemed: "已核销", void: "已作废", expired: "已过期" };
export const historyKinds: Record<string, string> = {
  account: "账号", voucher: "福利券", application: "帮扶申请", legal_case: "法律援助", household: "困难档案",
};
export const historyEvents: Record<string, string> = {
  created: "注册", verified: "实名认证", claimed: "领取", redeemed: "核销", voided: "作废",
  ...applicationStatuses, ...legalStatuses, ...householdEvents,
};
export const membershipApplicationStatuses: Record<string, string> = { pending: "待审核", approved: "已批准", refused: "未批准", withdrawn: "已撤回" };
export const membershipTransferRequestStatuses: Record<string, string> = {
  pending: "待审核", approved: "已批准", refused: "未批准", withdrawn: "已撤回", cancelled: "已失效",
};
export const membershipEvents: Record<string, string> = { joined: "入会", transferred: "转会", left: "退会" };
export const employmentKinds: Record<string, string> = { employed: "单位就业", platform: "新就业形态" };
