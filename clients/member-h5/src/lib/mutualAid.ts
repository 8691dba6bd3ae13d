import type { TagType } from "./funds";

/** 互助保障: what the member app calls each event type and claim status. */
export const eventTypeLabels: Record<string, string> = {
  accident: "意外伤害", critical_illness: "重大疾病", hospitalisation: "住院医疗", disability: "伤残", death: "身故", maternity: "生育",
};

export const claimStatusTags: Record<string, { text: string; type: TagType }> = {
  submitted: { text: "待审核", type: "primary" },
  approved: { text: "已核准，待支付", type: "success" },
  payment_proposed: { text: "支付中", type: "success" },
  paid: { text: "已支付", type: "success" },
  rejected: { text: "未通过", type: "danger" },
  withdrawn: { text: "已撤回", type: "default" },
};

export interface ClaimForm { eventType: string; eventOn: string; amount: string; description: string }

/** The claim form's problems by field (Chinese), empty when it may be sent; `remainingFen` per event type. */
export function validateClaim(form: ClaimForm, remainingFen: Record<string, number>, today: string, parse: (t: string) => number | null):
  Partial<Record<keyof ClaimForm, string>> {
  const errors: Partial<Record<keyof ClaimForm, string>> = {};
  if (!form.eventType) errors.eventType = "请选择出险类型";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.eventOn)) errors.eventOn = "请填写出险日期";
  else if (form.eventOn > today) errors.eventOn = "出险日期不能晚于今天";
  const fen = parse(form.amount);
  if (fen === null || fen <= 0) errors.amount = "请填写申请金额";
  else if (form.eventType && remainingFen[form.eventType] !== undefined && fen > remainingFen[form.eventType]!) {
    errors.amount = `超过该项剩余额度 ${(remainingFen[form.eventType]! / 100).toFixed(2)} 元`;
  }
  if (!form.description.trim()) errors.description = "请说明出险经过和治疗情况";
  return errors;
}
