// Lottery drops against the real API: staff set up a lottery of a perk (server-held seed) and publish it; a member opens
// 福利抽签 from 我的 and applies; after the window closes staff draw; the member sees 中签 and the voucher, opens the public
// verification page, recomputes the draw in the browser, and the repository's tools/verify-lottery.mjs agrees.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { accessibilityViolations, adminPassword, api, idNumber, launch, screenshot, smsLogin, openLotteryFromMe, unique, uploadRoster } from "./harness.mjs";

const windowMs = 40_000;
let phone;
const s = {};
before(async () => { phone = await launch(); });
after(async () => { await phone?.close(); });

test("set-up: a verified member and a published lottery of one place", async () => {
  const admin = s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `抽签区总工会 ${unique()}` } });
  const person = { name: "钱丽华", id: idNumber("19880214") };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  const mobile = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  const page = s.page = await phone.newPage();
  await smsLogin(page, mobile);
  const token = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token, body: { name: person.name, idNumber: person.id } });

  const now = Date.now();
  const perk = await api("POST", "/api/v1/admin/perks", { token: admin, body: {
    kind: "voucher", title: "游泳馆体验券", description: "抽签发放", stock: 5, perMemberLimit: 1, startsAt: new Date(now - 60_000).toISOString(),
    endsAt: new Date(now + 10 * 86_400_000).toISOString(), faceValueFen: 3000, merchantIds: ["7"], validDays: 30, eligibility: {} } });
  s.title = `游泳馆体验券抽签 ${unique()}`;
  s.closesAt = now + windowMs;
  s.lottery = await api("POST", "/api/v1/admin/lotteries", { token: admin, headers: { "Idempotency-Key": unique() }, body: {
    title: s.title, perkId: perk.id, orgId: org.id, places: 1, opensAt: new Date(now).toISOString(), closesAt: new Date(s.closesAt).toISOString() } });
  assert.match(s.lottery.commitment, /^[0-9a-f]{64}$/);
  await api("POST", `/api/v1/admin/lotteries/${s.lottery.id}/open`, { token: admin });
});

test("the member applies from 我的 → 福利抽签", async () => {
  const page = s.page;
  await openLotteryFromMe(page, s.title, s.lottery.id);
  await page.locator("[data-test=apply]").click();
  await page.locator("[data-test=my-result]").getByText("已报名，待开奖").waitFor();
  await page.locator("[data-test=my-weight]").getByText("权重 ×1").waitFor(); // the member's weight in the draw
  await page.locator(".van-toast").waitFor({ state: "hidden" });
  await screenshot(page, "lottery-1-applied");
  assert.deepEqual(await accessibilityViolations(page, "lottery detail"), []);
});

test("after the window closes staff draw; the member sees the result and verifies the draw", async () => {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, s.closesAt - Date.now() + 1000)));
  const record = await api("POST", `/api/v1/admin/lotteries/${s.lottery.id}/draw`, { token: s.admin, body: {} });
  assert.equal(record.winners.length, 1);

  const page = s.page;
  await page.reload();
  await page.locator("[data-test=my-result]").getByText("中签").waitFor();
  await page.locator("[data-test=to-wallet]").waitFor();
  await screenshot(page, "lottery-2-won");

  await page.locator("[data-test=to-verification]").click();
  await page.waitForURL((url) => url.pathname === `/lotteries/${s.lottery.id}/draw`);
  await page.locator("[data-test=seed]").getByText(record.seed).waitFor();
  await page.locator("[data-test=draw-entry]").getByText("钱*华").waitFor();
  await page.locator("[data-test=draw-weights]").getByText("本次抽签不设权重，人人相同").waitFor(); // the weights the draw used
  await page.locator("[data-test=draw-entry]", { hasText: "钱*华" }).getByText("权重 ×1").waitFor();
  await page.locator("[data-test=verify]").click();
  await page.locator("[data-test=verdict]").getByText("核对一致").waitFor();
  await screenshot(page, "lottery-3-verified");
  assert.deepEqual(await accessibilityViolations(page, "lottery verification"), []);

  // the repository's script, on the public record
  const file = join(mkdtempSync(join(tmpdir(), "lottery-")), "record.json");
  writeFileSync(file, JSON.stringify(await api("GET", `/api/v1/public/lotteries/${s.lottery.id}/draw`)));
  const verdict = JSON.parse(execFileSync("node", [new URL("../../tools/verify-lottery.mjs", import.meta.url).pathname, file], { encoding: "utf8" }));
  assert.equal(verdict.ok, true);
  assert.deepEqual(verdict.winners, record.winners);
});
