/**
 * Chinese resident identity numbers (GB 11643-1999), the same rules as the API's Features/Members/IdNumber.cs:
 * 18 characters, 17 digits, a real date of birth (1900 or later, not in the future) at characters 7-14, and the
 * ISO 7064 MOD 11-2 check character (X for 10; lower-case x accepted).
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = "10X98765432";

export type IdProblem = "none" | "length" | "digits" | "birthDate" | "checkCharacter";

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * weights[i]!;
  return checkChars[sum % 11]!;
}

/** Validates and normalises (trimmed, upper-case X). `today` bounds the birth date (local date). */
export function validateIdNumber(input: string | null | undefined, today: Date = new Date()): { normalised: string | null; problem: IdProblem } {
  const id = (input ?? "").trim().toUpperCase();
  if (id.length !== 18) return { normalised: null, problem: "length" };
  if (!/^\d{17}[\dX]$/.test(id)) return { normalised: null, problem: "digits" };
  const year = Number(id.slice(6, 10)), month = Number(id.slice(10, 12)), day = Number(id.slice(12, 14));
  const birth = new Date(year, month - 1, day);
  const realDate = birth.getFullYear() === year && birth.getMonth() === month - 1 && birth.getDate() === day;
  const todayDate = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if (!realDate || year < 1900 || birth > todayDate) return { normalised: null, problem: "birthDate" };
  return checkCharacter(id) === id[17] ? { normalised: id, problem: "none" } : { normalised: null, problem: "checkCharacter" };
}

/**
 * An instant hint while the person types: null while nothing is wrong yet (a prefix that can still become valid),
 * else what is wrong, in Chinese.
 */
export function idNumberHint(input: string, today: Date = new Date()): string | null {
  const id = input.trim().toUpperCase();
  if (id.length === 0) return null;
  if (!/^\d{0,17}$/.test(id.slice(0, 17)) || (id.length === 18 && !/[\dX]/.test(id[17]!))) return "身份证号应为 17 位数字加 1 位数字或 X";
  if (id.length > 18) return "身份证号应为 18 位";
  if (id.length >= 14) {
    const probe = validateIdNumber(id.slice(0, 14) + "0000", today);
    if (probe.problem === "birthDate") return "第 7-14 位的出生日期不正确";
  }
  if (id.length < 18) return `还差 ${18 - id.length} 位`;
  const { problem } = validateIdNumber(id, today);
  if (problem === "checkCharacter") return "最后一位校验码不正确，请核对号码";
  if (problem === "birthDate") return "第 7-14 位的出生日期不正确";
  return null;
}
