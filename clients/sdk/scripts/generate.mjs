#!/usr/bin/env node
// Writes src/generated/api.d.ts from the API's OpenAPI document.
//   node scripts/generate.mjs --url http://127.0.0.1:5080/swagger/v1/swagger.json   (a running API)
//   node scripts/generate.mjs --file swagger.json                                   (a saved document)
//   add --check to compare with the committed file instead of writing it (exit 1 on drift)
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../src/generated/api.d.ts");
const args = process.argv.slice(2);
const arg = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const url = arg("--url");
const file = arg("--file");
const check = args.includes("--check");
if (!url && !file) {
  console.error("usage: generate.mjs (--url URL | --file FILE) [--check]");
  process.exit(2);
}

let document;
if (url) {
  const response = await fetch(url);
  if (!response.ok) { console.error(`GET ${url} answered ${response.status}`); process.exit(1); }
  document = await response.json();
} else {
  document = JSON.parse(await readFile(file, "utf8"));
}

const ast = await openapiTS(document, { alphabetize: true, exportType: true });
const header = "/**\n * Generated from the UnionHub OpenAPI document (/swagger/v1/swagger.json) by clients/sdk/scripts/generate.mjs.\n" +
  " * Do not edit by hand: run `./dev sdk` to regenerate. `./dev test` fails when this file drifts from the API.\n */\n\n";
const text = header + astToString(ast);

if (check) {
  let committed = "";
  try { committed = await readFile(out, "utf8"); } catch { /* missing counts as drift */ }
  if (committed === text) { console.log("SDK types match the API's OpenAPI document"); process.exit(0); }
  const a = committed.split("\n"), b = text.split("\n");
  let line = 0; while (line < a.length && line < b.length && a[line] === b[line]) line++;
  console.error(`clients/sdk/src/generated/api.d.ts differs from the API's OpenAPI document (first difference at line ${line + 1}):`);
  console.error(`  committed: ${a[line] ?? "<end of file>"}`);
  console.error(`  generated: ${b[line] ?? "<end of file>"}`);
  console.error("run ./dev sdk to regenerate");
  process.exit(1);
}
await mkdir(dirname(out), { recursive: true });
await writeFile(out, text);
console.log(`wrote ${out} (${text.length} bytes)`);
