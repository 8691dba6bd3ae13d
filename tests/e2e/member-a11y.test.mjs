// Accessibility of the member H5 app against the real API: axe-core on the main pages (no serious or critical
// violation, no meta-viewport finding, one main landmark and a heading on every page) (elder mode: see below).
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
