// Shared set-up of the browser tests: Debian's chromium through playwright-core, a phone viewport, screenshots.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const baseUrl = process.env.UNIONHUB_URL ?? "http://127.0.0.1:5080";
export const adminPassword = process.env.UNIONHUB_ADMIN_PASSWORD ?? "admin-dev-password";
const screenshots = join(dirname(fileURLToPath(import.meta.url)), "screenshots");

/** Starts chromium with a fresh profile; returns { browser, newPage, close }. */
export async function launch() {
  const profile = await mkdtemp(join(tmpdir(), "unionhub-e2e-"));
  // playwright-core launches a persistent context for a --user-data-dir
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.UNIONHUB_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    baseURL: baseUrl,
  });
  context.setDefaultTimeout(15_000);
  const errors = [];
  context.on("page", (page) => page.on("pageerror", (e) => errors.push(e)));
  return {
    context,
    /** Script errors seen on any page (a test fails on them). */
    errors,
    async newPage() {
      const page = context.pages()[0] && context.pages()[0].url() === "about:blank" ? context.pages()[0] : await context.newPage();
      page.on("pageerror", (e) => errors.push(e));
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page, name) {
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
}

/** JSON call to the API (for test set-up through the admin API). */
export async function api(method, path, { token, body } = {}) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
  return json;
}

/** A unified social credit code (GB 32100) with a valid check character, unique per call. */
export function creditCode() {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let body = "91310000";
  while (body.length < 17) body += alphabet[Math.floor(Math.random() * 31)];
  const sum = [...body].reduce((s, ch, i) => s + alphabet.indexOf(ch) * weights[i], 0);
  const check = 31 - (sum % 31);
  return body + alphabet[check === 31 ? 0 : check];
}

export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A valid resident ID number (GB 11643) with the given birth date, random otherwise. */
export function idNumber(birth = "19900307") {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = "110105" + birth + String(Math.floor(Math.random() * 1000)).padStart(3, "0");
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + "10X98765432"[sum % 11];
}

/** A mobile number nobody else in this run uses. */
export const phone = () => "139" + String(Math.floor(Math.random() * 1e8)).padStart(8, "0");

/** Uploads a roster CSV to an organisation as the admin. */
export async function uploadRoster(token, orgId, csv) {
  const response = await fetch(`${baseUrl}/api/v1/admin/orgs/${orgId}/roster`, {
    method: "POST", headers: { "Content-Type": "text/csv; charset=utf-8", Authorization: `Bearer ${token}` }, body: csv,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`roster upload -> ${response.status}: ${text}`);
  return JSON.parse(text);
}
