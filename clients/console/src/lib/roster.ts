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

const reasons: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^has an unterminated quoted field$/, () => "引号未闭合"],
  [/^has text after a closing quote$/, () => "引号后还有多余内容"],
  [/^is longer than (\d+) characters$/, (m) => `该行超过 ${m[1]} 个字符`],
  [/^has (\d+) fields, expected (\d+)$/, (m) => `有 ${m[1]} 列，应为 ${m[2]} 列`],
  [/^is not valid UTF-8$/, () => "不是有效的 UTF-8 文本"],
  [/^name is empty$/, () => "姓名为空"],
  [/^name must be at most (\d+) characters/, (m) => `姓名最多 ${m[1]} 个字符，且不能含控制字符`],
  [/^idNumber must be 18 characters$/, () => "身份证号应为 18 位"],
  [/^idNumber must be 17 digits followed by a digit or X$/, () => "身份证号应为 17 位数字加 1 位数字或 X"],
  [/^idNumber has no real date of birth/, () => "身份证号中的出生日期无效"],
  [/^idNumber has a wrong check character$/, () => "身份证号校验位错误"],
  [/^enterpriseCreditCode is not a valid unified social credit code$/, () => "企业统一社会信用代码无效"],
  [/^enterpriseCreditCode is not an enterprise registered in this organisation$/, () => "该企业未在本组织登记"],
  [/^phone is not a valid mainland mobile number$/, () => "手机号不是有效的大陆手机号"],
  [/^idNumber appears again \(first on line (\d+)\)$/, (m) => `身份证号与第 ${m[1]} 行重复`],
];

/** The server's reason for a rejected roster line, in Chinese (an unknown reason is shown as it came). */
export function rejectionReason(reason: string | null | undefined): string {
  const text = reason ?? "";
  for (const [pattern, say] of reasons) {
    const m = text.match(pattern);
    if (m) return say(m);
  }
  return text;
}
