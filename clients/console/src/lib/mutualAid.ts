/** 互助保障: the names the console shows for event types and statuses, and the reasons of a refused bulk-enrolment row. */
export const eventTypes: Record<string, string> = {
  accident: "意外伤害", critical_illness: "重大疾病", hospitalisation: "住院医疗", disability: "伤残", death: "身故", maternity: "生育",
};
export const planStatuses: Record<string, string> = { draft: "草稿", open: "参保中", closed: "已停止参保" };
export const claimStatuses: Record<string, string> = {
  submitted: "待审核", approved: "已核准", rejected: "已驳回", payment_proposed: "待确认支付", paid: "已支付", withdrawn: "已撤回（会员注销）",
};

/** One refused row as the server reports it: `row` is the file's line (the header is row 1). */
export interface MutualAidRejection {
  row?: number | null;
  column?: string | null;
  code?: string | null;
  args?: Record<string, number> | null;
}

const reasons: Record<string, (a: Record<string, number>) => string> = {
  "mutual_aid_batch.line_too_long": (a) => `该行超过 ${a.max} 个字符`,
  "mutual_aid_batch.unreadable": () => "该行无法读取（引号不完整或不是 UTF-8 文本）",
  "mutual_aid_batch.wrong_field_count": (a) => `有 ${a.fields} 列，应为 ${a.expected} 列`,
  "mutual_aid_batch.member_missing": () => "会员卡号和身份证号都为空",
  "mutual_aid_batch.id_number_invalid": () => "身份证号无效（应为 18 位，校验位正确）",
  "mutual_aid_batch.member_not_found": () => "本组织及下级组织中没有对应的已认证会员（或姓名不一致）",
  "mutual_aid_batch.duplicate_member": (a) => `与第 ${a.firstRow} 行是同一会员`,
};

/** A refused row's reason in Chinese, by its code (an unknown code shows the code itself). */
export function mutualAidRejectionReason(rejection: MutualAidRejection | null | undefined): string {
  const say = rejection?.code ? reasons[rejection.code] : undefined;
  return say ? say(rejection?.args ?? {}) : rejection?.code ?? "";
}
