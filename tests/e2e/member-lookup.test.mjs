// The staff console's member lookup (会员查询) at 1440x900 against the real API: an org_admin finds a member of their
// union by phone (with the reason the audit log keeps), opens the member's page (masked), reveals the full name and
// phone, and voids the member's unredeemed voucher; the member's wallet then shows it void and the audit log holds
// the lookup, the page read, the unmasking and the void.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, consoleChoose, creditCode, idNumber, launch, phone, screenshot, unique, uploadRoster, field, consoleLogin } from "./harness.mjs";

let browser;

before(async () => {
  browser = await launch({ desktop: true });
});
after(async () => {
  await browser?.close();
});

const iso = (ms) => new Date(ms).toISOString();

test("member lookup: find a member by phone, reveal the full name, void a voucher", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `查询测试工会${tag}` } });
  const person = { name: "陈秀英", id: idNumber("19780412"), mobile: phone() };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,${person.mobile}\n`);
  const merchant = await api("POST", "/api/v1/admin/merchants", { token: admin, body: { name: `惠民超市${tag}`, creditCode: creditCode() } });
  const now = Date.now();
  const perk = await api("POST", "/api/v1/admin/perks", { token: admin, body: {
    kind: "voucher", title: `中秋超市券${tag}`, description: "合作超市可用", stock: 10, perMemberLimit: 1, faceValueFen: 5000,
    startsAt: iso(now - 3600e3), endsAt: iso(now + 86400e3), validDays: 30, merchantIds: [merchant.id] } });

  // the member: SMS login (Development outbox), real-name, one claimed voucher
  await api("POST", "/api/v1/auth/sms/send", { body: { phone: person.mobile } });
  const outbox = await api("GET", `/api/v1/dev/sms-outbox?phone=${person.mobile}`);
  const tokens = await api("POST", "/api/v1/auth/sms/login", { body: { phone: person.mobile, code: outbox.messages[0].code } });
  await api("POST", "/api/v1/me/real-name", { token: tokens.accessToken, body: { name: person.name, idNumber: person.id } });
  await api("POST", `/api/v1/perks/${perk.id}/claims`, { token: tokens.accessToken, headers: { "Idempotency-Key": crypto.randomUUID() } });
  let vouchers = [];
  for (let i = 0; i < 50 && !vouchers.length; i++) {
    vouchers = (await api("GET", "/api/v1/me/vouchers", { token: tokens.accessToken })).items ?? [];
    if (!vouchers.length) await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(vouchers.length, 1, "the claim became a voucher");

  // the union's admin, who looks the member up
  const staff = { username: `lookup.${tag}`.slice(0, 30), password: "a long lookup password" };
  await api("POST", "/api/v1/admin/users", { token: admin, body: { ...staff, role: "org_admin", orgId: org.id } });

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await consoleLogin(page, staff.username, staff.password);

  await page.locator("[data-test=nav-members]").click();
  await field(page, "lookup-value").fill(person.mobile);
  // no reason: refused in the page, nothing sent
  await page.locator("[data-test=lookup-search]").click();
  await page.locator("[data-test=lookup-error]").getByText("请填写查询事由").waitFor();
  await field(page, "lookup-reason").fill("会员来电咨询福利券");
  await page.locator("[data-test=lookup-search]").click();
  const row = page.locator("[data-test=lookup-table] .el-table__body tr").first();
  await row.getByText("陈*英").waitFor();
  const masked = `${person.mobile.slice(0, 3)}****${person.mobile.slice(-4)}`;
  assert.match(await row.innerText(), new RegExp(masked.replace(/\*/g, "\\*")));
  assert.doesNotMatch(await row.innerText(), new RegExp(person.mobile), "the phone is masked");
  await screenshot(page, "member-lookup-1-search");

  await row.locator("[data-test=lookup-open]").click();
  const drawer = page.locator("[data-test=member-drawer]");
  const voucherRow = drawer.locator("[data-test=member-vouchers] .el-table__body tr").filter({ hasText: `中秋超市券${tag}` });
  await voucherRow.getByText("未使用").waitFor();

  // 查看完整信息: its own reason, its own audit row
  await drawer.locator("[data-test=member-reveal]").click();
  await field(page, "ask-reason").fill("核对会员身份");
  await page.locator("[data-test=ask-confirm]").click();
  await drawer.locator("[data-test=member-info]").getByText(person.name, { exact: true }).waitFor();

  // 作废 with a reason: the voucher turns void on the page
  await voucherRow.locator("[data-test=voucher-void]").click();
  await page.locator("[data-test=ask-confirm]").click();
  await page.locator("[data-test=ask-error]").getByText("请填写作废原因").waitFor();
  await field(page, "ask-reason").fill("会员已调离本单位");
  await page.locator("[data-test=ask-confirm]").click();
  await voucherRow.getByText("已作废").waitFor();
  await voucherRow.getByText("会员已调离本单位", { exact: false }).waitFor();
  assert.equal(await voucherRow.locator("[data-test=voucher-void]").count(), 0, "a void voucher offers no second void");
  await screenshot(page, "member-lookup-2-voided");

  // the member's wallet shows it void; the audit log has the lookup, the page, the unmasking and the void
  const after = (await api("GET", "/api/v1/me/vouchers", { token: tokens.accessToken })).items;
  assert.equal(after[0].status, "void");
  const audit = await api("GET", "/api/v1/admin/audit?limit=100", { token: admin });
  const actions = audit.items.map((a) => a.action);
  for (const action of ["member_lookup.read", "member.read", "member_personal_data.read", "voucher.void"]) {
    assert.ok(actions.includes(action), `audit has ${action}: ${actions.join(", ")}`);
  }
  const lookup = audit.items.find((a) => a.action === "member_lookup.read");
  assert.equal(JSON.parse(lookup.details).reason, "会员来电咨询福利券");
  assert.doesNotMatch(lookup.details, new RegExp(person.mobile), "the searched phone is not in the audit log");

  // 会员标签: staff list the members of their union holding a tag (劳模), page by page; the list says when it is complete
  const memberId = JSON.parse(lookup.details).memberIds[0];
  await api("PUT", `/api/v1/admin/members/${memberId}/tags`, { token: admin, body: { tags: ["model_worker"] } });
  await page.keyboard.press("Escape"); // the member drawer
  await page.locator("[data-test=member-drawer]").waitFor({ state: "hidden" });
  await consoleChoose(page, "lookup-kind", "会员标签");
  await page.locator("[data-test=lookup-search]").click();
  await page.locator("[data-test=lookup-error]").getByText("请选择会员标签").waitFor();
  await consoleChoose(page, "lookup-tag", "劳模");
  await page.locator("[data-test=lookup-search]").click();
  await page.locator("[data-test=lookup-paging]").getByText("已显示 1 位会员，已全部显示").waitFor();
  const tagged = page.locator("[data-test=lookup-table] .el-table__body tr");
  assert.equal(await tagged.count(), 1);
  assert.match(await tagged.first().innerText(), /陈\*英/);
  const byTag = (await api("GET", "/api/v1/admin/audit?limit=100", { token: admin })).items
    .filter((a) => a.action === "member_lookup.read").map((a) => JSON.parse(a.details)).find((d) => d.by === "tag");
  assert.equal(byTag?.tag, "model_worker", "the tag list is audited with the tag");
  assert.deepEqual(byTag.memberIds, [memberId]);
  assert.deepEqual(errors, []);
});
