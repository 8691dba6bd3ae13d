/** One column of a CSV export: the header text and how to read the cell from a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * A spreadsheet-safe cell, as api/UnionHub.Api/Platform/Csv.cs writes them: always quoted, quotes doubled, and a text
 * starting with = + - @ tab or CR prefixed with ' so Excel and WPS show it as text instead of running it as a formula.
 * Numbers are written as they are (a negative amount stays a number).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : '""';
  let text = typeof value === "boolean" ? (value ? "是" : "否") : value;
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return '"' + text.replace(/"/g, '""') + '"';
}

/** The CSV text (CRLF line ends, header first) of rows under the given columns. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** UTF-8 with a byte order mark, so Excel opens Chinese text correctly. */
export function csvBlob(text: string): Blob {
  return new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" });
}

/** A file name with the date in China time: "会员名册-2026-06-01.csv". */
export function csvFileName(base: string, now: Date = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3600_000);
  const day = china.toISOString().slice(0, 10);
  return `${base.replace(/[\\/:*?"<>|]/g, "_")}-${day}.csv`;
}

/** Lets the browser save a blob under a name. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports rows as a CSV download (client-side). */
export function exportCsv<T>(base: string, rows: readonly T[], columns: readonly CsvColumn<T>[]): void {
  saveBlob(csvBlob(toCsv(rows, columns)), csvFileName(base));
}
