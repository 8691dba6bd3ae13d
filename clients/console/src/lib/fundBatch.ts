/** The header of a batch declaration file (docs/features/relief-funds.md, "Batch declarations by units"). */
export const fundBatchHeader = "姓名,身份证号,申请金额,事由,类别,联系电话";

/** A template a unit fills in (UTF-8 with BOM via csvBlob, so Excel opens it right). */
export const fundBatchTemplate = `${fundBatchHeader}\r\n张三,110105199003071234,1500,居家隔离期间收入减少,疫情,\r\n`;

/** One refused row as the server reports it: `row` is the file's line (the header is row 1), `column` the Chinese column. */
export interface FundBatchRejection {
  row?: number | null;
  column?: string | null;
  code?: string | null;
  args?: Record<string, number> | null;
}

const yuan = (fen: number | undefined) => (fen === undefined ? "" : (fen / 100).toFixed(2).replace(/\.00$/, ""));

const reasons: Record<string, (a: Record<string, number>) => string> = {
  "fund_batch.line_too_long": (a) => `该行超过 ${a.max} 个字符`,
  "fund_batch.unterminated_quote": () => "引号未闭合",
  "fund_batch.text_after_quote": () => "引号后还有多余内容",
  "fund_batch.wrong_field_count": (a) => `有 ${a.fields} 列，应为 ${a.expected} 列`,
  "fund_batch.invalid_utf8": () => "不是有效的 UTF-8 文本",
  "fund_batch.name_empty": () => "姓名为空",
  "fund_batch.name_invalid": (a) => `姓名最多 ${a.max} 个字符，且不能含控制字符`,
  "fund_batch.id_number_invalid": () => "身份证号无效（应为 18 位，校验位正确）",
  "fund_batch.duplicate_id_number": (a) => `身份证号与第 ${a.firstRow} 行重复`,
  "fund_batch.member_not_found": () => "本组织及下级组织中没有姓名与身份证号一致的已认证会员",
  "fund_batch.amount_invalid": () => "申请金额应为大于 0 的金额（元，最多两位小数）",
  "fund_batch.amount_over_max": (a) => `申请金额超过该项目单笔上限 ${yuan(a.maxGrantFen)} 元`,
  "fund_batch.reason_invalid": (a) => `事由不能为空，最多 ${a.max ?? 2000} 个字符`,
  "fund_batch.category_invalid": () => "类别无效（大病、突发事件、意外灾害、低收入、临时困难、疫情）",
  "fund_batch.category_required": () => "该项目须填写类别",
  "fund_batch.contact_phone_invalid": () => "联系电话不是有效的大陆手机号",
  "fund_batch.contact_phone_missing": () => "该会员没有登录手机号，请填写联系电话",
  "fund_batch.application_open": () => "该会员在此项目已有正在处理的申请",
};

/** A refused row's reason in Chinese, by its code (an unknown code shows the code itself). */
export function batchRejectionReason(rejection: FundBatchRejection | null | undefined): string {
  const say = rejection?.code ? reasons[rejection.code] : undefined;
  return say ? say(rejection?.args ?? {}) : (rejection?.code ?? "");
}

/** The rows of the report as the page's table shows them. */
export function batchRejectionRows(rejected: readonly FundBatchRejection[] | null | undefined) {
  return (rejected ?? []).map((r) => ({ row: r.row ?? 0, column: r.column ?? "整行", reason: batchRejectionReason(r) }));
}

/** Whether the first line names the required columns (any order, spaces ignored). */
export function hasFundBatchHeader(text: string): boolean {
  const first = (text.split(/\r?\n/, 1)[0] ?? "").replace(/^\uFEFF/, "");
  const names = first.split(",").map((c) => c.trim());
  return ["姓名", "身份证号", "申请金额", "事由"].every((c) => names.includes(c));
}
