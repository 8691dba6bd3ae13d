// Accessibility of the member H5 app against the real API: axe-core on the main pages (no serious or critical
// violation, no meta-viewport finding, one main landmark and a heading on every page), in normal and elder mode.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  accessibilityViolations, adminPassword, api, creditCode, idNumber, launch, phone, screenshot, smsLogin, unique, uploadRoster,
} from "./harness.mjs";

let browser;
const s = {};
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const iso = (ms) => new Date(ms).toISOString();

/** A verified member with a voucher in the wallet, an open perk and an open fund: every main page has content. */
test("set-up through the real admin and member API", async () => {
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  s.admin = admin;
  const tag = unique();
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `区总工会 ${tag}` } });
  const credit = creditCode();
  await api("POST", "/api/v1/admin/enterprises", { token: admin, body: { name: `第三棉纺厂 ${tag}`, creditCode: credit, orgId: org.id } });
  s.id = idNumber("19620315");
  s.mobile = phone();
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n张桂兰,${s.id},${credit},${s.mobile}\n`);
  const merchant = await api("POST", "/api/v1/admin/merchants", { token: admin, body: { name: `便民超市 ${tag}`, creditCode: creditCode() } });
  const now = Date.now();
  s.perk = await api("POST", "/api/v1/admin/perks", { token: admin, body: {
    kind: "voucher", title: `重阳节慰问超市券 ${tag}`, description: "合作超市满 50 元可用", stock: 100, perMemberLimit: 1, faceValueFen: 3000,
    startsAt: iso(now - 3600e3), endsAt: iso(now + 86400e3), validDays: 30, merchantIds: [merchant.id] } });
  // a second one left to claim: its button is the enabled one on the perks page
  await api("POST", "/api/v1/admin/perks", { token: admin, body: {
    kind: "goods", title: `防暑降温礼包 ${tag}`, stock: 50, perMemberLimit: 1, faceValueFen: 2000,
    startsAt: iso(now - 3600e3), endsAt: iso(now + 86400e3), validDays: 30, merchantIds: [merchant.id] } });
  await api("POST", "/api/v1/admin/funds", { token: admin, body: {
    name: `困难职工帮扶 ${tag}`, kind: "hardship", year: 2026, budgetFen: 100_000_00, maxGrantFen: 5_000_00,
    eligibilityNotes: "本市在职工会会员，因大病或家庭变故导致生活困难的。" } });
});

async function memberToken(page) {
  return JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
}

/** Opens each main page, waits for its content, and collects axe's findings. */
async function auditMainPages(page, mode) {
  const found = [];
  const pages = [
    ["/perks", "[data-test=perk]"],
    ["/wallet", "[data-test=voucher]"],
    ["/funds", "[data-test=fund]"],
    ["/funds?tab=mine", "[data-test=applications-empty]"],
    ["/me", "[data-test=profile]"],
    ["/legal-aid", "[data-test=legal-cases-empty]"],
    ["/legal-aid/apply", "[data-test=documents]"],
    ["/hardship", "[data-test=hardship-not-registered]"],
  ];
  for (const [path, ready] of pages) {
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(300); // transitions settle
    found.push(...await accessibilityViolations(page, `${mode} ${path}`));
  }
  // the voucher's QR sheet (a popup over the wallet)
  await page.goto("/wallet");
  await page.locator("[data-test=voucher]").first().click();
  await page.locator("[data-test=voucher-qr] img.qr").waitFor();
  await page.waitForTimeout(400);
  found.push(...await accessibilityViolations(page, `${mode} /wallet (QR sheet)`));
  // a dialog open over a page (the logout question on 我的): named, and its buttons readable
  await page.goto("/me");
  await page.getByRole("button", { name: "退出登录" }).click();
  const dialog = page.getByRole("dialog", { name: "退出登录" });
  await dialog.waitFor();
  found.push(...await accessibilityViolations(page, `${mode} /me (logout dialog)`));
  await dialog.getByRole("button", { name: "取消" }).click();
  await dialog.waitFor({ state: "hidden" });
  return found;
}

test("the login screen and the main pages pass axe-core in normal mode", async () => {
  const page = s.page = await browser.newPage();
  await page.goto("/login");
  await page.locator("[data-test=send-code]").waitFor();
  const found = await accessibilityViolations(page, "normal /login");
  await smsLogin(page, s.mobile);
  const token = await memberToken(page);
  await api("POST", "/api/v1/me/real-name", { token, body: { name: "张桂兰", idNumber: s.id } });
  await api("POST", `/api/v1/perks/${s.perk.id}/claims`, { token, headers: { "Idempotency-Key": crypto.randomUUID() } });
  found.push(...await auditMainPages(page, "normal"));
  assert.deepEqual(found, [], `axe-core findings:\n${found.join("\n")}`);
  assert.deepEqual(browser.errors, []);
});

test("elder mode: switched on in 我的, larger type and targets app-wide, applied before the first paint after a reload", async () => {
  const page = s.page;
  await page.goto("/me");
  const before = await page.locator("[data-test=tabbar]").evaluate((el) => el.getBoundingClientRect().height);
  const toggle = page.locator("[data-test=elder-mode]");
  assert.equal(await toggle.getAttribute("aria-checked"), "false");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-checked"), "true");
  const after = await page.locator("[data-test=tabbar]").evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(after >= before + 10, `the tab bar grows (${before} -> ${after} px)`);
  await page.waitForTimeout(300);
  await screenshot(page, "a11y-1-me-elder-mode");

  // the class is on <html> when <body> is first parsed: set by the <head> script, not by the app after it started
  const reloaded = await browser.newPage();
  await reloaded.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      if (document.body) { window.__elderAtBody = document.documentElement.classList.contains("elder"); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await reloaded.goto("/perks");
  await reloaded.locator("[data-test=perk]").first().waitFor();
  assert.equal(await reloaded.evaluate(() => window.__elderAtBody), true, "elder mode applied before the body was parsed");
  await reloaded.close();
  await page.goto("/perks");
  await page.locator("[data-test=perk]").first().waitFor();
  const claimSize = await page.locator("[data-test=claim]").first().evaluate((el) => {
    const style = getComputedStyle(el);
    return { font: parseFloat(style.fontSize), height: el.getBoundingClientRect().height };
  });
  assert.ok(claimSize.font >= 16 && claimSize.height >= 44, `claim button: ${JSON.stringify(claimSize)}`);
  const title = await page.locator("[data-test=perk] .card-title").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(title >= 19, `perk title ${title}px`);
  await screenshot(page, "a11y-2-perks-elder-mode");
});

test("the login screen and the main pages pass axe-core in elder mode", async () => {
  const page = s.page;
  const found = await auditMainPages(page, "elder");
  // the login screen in elder mode: a fresh tab with the same device storage, signed out for a moment
  const login = await browser.newPage();
  await login.goto("/login");
  const tokens = await login.evaluate(() => localStorage.getItem("unionhub.member.tokens"));
  await login.evaluate(() => localStorage.removeItem("unionhub.member.tokens"));
  await login.goto("/login");
  await login.locator("[data-test=send-code]").waitFor();
  assert.equal(await login.evaluate(() => document.documentElement.classList.contains("elder")), true);
  found.push(...await accessibilityViolations(login, "elder /login"));
  await screenshot(login, "a11y-3-login-elder-mode");
  await login.evaluate((t) => localStorage.setItem("unionhub.member.tokens", t), tokens);
  await login.close();
  assert.deepEqual(found, [], `axe-core findings:\n${found.join("\n")}`);
  assert.deepEqual(browser.errors, []);
});

test("elder mode at 320 px, also with the text at 200%: no sideways scroll, the main buttons visible and clickable", async () => {
  const page = s.page;
  await page.setViewportSize({ width: 320, height: 640 });
  const tab = "[data-test=tabbar] .van-tabbar-item >> nth=3";
  const pages = [
    ["/perks", ["[data-test=perk] [data-test=claim]:not([disabled])", tab]],
    ["/wallet", ["[data-test=voucher]", tab]],
    ["/funds", ["[data-test=fund] [data-test=apply]", ".van-tab >> nth=1", tab]],
    ["/me", ["[data-test=elder-mode]", "[data-test=to-real-name]", tab]],
    ["/legal-aid", ["[data-test=to-legal-aid-apply]"]],
    ["/legal-aid/apply", ["[data-test=pick-album]", "[data-test=submit-legal-aid]"]],
  ];
  const problems = [];
  for (const textAt200 of [false, true]) {
    for (const [path, buttons] of pages) {
      await page.goto(path);
      await page.locator(buttons[0]).first().waitFor();
      // the app's own type is in rem: a root font of 200% doubles it (Vant's sizes follow elder mode's variables)
      if (textAt200) await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      await page.waitForTimeout(200);
      const where = `${path}${textAt200 ? " (text 200%)" : ""}`;
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      if (scrollWidth > innerWidth) problems.push(`${where}: scrolls sideways (${scrollWidth} px wide in ${innerWidth} px)`);
      for (const selector of buttons) {
        const button = page.locator(selector).first();
        await button.scrollIntoViewIfNeeded();
        const box = await button.boundingBox();
        if (!box || box.x < 0 || box.x + box.width > innerWidth + 0.5) problems.push(`${where}: ${selector} outside the screen (${JSON.stringify(box)})`);
        else if (box.height < 40) problems.push(`${where}: ${selector} is ${box.height} px tall`);
        await button.click({ trial: true }); // visible, stable, enabled and not covered
      }
      await screenshot(page, `a11y-320-elder${textAt200 ? "-text200" : ""}${path.replaceAll("/", "-")}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(browser.errors, []);
});
