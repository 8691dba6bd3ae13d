// The staff console at /console/, on a desktop viewport: login, an organisation, a roster upload with its row report, a
// perk whose claim count refreshes live, CSV export, and the dashboard's charts. Only the real API (no mocks).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { adminPassword, launch, api, baseUrl, creditCode, idNumber, phone, screenshot, unique, field, consoleTab, consoleLogin, verifiedMember, consoleChoose } from "./harness.mjs";

let browser;
let errors = [];

// a desktop browser of its own (the phone one is for the member and merchant tests)
before(async () => {
  browser = await launch({ desktop: true });
  errors = browser.errors;
});
after(async () => {
  await browser?.close();
});

test("staff log in, build an organisation, upload a roster, publish a perk that members claim, and read the dashboard", async () => {
  const page = await consoleTab(browser, errors);
  const tag = unique();

  // --- login: a page needs a session; a wrong password is shown by its code
  await page.goto("/console/perks");
  await page.locator("[data-test=login]").waitFor();
  assert.equal(new URL(page.url()).pathname, "/console/login");
  assert.equal(new URL(page.url()).searchParams.get("redirect"), "/perks");
  await field(page, "username").fill("admin");
  await field(page, "password").fill("not the password");
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=login-error]").getByText("用户名或密码错误 [auth.invalid_credentials]").waitFor();
  await screenshot(page, "console-1-login");
  await field(page, "password").fill(adminPassword);
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=perk-table], .el-empty").first().waitFor();
  assert.equal(new URL(page.url()).pathname, "/console/perks", "back where the login started");

  // --- organisations: a city union and a district below it, shown in the tree
  const city = `测试市总工会${tag}`;
  const district = `测试区总工会${tag}`;
  await page.locator("[data-test=nav-orgs]").click();
  await field(page, "org-name").fill(city);
  await page.locator("[data-test=org-create]").click();
  await page.locator("[data-test=org-tree]").getByText(city, { exact: true }).waitFor();
  await field(page, "org-name").fill(district);
  await consoleChoose(page, "org-parent", city);
  await page.locator("[data-test=org-create]").click();
  await page.locator("[data-test=org-tree]").getByText(district, { exact: true }).waitFor();
  await page.locator("[data-test=org-table]").getByText(`${city} / ${district}`).waitFor();
  await screenshot(page, "console-2-orgs");

  // --- an access token that stopped working is refreshed with the refresh token, without the user noticing
  const spent = await page.evaluate(() => {
    const tokens = JSON.parse(localStorage.getItem("unionhub.console.tokens"));
    const old = tokens.accessToken;
    localStorage.setItem("unionhub.console.tokens", JSON.stringify({ ...tokens, accessToken: "expired.or.revoked" }));
    return old;
  });
  await page.reload();
  await page.locator("[data-test=org-tree]").getByText(district, { exact: true }).waitFor();
  const renewed = await page.evaluate(() => JSON.parse(localStorage.getItem("unionhub.console.tokens")).accessToken);
  assert.notEqual(renewed, "expired.or.revoked");
  assert.notEqual(renewed, spent, "a new access token from /auth/refresh");

  // --- roster: two good rows and one with a wrong check character; the row report names line 4
  const members = [{ name: "李小红", id: idNumber("19880512") }, { name: "赵大刚", id: idNumber("19750101") }];
  const badId = members[0].id.slice(0, 17) + (members[0].id[17] === "1" ? "2" : "1");
  const csv = ["name,idNumber,enterpriseCreditCode,phone", ...members.map((m) => `${m.name},${m.id},,`), `王错号,${badId},,`].join("\r\n") + "\r\n";
  await page.locator("[data-test=nav-rosters]").click();
  await consoleChoose(page, "roster-org", city);
  await page.locator("[data-test=roster-file]").setInputFiles({ name: "名册.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + csv, "utf8") });
  await page.getByText("名册.csv，3 行数据").waitFor();
  await page.locator("[data-test=roster-upload]").click();
  await page.locator("[data-test=roster-report]").waitFor();
  assert.equal((await page.locator("[data-test=roster-added]").innerText()).match(/\d+/)?.[0], "2");
  assert.equal((await page.locator("[data-test=roster-rejected]").innerText()).match(/\d+/)?.[0], "1");
  const rejection = page.locator("[data-test=roster-rejections] .el-table__body tr").first();
  assert.match(await rejection.innerText(), /4\s+身份证号校验位错误/);
  await page.locator("[data-test=roster-progress]").getByText("导入完成").waitFor();
  await page.waitForTimeout(700); // the progress bar's transition
  await screenshot(page, "console-3-roster-report");

  // the rejected rows export as UTF-8 CSV with BOM
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-test=export-csv]").last().click()]);
  assert.match(download.suggestedFilename(), /^名册问题行-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(bytes.subarray(3).toString("utf8"), '"行号","原因"\r\n4,"身份证号校验位错误"\r\n');

  // --- perk: published in the console, listed, and its claim count follows a real member's claim within seconds
  const perkTitle = `防暑降温包${tag}`;
  await page.locator("[data-test=nav-perks]").click();
  await page.locator("[data-test=perk-new]").click();
  await page.locator("[data-test=perk-kind]").getByText("实物").click();
  await field(page, "perk-title").fill(perkTitle);
  await field(page, "perk-stock").fill("50");
  await page.locator("[data-test=perk-save]").click();
  const row = page.locator("[data-test=perk-table] .el-table__body tr", { hasText: perkTitle });
  await row.waitFor();
  assert.match(await row.innerText(), /0 \/ 50/);
  assert.match(await row.innerText(), /进行中/);

  const admin = await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } });
  const perks = await api("GET", "/api/v1/admin/stats/perks", { token: admin.accessToken });
  const perk = perks.items.find((p) => p.title === perkTitle);
  assert.ok(perk, "the console's perk is in the staff list");
  const member = (await verifiedMember(members[0])).token;
  const claim = await fetch(`${baseUrl}/api/v1/perks/${perk.id}/claims`, {
    method: "POST", headers: { Authorization: `Bearer ${member}`, "Idempotency-Key": crypto.randomUUID() },
  });
  assert.equal(claim.status, 201, await claim.text());
  await row.getByText("1 / 50").waitFor({ timeout: 12_000 }); // refreshed every 5 s, no reload
  await screenshot(page, "console-4-perks");

  // --- a fund so the dashboard has budget figures, then the dashboard with its three charts drawn
  await api("POST", "/api/v1/admin/funds", { token: admin.accessToken, body: { name: `金秋助学${tag}`, kind: "hardship", year: 2026, budgetFen: 50_000_000, maxGrantFen: 500_000 } });
  await page.locator("[data-test=nav-dashboard]").click();
  for (const chart of ["chart-members", "chart-perks", "chart-funds"]) {
    await page.locator(`[data-test=${chart}][data-rendered=true] canvas`).waitFor();
  }
  const stats = await api("GET", "/api/v1/admin/stats", { token: admin.accessToken });
  assert.equal((await page.locator("[data-test=stat-members]").innerText()).replace(/\D/g, ""), String(stats.members));
  await page.waitForTimeout(800); // the charts' entry animation
  const canvas = await page.locator("[data-test=chart-perks] canvas").first().boundingBox();
  assert.ok(canvas && canvas.width > 300 && canvas.height > 200, "the perk chart has a real size");
  await page.setViewportSize({ width: 1440, height: 1640 }); // the whole dashboard (docs/screenshots/console-dashboard.png is a copy)
  await page.waitForTimeout(800);
  await screenshot(page, "console-5-dashboard");
  await page.setViewportSize({ width: 1440, height: 900 });

  // --- an API refusal is shown with its problem code
  await page.locator("[data-test=nav-enterprises]").click();
  await field(page, "ent-name").fill("某某制造有限公司");
  await field(page, "ent-code").fill("123456");
  await consoleChoose(page, "ent-org", city);
  await page.locator("[data-test=ent-create]").click();
  await page.locator("[data-test=form-error]").getByText("[enterprise.invalid_credit_code]", { exact: false }).waitFor();

  assert.deepEqual(errors, []);
});

test("the console is served at /console/ with deep links, /console redirects there, and a cashier account is turned away", async () => {
  const get = (path) => fetch(baseUrl + path, { redirect: "manual" });
  for (const path of ["/console/", "/console/perks", "/console/rosters"]) {
    const r = await get(path);
    assert.equal(r.status, 200, path);
    assert.match(await r.text(), /<title>工会工作台<\/title>/, path);
    assert.equal(r.headers.get("cache-control"), "no-cache");
  }
  const bare = await get("/console");
  assert.equal(bare.status, 302);
  assert.equal(bare.headers.get("location"), "/console/");
  assert.equal((await get("/console/assets/nope-123.js")).status, 404);
  assert.match(await (await get("/")).text(), /<title>工会会员服务<\/title>/, "the member app keeps /");

  const admin = await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } });
  const merchant = await api("POST", "/api/v1/admin/merchants", { token: admin.accessToken, body: { name: `便民超市${unique()}`, creditCode: creditCode() } });
  const username = `cashier.${unique()}`;
  await api("POST", "/api/v1/admin/users", { token: admin.accessToken, body: { username, password: "a long cashier password", role: "merchant_staff", merchantId: merchant.id } });
  const page = await consoleTab(browser, errors);
  await page.goto("/console/");
  if (await page.locator("[data-test=logout]").isVisible()) await page.locator("[data-test=logout]").click();
  await field(page, "username").fill(username);
  await field(page, "password").fill("a long cashier password");
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=login-error]").getByText("该账号没有工作台的使用权限").waitFor();
  assert.deepEqual(errors, []);
});

test("a super_admin resets a staff password in the console; the one-time password must be changed at login; a disabled account is shut out", async () => {
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const username = `reviewer.${unique()}`;
  const created = await api("POST", "/api/v1/admin/users", { token: admin, body: { username, password: "the first long password", role: "reviewer" } });
  const before = await api("POST", "/api/v1/admin/auth/login", { body: { username, password: "the first long password" } });

  const page = await consoleTab(browser, errors);
  await page.goto("/console/");
  if (await page.locator("[data-test=logout]").isVisible()) await page.locator("[data-test=logout]").click();
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.goto("/console/users");
  const row = page.locator("[data-test=user-table] .el-table__body tr", { hasText: username });
  await row.getByText("正常").waitFor();
  await row.locator("[data-test=user-reset]").click();
  await page.locator(".el-message-box").getByRole("button", { name: /确定|OK/ }).click();
  const shown = page.locator("[data-test=one-time-password]");
  await shown.waitFor();
  const oneTime = (await shown.innerText()).trim();
  assert.match(oneTime, /^[A-Za-z0-9]{16}$/);
  await screenshot(page, "console-users-1-one-time-password");
  await page.locator("[data-test=one-time-close]").click();
  await row.getByText("待改密").waitFor();
  // the reset ended the reviewer's session at once
  const old = await fetch(`${baseUrl}/api/v1/admin/funds`, { headers: { Authorization: `Bearer ${before.accessToken}` } });
  assert.equal(old.status, 401);

  // the reviewer logs in with the one-time password and is made to set a new one first
  await page.locator("[data-test=logout]").click();
  await field(page, "username").fill(username);
  await field(page, "password").fill(oneTime);
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=password-change]").waitFor();
  await field(page, "new-password").fill("my own new password");
  await field(page, "new-password-repeat").fill("my own new password");
  await screenshot(page, "console-users-2-password-change");
  await page.locator("[data-test=password-change-submit]").click();
  await page.locator("[data-test=who]").getByText(username).waitFor();

  // the admin disables the account: the reviewer's open console session is refused at its next call
  const fresh = await api("POST", "/api/v1/admin/auth/login", { body: { username, password: "my own new password" } });
  assert.equal(fresh.passwordChangeRequired, false);
  await api("POST", `/api/v1/admin/users/${created.id}/disable`, { token: admin });
  const refused = await fetch(`${baseUrl}/api/v1/admin/funds`, { headers: { Authorization: `Bearer ${fresh.accessToken}` } });
  assert.equal(refused.status, 401);
  await page.locator("[data-test=logout]").click();
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.goto("/console/users");
  await page.locator("[data-test=user-table] .el-table__body tr", { hasText: username }).getByText("已停用").waitFor();
  assert.deepEqual(errors, []);
});
