/** The header the roster upload expects (API.md: Organisations and rosters). */
export const rosterHeader = "name,idNumber,enterpriseCreditCode,phone";

/**
 * The text of a CSV file as a person saved it: UTF-8 (with or without BOM), or GB18030/GBK as Excel on a Chinese
 * Windows saves "CSV". The BOM is dropped; the upload is sent as UTF-8.
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder("gb18030").decode(data);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Data lines of a CSV text (the header and blank lines not counted), to show before the upload. */
export function countRows(text: string): number {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  return Math.max(0, lines.length - 1);
}

/** Whether the first line is the expected header (case and spaces ignored). */
export function hasRosterHeader(text: string): boolean {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return first.replace(/\s+/g, "").toLowerCase() === rosterHeader.toLowerCase();
}

/** A rejected roster line as the server reports it: `code` says why, `args` the numbers the reason quotes. */
export interface RosterRejection {
  code?: string | null;
  reason?: string | null;
  args?: Record<string, number> | null;
}

const reasons: Record<string, (a: Record<string, number>) => string> = {
  "roster.unterminated_quote": () => "引号未闭合",
  "roster.text_after_quote": () => "引号后还有多余内容",
  "roster.line_too_long": (a) => `该行超过 ${a.max} 个字符`,
  "roster.wrong_field_count": (a) => `有 ${a.fields} 列，应为 ${a.expected} 列`,
  "roster.invalid_utf8": () => "不是有效的 UTF-8 文本",
  "roster.name_empty": () => "姓名为空",
  "roster.invalid_name": (a) => `姓名最多 ${a.max} 个字符，且不能含控制字符`,
  "roster.id_number_wrong_length": () => "身份证号应为 18 位",
  "roster.id_number_not_digits": () => "身份证号应为 17 位数字加 1 位数字或 X",
  "roster.id_number_bad_birth_date": () => "身份证号中的出生日期无效",
  "roster.id_number_bad_check_character": () => "身份证号校验位错误",
  "roster.invalid_credit_code": () => "企业统一社会信用代码无效",
  "roster.unknown_enterprise": () => "该企业未在本组织登记",
  "roster.invalid_phone": () => "手机号不是有效的大陆手机号",
  "roster.duplicate_id_number": (a) => `身份证号与第 ${a.firstLine} 行重复`,
};

/** A rejected roster line's reason in Chinese, by its code (an unknown code shows the server's English reason). */
export function rejectionReason(rejection: RosterRejection | null | undefined): string {
  const say = rejection?.code ? reasons[rejection.code] : undefined;
  return say ? say(rejection?.args ?? {}) : (rejection?.reason ?? "");
}
