/** The criteria the member search offers, in the order of the selector; the API takes exactly one of them. */
export const lookupKinds = [
  { key: "phone", label: "手机号", placeholder: "11 位手机号" },
  { key: "idNumber", label: "身份证号", placeholder: "18 位身份证号" },
  { key: "name", label: "姓名", placeholder: "与名册一致的姓名" },
  { key: "cardNo", label: "会员卡号", placeholder: "UH 开头的会员卡号" },
  { key: "tag", label: "会员标签", placeholder: "选择标签（列出持有该标签的全部会员）" },
] as const;

export type LookupKind = (typeof lookupKinds)[number]["key"];

export const reasonMax = 200;

/** The search's query, or the first problem in Chinese (nothing is sent without a value and a reason). */
export function lookupQuery(kind: LookupKind, value: string, reason: string):
  { query: Partial<Record<LookupKind, string>> & { reason: string } } | { error: string } {
  const v = value.trim();
  const why = reason.trim();
  if (!v) return { error: kind === "tag" ? "请选择会员标签" : `请输入${lookupKinds.find((k) => k.key === kind)?.label ?? "查询条件"}` };
  if (!why) return { error: "请填写查询事由（将记入审计日志）" };
  if (why.length > reasonMax) return { error: `查询事由不能超过 ${reasonMax} 个字` };
  if (kind === "phone" && !/^(\+86)?1[3-9]\d{9}$/.test(v.replace(/[\s-]/g, ""))) return { error: "手机号格式不正确" };
  if (kind === "idNumber" && !/^\d{17}[\dXx]$/.test(v)) return { error: "身份证号应为 18 位" };
  return { query: { [kind]: v, reason: why } };
}

/** A tag search lists every holder page by page (the next page's cursor); the other criteria answer at most 50 matches. */
export const pagesThrough = (kind: LookupKind) => kind === "tag";

/** Whether staff may void a voucher of this status (an unredeemed one: unused, or expired but never used). */
export const voidable = (status: string | null | undefined) => status === "unused" || status === "expired";
