// 福利抽签 编辑 against the real API: a draft is edited as a whole in the console's lottery form (places, fund, window) and the
// list shows the new terms; once published the same dialog offers only the name and the description; an edit the API refuses
// (the lottery was published while the form was open) shows the SDK's message in the dialog, changes nothing, and the form turns
// to the name and description.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, consoleLogin, field, launch, screenshot, unique } from "./harness.mjs";

let desk;
const s = {};
before(async () => { desk = await launch({ desktop: true }); });
after(async () => { await desk?.close(); });

/** "2027-01-05 10:00:00" as the date picker takes it (the browser runs in Asia/Shanghai), from a date's China wall time. */
const pickerText = (date) => new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");

/** The date picker named `label` (Element passes aria-label to its input, not data-test). */
const picker = (page, label) => page.locator(`.el-dialog input[aria-label="${label}"]`);

async function setPicker(page, label, date) {
  const input = picker(page, label);
  await input.click();
  await input.fill(pickerText(date));
  await input.press("Enter");
  await page.locator(".el-picker-panel:visible").waitFor({ state: "hidden" }).catch(() => {});
}

test("set-up: two open funds and a draft grant lottery on the first", async () => {
  const admin = s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  s.tag = unique();
  const org = s.org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `抽签编辑工会${s.tag}` } });
  const fund = (name) => api("POST", "/api/v1/admin/funds", { token: admin, body: {
    name: `${name}${s.tag}`, kind: "warmth", year: 2026, budgetFen: 5_000_000, maxGrantFen: 100_000, orgId: org.id } });
  s.fundA = await fund("送温暖甲基金");
  s.fundB = await fund("送温暖乙基金");
  const opens = new Date(Date.now() + 24 * 3600_000);
  s.lottery = await api("POST", "/api/v1/admin/lotteries", { token: admin, headers: { "Idempotency-Key": crypto.randomUUID() }, body: {
    title: `冬季送温暖补助抽签${s.tag}`, orgId: org.id, fundId: s.fundA.id, grantFen: 50_000, places: 5,
    opensAt: opens.toISOString(), closesAt: new Date(opens.getTime() + 7 * 24 * 3600_000).toISOString() } });
  assert.equal(s.lottery.status, "draft");
});

test("a draft is edited as a whole: places, fund and window, and the list shows them", async () => {
  const page = s.page = await desk.newPage();
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.goto("/console/lotteries");
  await page.getByRole("heading", { name: "福利抽签" }).waitFor();
  await page.locator(`[data-test=lottery-edit-${s.lottery.id}]`).click();
  const dialog = page.locator(".el-dialog[data-test=lottery-edit-dialog]");
  await dialog.waitFor();
  assert.equal(await field(page, "lottery-title").inputValue(), s.lottery.title, "the form is prefilled");
  assert.equal(await field(page, "lottery-places").inputValue(), "5");

  await field(page, "lottery-places").fill("8");
  await field(page, "lottery-places").press("Tab");
  await page.locator("#app .el-select[data-test=lottery-fund]").click();
  await page.locator(".el-popper:visible").getByText(s.fundB.name, { exact: false }).first().click();
  const opens = new Date(Math.ceil((Date.now() + 3 * 24 * 3600_000) / 3600_000) * 3600_000);
  const closes = new Date(opens.getTime() + 10 * 24 * 3600_000);
  await setPicker(page, "报名开始", opens);
  await setPicker(page, "报名截止", closes);
  await screenshot(page, "console-lottery-edit-1-draft");
  await page.locator("[data-test=lottery-save]").click();
  await dialog.waitFor({ state: "hidden" });
  const row = page.locator("[data-test=lottery-table] .el-table__row", { hasText: s.lottery.title });
  await row.getByText("8 / 0 / -").waitFor();

  const stored = await api("GET", `/api/v1/admin/lotteries/${s.lottery.id}`, { token: s.admin });
  assert.equal(stored.places, 8);
  assert.equal(stored.fundId, s.fundB.id);
  assert.equal(stored.grantFen, 50_000, "the grant kept");
  assert.equal(new Date(stored.opensAt).getTime(), opens.getTime());
  assert.equal(new Date(stored.closesAt).getTime(), closes.getTime());
  assert.equal(stored.status, "draft");
});

test("published: the edit dialog offers only the name and the description", async () => {
  const page = s.page;
  await page.locator(`[data-test=lottery-open-${s.lottery.id}]`).click();
  await page.waitForFunction((id) => !document.querySelector(`[data-test=lottery-open-${id}]`), s.lottery.id);
  await page.locator(`[data-test=lottery-edit-${s.lottery.id}]`).click();
  const dialog = page.locator(".el-dialog[data-test=lottery-edit-dialog]");
  await dialog.locator("[data-test=lottery-text-only]").waitFor();
  for (const name of ["lottery-places", "lottery-fund", "lottery-grant", "lottery-org", "lottery-commitment", "lottery-prize-kind"]) {
    assert.equal(await dialog.locator(`[data-test=${name}]`).count(), 0, `${name} is not offered`);
  }
  for (const label of ["报名开始", "报名截止"]) assert.equal(await picker(page, label).count(), 0, `${label} is not offered`);
  assert.equal(await field(page, "lottery-title").isVisible(), true);
  s.newTitle = `冬季送温暖补助抽签（第二批）${s.tag}`;
  await field(page, "lottery-title").fill(s.newTitle);
  await field(page, "lottery-description").fill("名额有限，以抽签为准");
  await screenshot(page, "console-lottery-edit-2-published");
  await page.locator("[data-test=lottery-save]").click();
  await dialog.waitFor({ state: "hidden" });
  await page.locator("[data-test=lottery-table] .el-table__row", { hasText: s.newTitle }).waitFor();
  const stored = await api("GET", `/api/v1/admin/lotteries/${s.lottery.id}`, { token: s.admin });
  assert.equal(stored.title, s.newTitle);
  assert.equal(stored.description, "名额有限，以抽签为准");
  assert.equal(stored.places, 8);

  // emptying the description and saving clears it
  await page.locator(`[data-test=lottery-edit-${s.lottery.id}]`).click();
  await dialog.locator("[data-test=lottery-text-only]").waitFor();
  await field(page, "lottery-description").fill("");
  await page.locator("[data-test=lottery-save]").click();
  await dialog.waitFor({ state: "hidden" });
  const cleared = await api("GET", `/api/v1/admin/lotteries/${s.lottery.id}`, { token: s.admin });
  assert.equal(cleared.description, null);
  assert.equal(cleared.title, s.newTitle);
});

test("an edit the API refuses shows its message in the dialog and changes nothing", async () => {
  const page = s.page;
  const opens = new Date(Date.now() + 24 * 3600_000);
  const draft = await api("POST", "/api/v1/admin/lotteries", { token: s.admin, headers: { "Idempotency-Key": crypto.randomUUID() }, body: {
    title: `金秋助学补助抽签${s.tag}`, orgId: s.org.id, fundId: s.fundA.id, grantFen: 50_000, places: 3,
    opensAt: opens.toISOString(), closesAt: new Date(opens.getTime() + 7 * 24 * 3600_000).toISOString() } });
  await page.reload();
  await page.locator(`[data-test=lottery-edit-${draft.id}]`).click();
  const dialog = page.locator(".el-dialog[data-test=lottery-edit-dialog]");
  await dialog.waitFor();
  await field(page, "lottery-places").fill("6");
  await field(page, "lottery-places").press("Tab");
  // someone publishes it while the form is open
  await api("POST", `/api/v1/admin/lotteries/${draft.id}/open`, { token: s.admin, body: {} });
  await page.locator("[data-test=lottery-save]").click();
  await dialog.locator("[data-test=form-error]").getByText("抽签已发布，组织、报名时间、名额和奖品不能再修改", { exact: false }).waitFor();
  await screenshot(page, "console-lottery-edit-3-refused");
  assert.equal(await dialog.isVisible(), true, "the dialog stays open with the message");
  await dialog.locator("[data-test=lottery-text-only]").waitFor(); // and now offers what may still change
  assert.equal(await dialog.locator("[data-test=lottery-places]").count(), 0);
  const stored = await api("GET", `/api/v1/admin/lotteries/${draft.id}`, { token: s.admin });
  assert.equal(stored.places, 3);
  assert.deepEqual(desk.errors, []);
});
