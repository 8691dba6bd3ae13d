// The OpenAPI document as the teams who generate clients from it meet it: it passes a standard linter, and a client
// generated from it by a standard generator for another language (Kiota, TypeScript) compiles under tsc --strict.
// (Every answer of the integration suite is checked against the same document: tests/UnionHub.IntegrationTests/OpenApiContract.cs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { baseUrl } from "./harness.mjs";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const documentUrl = `${baseUrl}/swagger/v1/swagger.json`;

async function fetchDocument() {
  const response = await fetch(documentUrl);
  assert.equal(response.status, 200, `GET ${documentUrl}`);
  return response.text();
}

test("the OpenAPI document passes Redocly's recommended rules, warnings included", async () => {
  const config = await createConfig({
    extends: ["recommended"],
    rules: {
      "info-license": "off", // a federation's private API: no licence to state
      "tag-description": "off", // tags are feature names
      "operation-4xx-response": "off", // an anonymous route that reads no database (the voucher signing key) cannot fail
    },
  });
  const problems = await lintFromString({ source: await fetchDocument(), absoluteRef: documentUrl, config });
  const described = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (at ${p.location?.[0]?.pointer ?? "?"})`);
  assert.deepEqual(described, []);
});

test("a TypeScript client generated from the document by Kiota compiles with tsc --strict", { timeout: 600_000 }, async () => {
  const work = join(here, ".kiota"); // inside tests/e2e so that the generated code resolves @microsoft/kiota-bundle here
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  try {
    await writeFile(join(work, "openapi.json"), await fetchDocument());
    await run("dotnet", ["tool", "restore"], { cwd: repo }); // the Kiota version of .config/dotnet-tools.json
    const generated = await run("dotnet", ["tool", "run", "kiota", "generate", "--language", "TypeScript",
      "--openapi", join(work, "openapi.json"), "--output", join(work, "client"), "--class-name", "UnionHubClient",
      "--clean-output", "--log-level", "Warning"],
      { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
    const log = `${generated.stdout}\n${generated.stderr}`;
    // Kiota reads the document with Microsoft.OpenApi and reports what breaks the specification as failures and warnings.
    // Two warnings are not about the document: its server is relative ("/", the origin that serves it), so a client is
    // given its base URL, as it must be anyway to pick a deployment; and Kiota's own update check has no internet here.
    const findings = log.split(/^(?=(?:fail|crit|warn): )/m).filter((entry) => /^(fail|crit|warn): /.test(entry))
      .filter((entry) => !/A servers entry \(v3\).*was not present|Unable to check for updates/s.test(entry));
    assert.deepEqual(findings, [], log);
    assert.match(log, /Generation completed successfully/, log);

    await writeFile(join(work, "tsconfig.json"), JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true },
      include: ["client/**/*.ts"],
    }));
    await writeFile(join(work, "package.json"), JSON.stringify({ type: "module", private: true }));
    try {
      await run(process.execPath, [join(here, "node_modules/typescript/bin/tsc"), "-p", join(work, "tsconfig.json")],
        { cwd: work, maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      assert.fail(`tsc found errors in the generated client:\n${e.stdout}\n${e.stderr}`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
