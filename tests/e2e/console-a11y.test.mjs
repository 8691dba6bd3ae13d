// Accessibility of the staff console against the real API, on the desktop viewport: axe-core on the login page, the
// main pages with real rows in their tables, and the main dialogs and drawers (no serious or critical violation, one main
// landmark and one <h1> on every page, the page's language set), and a visible focus ring on the controls a keyboard reaches.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  accessibilityViolations, adminPassword, api, consoleLogin, consoleTab, creditCode, field, launch, screenshot, unique, uploadRoster, verifiedMember,
  idNumber,
} from "./harness.mjs";

let browser;
const s = {};
before(async () => { browser = await launch({ desktop: true }); });
after(async () => { await browser?.close(); });

const iso = (ms) => new Date(ms).toISOString();

/** An organisation with an enterprise and a verified member, a merchant, a perk the member claimed, a fund the member applied to, an article. */
test("set-up through the real admin and member API", async () => {
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const tag = s.tag = unique();
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `无障碍市总工会 ${tag}` } });
  await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `无障碍区总工会 ${tag}`, parentId: org.id } });
  const credit = creditCode();
  await api("POST", "/api/v1/admin/enterprises", { token: admin, body: { name: `第一纺织厂 ${tag}`, creditCode: credit, orgId: org.id } });
  const person = { name: "王秀英", id: idNumber("19700412") };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},${credit},\n`);
  const member = await verifiedMember(person);
  const merchant = await api("POST", "/api/v1/admin/merchants", { token: admin, body: { name: `惠民超市 ${tag}`, creditCode: creditCode() } });
  const now = Date.now();
  const perk = await api("POST", "/api/v1/admin/perks", { token: admin, body: {
    kind: "voucher", title: `中秋慰问超市券 ${tag}`, description: "合作超市满 50 元可用", stock: 100, perMemberLimit: 1, faceValueFen: 3000,
    startsAt: iso(now - 3600e3), endsAt: iso(now + 86400e3), validDays: 30, merchantIds: [merchant.id] } });
  await api("POST", `/api/v1/perks/${perk.id}/claims`, { token: member.token, headers: { "Idempotency-Key": crypto.randomUUID() } });
  const fund = await api("POST", "/api/v1/admin/funds", { token: admin, body: {
    name: `大病救助 ${tag}`, kind: "hardship", year: 2026, budgetFen: 100_000_00, maxGrantFen: 5_000_00,
    eligibilityNotes: "本市在职工会会员，因大病导致生活困难的。" } });
  await api("POST", "/api/v1/fund-applications", { token: member.token, headers: { "Idempotency-Key": crypto.randomUUID() }, body: {
    fundId: fund.id, category: "major_illness", requestedFen: 300000, reason: "爱人今年确诊重病住院，医药费自付部分较多。", contactPhone: member.mobile, draft: false } });
  const article = await api("POST", "/api/v1/admin/articles", { token: admin, headers: { "Idempotency-Key": crypto.randomUUID() }, body: {
    category: "notice", title: `关于开展冬季送温暖活动的通知 ${tag}`, summary: "各基层工会：", bodyHtml: "<p>请各基层工会做好困难职工走访慰问。</p>" } });
  await api("POST", `/api/v1/admin/articles/${article.id}/publish`, { token: admin, body: {} });
});

/** Every page: one <main>, one <h1>, the language of the page; the rest is axe's. */
async function audit(page, label) {
  const found = await accessibilityViolations(page, label);
  const shape = await page.evaluate(() => ({
    mains: document.querySelectorAll("main, [role=main]").length,
    h1: [...document.querySelectorAll("h1")].filter((h) => h.getBoundingClientRect().height > 0).map((h) => h.textContent.trim()),
    lang: document.documentElement.lang,
  }));
  if (shape.mains !== 1) found.push(`${label}: ${shape.mains} main landmarks`);
  if (shape.h1.length !== 1) found.push(`${label}: ${shape.h1.length} visible <h1> (${shape.h1.join(", ")}), not one`);
  if (shape.lang !== "zh-CN") found.push(`${label}: <html lang="${shape.lang}">`);
  return found;
}

/** Opens a console page from the menu's route, waits for `ready` (its real rows), lets the transitions settle. */
async function open(page, path, ready) {
  await page.goto(`/console/${path}`);
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(300);
}

const rows = (table) => `[data-test=${table}] .el-table__body tr`;

test("the login page, the main pages with their rows and the main dialogs pass axe-core", async () => {
  const page = await consoleTab(browser);
  const found = [];

  await page.goto("/console/login");
  await page.locator("[data-test=login]").waitFor();
  found.push(...await audit(page, "/login"));
  await field(page, "username").fill("admin");
  await field(page, "password").fill("not the password");
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=login-error]").waitFor();
  found.push(...await audit(page, "/login (wrong password)"));
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");

  const pages = [
    ["dashboard", "[data-test=chart-perks][data-rendered=true] canvas"],
    ["orgs", rows("org-table")],
    ["enterprises", ".el-table__body tr"],
    ["rosters", "[data-test=roster-org]"],
    ["members", "[data-test=lookup-value]"],
    ["perks", rows("perk-table")],
    ["content", rows("article-table")],
    ["merchants", ".el-table__body tr"],
    ["settlements", "[data-test=settlement-table], .el-empty"],
    ["funds", ".el-table__body tr"],
    ["applications", ".el-table__body tr"],
    ["users", rows("user-table")],
    ["audit", rows("audit-table")],
  ];
  for (const [path, ready] of pages) {
    await open(page, path, ready);
    found.push(...await audit(page, `/${path}`));
  }

  // the dialogs and drawers behind the main buttons: forms with labelled controls, named close buttons
  const dialogs = [
    ["perks", rows("perk-table"), "[data-test=perk-new]", ".el-dialog[data-test=perk-dialog]"],
    ["content", rows("article-table"), "[data-test=article-new]", ".el-dialog[data-test=article-dialog]"],
    ["funds", ".el-table__body tr", "[data-test=fund-new]", ".el-dialog"],
    ["merchants", ".el-table__body tr", ".el-table__body tr >> nth=0 >> button", ".el-drawer"],
    ["applications", ".el-table__body tr", ".el-table__body tr >> nth=0 >> button", ".el-drawer"],
  ];
  for (const [path, ready, button, popup] of dialogs) {
    await open(page, path, ready);
    await page.locator(button).first().click();
    await page.locator(`${popup}:visible`).first().waitFor();
    await page.waitForTimeout(400);
    found.push(...await audit(page, `/${path} (${popup})`));
    await screenshot(page, `console-a11y-${path}-dialog`);
    await page.keyboard.press("Escape");
    await page.locator(`${popup}:visible`).first().waitFor({ state: "hidden" });
  }

  assert.deepEqual(found, [], `axe-core findings:\n${found.join("\n")}`);
  assert.deepEqual(browser.errors, []);
});

test("every other page in the super_admin's menu passes axe-core too (most of them empty)", async () => {
  const page = await consoleTab(browser);
  await page.goto("/console/dashboard");
  const audited = new Set(["dashboard", "orgs", "enterprises", "rosters", "members", "perks", "content", "merchants", "settlements", "funds",
    "applications", "users", "audit"]);
  const paths = (await page.locator("nav [data-test^=nav-]").evaluateAll((links) => links.map((a) => new URL(a.href).pathname)))
    .map((p) => p.replace("/console/", "")).filter((p) => !audited.has(p));
  assert.ok(paths.length >= 20, `the menu lists the other pages (${paths.join(", ")})`);
  const found = [];
  for (const path of paths) {
    await open(page, path, "main .page");
    await page.locator("main .el-loading-mask").first().waitFor({ state: "detached", timeout: 5000 }).catch(() => {});
    found.push(...await audit(page, `/${path}`));
  }
  assert.deepEqual(found, [], `axe-core findings:\n${found.join("\n")}`);
  assert.deepEqual(browser.errors, []);
});

test("keyboard: the skip link comes first and moves into the page, and every control the Tab key reaches shows where the focus is", async () => {
  const page = await consoleTab(browser);
  // the organisations page: text boxes, tree selects, a textarea and buttons
  await open(page, "orgs", rows("org-table"));
  await page.reload(); // a fresh page: the Tab key starts at the top of the document
  await page.locator(rows("org-table")).first().waitFor();
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true, "the skip link is the first stop");
  const box = await skip.boundingBox();
  assert.ok(box && box.y >= 0 && box.height > 20, `the focused skip link is on screen (${JSON.stringify(box)})`);
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main", "Enter moves the focus to the main area");

  // the next stops are the page's own controls: each one shows a focus ring (an outline, or Element's focused input frame)
  const unmarked = [];
  const visited = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
      const framed = !!el.closest(".is-focus, .is-focused");
      return { what: `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 20)}"`,
        marked: outlined || framed, inMain: !!el.closest("main") };
    });
    if (!stop) break;
    visited.push(stop.what);
    if (!stop.marked) unmarked.push(stop.what);
  }
  assert.ok(visited.length >= 6, `the Tab key went through the page's controls: ${visited.join(", ")}`);
  assert.deepEqual(unmarked, [], `controls without a visible focus indicator (of ${visited.join(", ")})`);
  // the same holds in the menu (white ring on the dark side bar)
  const link = page.locator("[data-test=nav-funds]");
  await link.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  assert.equal(await link.evaluate((el) => el === document.activeElement && getComputedStyle(el).outlineStyle !== "none"), true);
  await screenshot(page, "console-a11y-focus-menu");
  // a menu link followed from the keyboard takes the focus to the new page's title, not back to the top of the menu
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname.endsWith("/funds"));
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), (await link.textContent())?.trim(),
    "the focus is on the page's own title");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest("main")), true, "the next Tab stop is in the page");
  assert.deepEqual(browser.errors, []);
});
