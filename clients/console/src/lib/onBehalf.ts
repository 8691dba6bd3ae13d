import { parseYuan } from "./format";

/** 代为申请: who the application is for, and the family member's relationship to a deceased member. */
export const onBehalfNames: Record<string, string> = { member: "代会员本人申请", deceased_member_family: "已故会员家属申请" };
export const relationships: Record<string, string> = { spouse: "配偶", child: "子女", parent: "父母", other: "其他亲属" };

export interface OnBehalfForm {
  fundId: string;
  category: string;
  amount: string;
  reason: string;
  contactPhone: string;
  deceased: boolean;
  family: { name: string; relationship: string; idNumber: string; phone: string; bankName: string; bankAccount: string; accountHolder: string };
}

export const emptyOnBehalfForm = (): OnBehalfForm => ({
  fundId: "", category: "", amount: "", reason: "", contactPhone: "", deceased: false,
  family: { name: "", relationship: "", idNumber: "", phone: "", bankName: "", bankAccount: "", accountHolder: "" },
});

const mobile = /^1[3-9]\d{9}$/;

/**
 * The request body of POST /admin/members/{id}/fund-applications, or the first problem in Chinese (nothing is sent
 * then). For a deceased member the family's phone is the contact phone; the bank account is sent as typed (the API drops spaces).
 */
export function onBehalfBody(form: OnBehalfForm) {
  const requestedFen = parseYuan(form.amount);
  if (!form.fundId) return { error: "请选择帮扶资金" } as const;
  if (!form.category) return { error: "请选择申请类别" } as const;
  if (requestedFen === null || requestedFen <= 0) return { error: "请填写申请金额（元）" } as const;
  if (!form.reason.trim()) return { error: "请填写申请理由" } as const;
  const base = { fundId: form.fundId, category: form.category, requestedFen, reason: form.reason.trim() };
  if (!form.deceased) {
    if (!mobile.test(form.contactPhone.trim())) return { error: "请填写 11 位联系手机号" } as const;
    return { body: { ...base, contactPhone: form.contactPhone.trim(), onBehalfOf: "member" } } as const;
  }
  const f = form.family;
  if (!f.name.trim()) return { error: "请填写家属姓名" } as const;
  if (!f.relationship) return { error: "请选择与会员的关系" } as const;
  if (!/^\d{17}[\dXx]$/.test(f.idNumber.trim())) return { error: "家属身份证号应为 18 位" } as const;
  if (!mobile.test(f.phone.trim())) return { error: "请填写家属的 11 位手机号" } as const;
  if (!f.bankName.trim()) return { error: "请填写开户银行" } as const;
  if (!/^\d{12,30}$/.test(f.bankAccount.replace(/\s/g, ""))) return { error: "银行账号应为 12-30 位数字" } as const;
  if (!f.accountHolder.trim()) return { error: "请填写账户户名" } as const;
  return {
    body: {
      ...base,
      contactPhone: form.contactPhone.trim() || undefined,
      onBehalfOf: "deceased_member_family",
      applicant: {
        name: f.name.trim(), relationship: f.relationship, idNumber: f.idNumber.trim(), phone: f.phone.trim(),
        bankName: f.bankName.trim(), bankAccount: f.bankAccount.replace(/\s/g, ""), accountHolder: f.accountHolder.trim(),
      },
    },
  } as const;
}
