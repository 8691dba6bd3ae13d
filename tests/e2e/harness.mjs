// Shared set-up of the browser tests: Debian's chromium through playwright-core, a phone viewport, screenshots.
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const baseUrl = process.env.UNIONHUB_URL ?? "http://127.0.0.1:5080";
export const adminPassword = process.env.UNIONHUB_ADMIN_PASSWORD ?? "admin-dev-password";
const screenshots = join(dirname(fileURLToPath(import.meta.url)), "screenshots");

/** Starts chromium with a fresh profile; returns { browser, newPage, close }. */
/** A browser of its own: the phone (375x812, touch) the member and merchant tests use, or with `desktop` the console's 1440x900. */
export async function launch({ desktop = false } = {}) {
  const profile = await mkdtemp(join(tmpdir(), "unionhub-e2e-"));
  const device = desktop
    ? { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true }
    : { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, acceptDownloads: true };
  // playwright-core launches a persistent context for a --user-data-dir
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.UNIONHUB_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
    ...device,
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
  // a picture for the docs, not a check: wait (at most 5 s) for loading masks and toasts to leave, so the shot shows the page
  await page
    .waitForFunction(
      () => ![...document.querySelectorAll(".el-loading-mask, .van-toast--loading")].some((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"),
      null,
      { timeout: 5000, polling: 100 },
    )
    .catch(() => {});
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
}

/** JSON call to the API (for test set-up through the admin API). */
export async function api(method, path, { token, body, headers } = {}) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
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

let lastStamp = 0;
/**
 * A tag for names, titles and keys: a millisecond stamp of its own (two calls in one millisecond shared one, and then stood apart
 * only by a random number below 10,000) and a random part that keeps runs on one database apart.
 */
export const unique = () => {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return `${lastStamp.toString(36)}${Math.floor(Math.random() * 1e4)}`;
};

/**
 * A valid resident ID number (GB 11643) with the given birth date, random otherwise. The area code is random too: with only
 * the 1,000 sequence numbers, two of the hundreds of members a run verifies on one birth date shared a number now and then
 * (409 realname.id_already_bound in an unrelated test).
 */
export function idNumber(birth = "19900307") {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const area = String(110000 + Math.floor(Math.random() * 540000));
  const body = area + birth + String(Math.floor(Math.random() * 1000)).padStart(3, "0");
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + "10X98765432"[sum % 11];
}

/**
 * When midnight in China is less than `marginMs` away, waits until just after it. A test that meets "today" there more than once
 * (a daily limit, a form's default date, the year of a receipt number) must see one day; the served API runs on the real clock,
 * so the test waits instead of moving it.
 */
export async function clearOfChinaMidnight(marginMs = 120_000) {
  const day = 86_400_000;
  const toMidnight = day - ((Date.now() + 8 * 3_600_000) % day);
  if (toMidnight < marginMs) await new Promise((resolve) => setTimeout(resolve, toMidnight + 1_000));
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

/**
 * A member who logs in by SMS (the development fake) on a fresh number and passes real-name verification as the person
 * on a roster already uploaded: their access token, member id and mobile.
 */
export async function verifiedMember({ name, id }) {
  const mobile = phone();
  await api("POST", "/api/v1/auth/sms/send", { body: { phone: mobile } });
  const outbox = await api("GET", `/api/v1/dev/sms-outbox?phone=${mobile}`);
  const tokens = await api("POST", "/api/v1/auth/sms/login", { body: { phone: mobile, code: outbox.messages[0].code } });
  await api("POST", "/api/v1/me/real-name", { token: tokens.accessToken, body: { name, idNumber: id } });
  return { token: tokens.accessToken, memberId: tokens.member.id, mobile };
}

/** A new person (born on the given date) on the organisation's roster, uploaded by the admin, then {@link verifiedMember}; also returns the person. */
export async function rosterMember(admin, orgId, name, birth = "19800101") {
  const person = { name, id: idNumber(birth) };
  await uploadRoster(admin, orgId, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  return { ...(await verifiedMember(person)), person };
}

/** A real PNG image (a red square with a white cross), for evidence uploads. */
export async function pngImage(size = 48) {
  const { deflateSync, crc32 } = await import("node:zlib");
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const cross = Math.abs(x - size / 2) < 4 || Math.abs(y - size / 2) < 4;
      row.push(...(cross ? [255, 255, 255] : [200, 22, 29]));
    }
    rows.push(...row);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from(rows))), chunk("IEND", Buffer.alloc(0))]);
}

/** A minimal one-page PDF, for evidence uploads. */
export function pdfDocument() {
  return Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}

/** Logs in on the member H5 app by SMS, reading the code from the Development outbox shown on the login screen. */
export async function smsLogin(page, mobile, { screenshotName } = {}) {
  await page.goto("/login");
  await page.locator("[data-test=phone] input").fill(mobile);
  await page.locator("[data-test=send-code]").click();
  const code = (await page.locator("[data-test=dev-code]").innerText()).match(/\d{4,8}/)?.[0];
  if (!code) throw new Error("no Development outbox code on the login screen");
  await page.locator("[data-test=code] input").fill(code);
  if (screenshotName) {
    await page.locator(".van-toast").waitFor({ state: "hidden" }); // "验证码已发送" covers the form for a moment
    await screenshot(page, screenshotName);
  }
  await page.locator("[data-test=login]").click();
  await page.waitForURL((url) => url.pathname === "/perks");
}

/** A console form field's text box (the data-test attribute sits on the native input or textarea, or on a wrapper). */
export const field = (page, name) =>
  page.locator(`:is(input[data-test=${name}], textarea[data-test=${name}], [data-test=${name}] input, [data-test=${name}] textarea)`).first();

/** Logs in on the staff console (logging out whoever is signed in first); waits until the header shows `who`. */
export async function consoleLogin(page, username, password, who = username) {
  await page.goto("/console/");
  if (await page.locator("[data-test=logout]").isVisible().catch(() => false)) {
    await page.locator("[data-test=logout]").click();
  }
  await field(page, "username").fill(username);
  await field(page, "password").fill(password);
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=who]").getByText(who, { exact: false }).waitFor();
}

/** The desktop browser's one console tab (kept across steps, so the session in it carries on); page errors go to `errors`. */
export async function consoleTab(browser, errors = browser.errors) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on("pageerror", (e) => errors.push(e));
  return page;
}

/** Picks an entry of a console (Element Plus) select or tree-select, named by its data-test, by the entry's text. */
export async function consoleChoose(page, name, text, { exact = true } = {}) {
  await page.locator(`#app .el-select[data-test=${name}]`).click();
  await page.locator(".el-popper:visible").getByText(text, { exact }).first().click();
}

/** Logs in on the merchant page as a cashier. */
export async function cashierLogin(page, username, password) {
  await page.goto("/merchant/");
  if (await page.locator("[data-test=logout]").isVisible()) await page.locator("[data-test=logout]").click();
  await page.locator("[data-test=username] input").fill(username);
  await page.locator("[data-test=password] input").fill(password);
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=merchant-name]").waitFor();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** Rules that must pass whatever their impact: pinch-zoom allowed, one main landmark, a heading on every page. */
const alwaysChecked = new Set(["meta-viewport", "landmark-one-main", "landmark-no-duplicate-main", "page-has-heading-one"]);

/**
 * Runs axe-core on the page once its transitions have settled and returns its serious and critical violations (and any finding of the
 * rules in alwaysChecked), one line each: "<label>: <rule id> (<impact>) at <target>: <help>". Injected through the
 * DevTools protocol (page.evaluate), so the app's Content-Security-Policy stays as served.
 */
export async function accessibilityViolations(page, label) {
  // A popup still fading in or out is half transparent: axe would read its text as low contrast and judge an element
  // that is on its way out. Wait until Vue's transitions and every finite animation have finished (spinners loop).
  await page.waitForFunction(() => !document.querySelector("[class*='-enter-active'], [class*='-leave-active']")
    && document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity));
  await page.evaluate(axeSource);
  const violations = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }))));
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || alwaysChecked.has(v.id))
    .flatMap((v) => v.targets.map((target) => `${label}: ${v.id} (${v.impact}) at ${target}: ${v.help}`));
}

/** The member opens a lottery as a member does: 我的 → 福利抽签 → the lottery titled `title` (its detail page, `/lotteries/{id}`). */
export async function openLotteryFromMe(page, title, id) {
  await page.goto("/me");
  await page.locator("[data-test=to-lotteries]").click();
  await page.waitForURL((url) => url.pathname === "/lotteries");
  await page.locator("[data-test=lottery]", { hasText: title }).click();
  await page.waitForURL((url) => url.pathname === `/lotteries/${id}`);
}
