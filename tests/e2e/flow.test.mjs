// The whole story against the REAL running app, in a phone viewport (no answers faked in the browser):
// set-up through the admin API (organisation, roster with the member, perks, merchant and cashier account, a fund),
// then a member logs in by SMS, verifies their real name, claims a perk and shows its QR code; a cashier redeems the
// code and sees "already redeemed" on a second try; the member applies to a fund with evidence and follows the
// timeline; the cashier voids the redemption and finds it in today's list and the settlement.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  adminPassword, api, cashierLogin, creditCode, idNumber, launch, pdfDocument, phone, pngImage, screenshot, smsLogin, unique, uploadRoster,
} from "./harness.mjs";

let browser;
const s = {}; // what the steps hand on to each other
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const iso = (ms) => new Date(ms).toISOString();
const shot = (page, name) => screenshot(page, `flow-${name}`);

test("set-up through the real admin API", async () => {
  const admin = await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } });
  s.admin = admin.accessToken;
  const tag = unique();
  const n = s.n = String(Date.now() % 100000).padStart(5, "0"); // keeps names apart across runs on one database, readably
  s.org = await api("POST", "/api/v1/admin/orgs", { token: s.admin, body: { name: `区总工会 ${tag}` } });
  const credit = creditCode();
  await api("POST", "/api/v1/admin/enterprises", { token: s.admin, body: { name: `第二纺织厂 ${tag}`, creditCode: credit, orgId: s.org.id } });
  s.id = idNumber("19850612");
  s.mobile = phone();
  const roster = await uploadRoster(s.admin, s.org.id, `name,idNumber,enterpriseCreditCode,phone\n李秀英,${s.id},${credit},${s.mobile}\n`);
  assert.equal(roster.added, 1, JSON.stringify(roster));

  s.merchantName = `惠民超市（${n} 店）`;
  s.merchant = await api("POST", "/api/v1/admin/merchants", { token: s.admin, body: { name: s.merchantName, creditCode: creditCode() } });
  s.cashier = { username: `cashier.${tag}`, password: "a long cashier password" };
  await api("POST", "/api/v1/admin/users", { token: s.admin, body: { ...s.cashier, role: "merchant_staff", merchantId: s.merchant.id } });

  const now = Date.now();
  const perk = (title, extra) => api("POST", "/api/v1/admin/perks", { token: s.admin, body: {
    kind: "voucher", title, description: "合作超市满 100 元可用", stock: 100, perMemberLimit: 1, faceValueFen: 5000,
    startsAt: iso(now - 3600e3), endsAt: iso(now + 86400e3), validDays: 30, merchantIds: [s.merchant.id],
    ...extra } }); // no eligibility limit: an unverified member sees them too (and is asked to verify on claiming)
  s.perkTitle = `夏日清凉超市代金券 第 ${n} 期`;
  s.perk = await perk(s.perkTitle, {});
  await perk(`周末早餐券 第 ${n} 期`, { faceValueFen: 800, startsAt: iso(now + 2 * 3600e3 + 65e3) });
  await perk(`防暑降温礼包 第 ${n} 期`, { faceValueFen: 3000, stock: 0 });

  s.fundName = `2026 年困难职工帮扶（第 ${n} 批）`;
  s.fund = await api("POST", "/api/v1/admin/funds", { token: s.admin, body: {
    name: s.fundName, kind: "hardship", year: 2026, budgetFen: 100_000_00, maxGrantFen: 5_000_00,
    eligibilityNotes: "本市在职工会会员，因大病、意外或家庭变故导致生活困难的；需提供医院诊断证明或相关证明材料。" } });
});

test("a member logs in by SMS, is asked to verify before claiming, verifies, claims and shows the voucher's QR code", async () => {
  const page = s.member = await browser.newPage();
  await smsLogin(page, s.mobile, { screenshotName: "flow-01-member-login" });

  const card = page.locator("[data-test=perk]", { hasText: s.perkTitle });
  await card.waitFor();
  await page.locator("[data-test=perk]", { hasText: `周末早餐券 第 ${s.n} 期` }).getByText(/距开抢 02:0[01]:/).waitFor();
  const labels = async (title) => (await page.locator("[data-test=perk]", { hasText: title }).locator("[data-test=claim]").innerText()).trim();
  assert.equal(await labels(s.perkTitle), "立即领取");
  assert.equal(await labels(`周末早餐券 第 ${s.n} 期`), "未开始");
  assert.equal(await labels(`防暑降温礼包 第 ${s.n} 期`), "已抢光");
  await shot(page, "02-perks");

  // not verified yet: the API answers member.not_verified and the app offers the verification
  await card.locator("[data-test=claim]").click();
  await page.getByText("需要实名认证").waitFor();
  await page.waitForTimeout(300);
  await shot(page, "03-claim-needs-real-name");
  await page.getByRole("button", { name: "去认证" }).click();
  await page.waitForURL((url) => url.pathname === "/me/real-name");

  await page.locator("[data-test=name] input").fill("李秀英");
  const wrong = s.id.slice(0, 17) + (s.id[17] === "1" ? "2" : "1");
  await page.locator("[data-test=id-number] input").fill(wrong);
  await page.getByText("最后一位校验码不正确，请核对号码").waitFor();
  assert.equal(await page.locator("[data-test=verify]").isDisabled(), true);
  await shot(page, "04-real-name-instant-check");
  await page.locator("[data-test=id-number] input").fill(s.id);
  await page.locator("[data-test=verify]").click();
  const result = page.locator("[data-test=real-name-result]");
  await result.getByText(`${s.id.slice(0, 6)}********${s.id.slice(14)}`).waitFor();
  await result.getByText("李*英").waitFor();
  await shot(page, "05-real-name-verified");

  await page.goto("/perks");
  await card.locator("[data-test=claim]").click();
  await page.getByText("领取成功，已放入卡包").waitFor();
  assert.equal((await card.locator("[data-test=claim]").innerText()).trim(), "已领取");
  await shot(page, "06-perk-claimed");
  await page.locator(".van-toast").waitFor({ state: "hidden" });

  await page.locator(".van-tabbar-item", { hasText: "卡包" }).click();
  const voucher = page.locator("[data-test=voucher]", { hasText: s.perkTitle });
  await voucher.getByText("未使用").waitFor();
  await shot(page, "07-wallet");
  await voucher.click();
  const qr = page.locator("[data-test=voucher-qr]");
  await qr.locator("img.qr").waitFor();
  assert.match(await qr.locator("img.qr").getAttribute("src"), /^data:image\/png;base64,/);
  s.code = (await qr.locator(".code").innerText()).replace(/\s/g, "");
  assert.match(s.code, /^[A-Z0-9]{8,}$/);
  const mine = await api("GET", "/api/v1/me/vouchers", { token: JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken });
  assert.equal(mine.items.find((v) => v.perkTitle === s.perkTitle)?.code, s.code, "the QR sheet shows the voucher's own code");
  await page.waitForTimeout(400); // popup animation
  await shot(page, "08-voucher-qr");
  await page.locator("[data-test=close-qr]").click();
  assert.deepEqual(browser.errors, []);
});

test("a cashier redeems the code once; a second try at another till and a new preview both say it is already redeemed", async () => {
  const till = s.till = await browser.newPage();
  await cashierLogin(till, s.cashier.username, s.cashier.password);
  const other = await browser.newPage();
  await other.goto("/merchant/");
  await other.locator("[data-test=merchant-name]").getByText(s.merchantName).waitFor();

  // both tills preview the unused voucher (the second one before the first redeems)
  for (const page of [till, other]) {
    await page.locator("[data-test=code-input] input").fill(s.code.replace(/(.{4})/g, "$1 ").trim().toLowerCase());
    await page.locator("[data-test=preview]").click();
    await page.locator("[data-test=preview-card]").getByText(s.perkTitle).waitFor();
    await page.locator("[data-test=preview-card]").getByText("可核销").waitFor();
  }
  await shot(till, "09-merchant-preview");
  await till.locator("[data-test=redeem]").click();
  await till.locator("[data-test=redeemed]").getByText("核销成功").waitFor();
  await till.locator("[data-test=redeemed]").getByText("¥50.00").waitFor();
  await shot(till, "10-merchant-redeemed");

  await other.locator("[data-test=redeem]").click();
  await other.locator("[data-test=result-error]").getByText(/^该券已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 核销，不能重复使用$/).waitFor();
  await other.locator("[data-test=preview-card]").getByText("已核销").waitFor();
  await shot(other, "11-merchant-already-redeemed");
  await other.locator("[data-test=preview]").click();
  await other.locator("[data-test=result-error]").getByText("该券已核销，不能重复使用").waitFor();
  assert.equal(await other.locator("[data-test=redeem]").count(), 0, "no redeem button for a redeemed voucher");
  await other.close();

  // the member's wallet says where and when
  const page = s.member;
  await page.goto("/wallet");
  const voucher = page.locator("[data-test=voucher]", { hasText: s.perkTitle });
  await voucher.getByText("已核销").waitFor();
  await voucher.getByText(new RegExp(`在 ${s.merchantName} 核销`)).waitFor();
  await shot(page, "12-wallet-redeemed");
  assert.deepEqual(browser.errors, []);
});

test("the member applies to a fund with evidence and follows the application in its timeline", async () => {
  const page = s.member;
  await page.locator(".van-tabbar-item", { hasText: "帮扶" }).click();
  const fund = page.locator("[data-test=fund]", { hasText: s.fundName });
  await fund.locator("[data-test=eligibility]").getByText("需提供医院诊断证明").waitFor();
  await fund.getByText("单笔最高").waitFor();
  await shot(page, "13-funds");
  await fund.locator("[data-test=apply]").click();
  await page.waitForURL((url) => url.pathname === `/funds/${s.fund.id}/apply`);

  // instant checks before any request
  await page.locator("[data-test=amount] input").fill("8000");
  await page.locator("[data-test=submit-application]").click();
  await page.getByText("请选择困难类别").waitFor();
  await page.getByText("本项目单笔最高 ¥5000.00").waitFor();
  await page.getByText("请说明申请原因").waitFor();

  await page.locator("[data-test=category]").getByText("大病医疗").click();
  await page.locator("[data-test=amount] input").fill("3000");
  await page.locator("[data-test=contact-phone] input").fill(s.mobile);
  await page.locator("[data-test=reason] textarea").fill("爱人今年 3 月确诊重病住院，医药费自付部分约 4 万元，家庭收入难以负担，申请困难帮扶。");
  await page.locator("[data-test=evidence] input[type=file]").setInputFiles([
    { name: "诊断证明.png", mimeType: "image/png", buffer: await pngImage() },
    { name: "住院费用清单.pdf", mimeType: "application/pdf", buffer: pdfDocument() },
  ]);
  await page.locator("[data-test=evidence] .van-uploader__preview").nth(1).waitFor();
  await page.locator("[data-test=evidence]").scrollIntoViewIfNeeded();
  await shot(page, "14-fund-apply");
  await page.locator("[data-test=submit-application]").click();

  await page.waitForURL((url) => url.pathname.startsWith("/fund-applications/"));
  s.applicationId = new URL(page.url()).pathname.split("/").pop();
  const summary = page.locator("[data-test=application-summary]");
  await summary.getByText(s.fundName).waitFor();
  await page.locator("[data-test=application-status]").getByText("审核中").waitFor();
  await summary.getByText("¥3000.00").waitFor();
  const steps = page.locator("[data-test=timeline-step] .step-title");
  await page.locator("[data-test=timeline]").getByText("等待工会评审会议审议").waitFor();
  assert.deepEqual(await steps.allInnerTexts(), ["等待工会评审会议审议", "提交申请", "保存草稿"]);
  assert.equal(await page.locator("[data-test=evidence-file]").count(), 2);
  await page.locator("[data-test=evidence-list]").getByText(/PDF/).waitFor();
  await page.locator(".van-toast").waitFor({ state: "hidden" });
  await shot(page, "15-application-timeline");

  // the database agrees: submitted, two files recognised by their bytes, history draft -> submitted
  const staffView = await api("GET", `/api/v1/admin/fund-applications/${s.applicationId}?reason=${encodeURIComponent("帮扶申请审核")}`, { token: s.admin });
  assert.equal(staffView.status, "submitted");
  assert.deepEqual(staffView.evidence.map((e) => e.contentType), ["image/png", "application/pdf"]);
  assert.deepEqual(staffView.history.map((h) => h.to), ["draft", "submitted"]);

  // a reviewer returns it for corrections: the member sees the step and the reviewer's note
  await api("POST", `/api/v1/admin/fund-applications/${s.applicationId}/return`, { token: s.admin, body: { note: "请补充本人与患者的关系证明" } });
  await page.reload();
  await page.locator("[data-test=application-status]").getByText("已退回").waitFor();
  assert.deepEqual(await steps.allInnerTexts(), ["请按退回意见补充材料，或联系所在工会", "退回补充材料", "提交申请", "保存草稿"]);
  await page.locator("[data-test=timeline]").getByText("意见：请补充本人与患者的关系证明").waitFor();
  await shot(page, "16-application-returned");

  // the member adds the missing proof and resubmits the corrected application
  await page.locator("[data-test=evidence-list] input[type=file]").setInputFiles(
    { name: "关系证明.png", mimeType: "image/png", buffer: await pngImage(64) });
  await page.getByText("材料已上传").waitFor();
  await page.locator("[data-test=evidence-list]").getByText("证明材料（3）").waitFor();
  await page.locator("[data-test=fix-reason] textarea").fill("爱人今年 3 月确诊重病住院，医药费自付部分约 4 万元，家庭收入难以负担。已补充关系证明。");
  await page.locator("[data-test=resubmit-button]").click();
  await page.getByText("请输入 11 位手机号").waitFor();
  await page.locator("[data-test=fix-phone] input").fill(s.mobile);
  await page.locator("[data-test=resubmit] [data-test=fix-phone]").scrollIntoViewIfNeeded();
  await shot(page, "17-application-resubmit");
  await page.locator("[data-test=resubmit-button]").click();
  await page.locator("[data-test=application-status]").getByText("审核中").waitFor();
  assert.deepEqual(await steps.allInnerTexts(),
    ["等待工会评审会议审议", "修改后重新提交", "退回补充材料", "提交申请", "保存草稿"]);
  assert.equal(await page.locator("[data-test=resubmit]").count(), 0);
  assert.equal(await page.getByText("corrected by").count(), 0, "the server's English bookkeeping note is not shown");
  await page.locator(".van-toast").waitFor({ state: "hidden" });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "18-application-resubmitted");
  const again = await api("GET", `/api/v1/admin/fund-applications/${s.applicationId}?reason=${encodeURIComponent("帮扶申请审核")}`, { token: s.admin });
  assert.equal(again.status, "submitted");
  assert.equal(again.evidence.length, 3);
  assert.match(again.reason, /已补充关系证明/);

  await page.goto("/funds?tab=mine");
  const item = page.locator("[data-test=application]", { hasText: s.fundName });
  await item.getByText("审核中").waitFor();
  await item.getByText("材料 3 份").waitFor();
  await shot(page, "19-my-applications");
  assert.deepEqual(browser.errors, []);
});

test("the cashier voids the redemption within the window, sees it in today's list, and the settlement follows", async () => {
  const till = s.till;
  await till.locator(".van-tab", { hasText: "今日核销" }).click();
  const item = till.locator("[data-test=today-item]", { hasText: s.code.replace(/(.{4})(?=.)/g, "$1 ") });
  await item.waitFor();
  await till.locator("[data-test=today-summary]").getByText("1 笔 · ¥50.00").waitFor();
  await item.locator("[data-test=void]").click();
  const dialog = till.locator(".van-dialog");
  await dialog.getByText("撤销核销").waitFor();
  await dialog.getByRole("button", { name: "确认撤销" }).click();
  await dialog.getByText("请填写撤销原因").waitFor();
  await till.locator("[data-test=void-reason] input").fill("顾客退货");
  await dialog.getByText("请填写撤销原因").waitFor({ state: "hidden" });
  await till.waitForTimeout(300);
  await shot(till, "20-merchant-void");
  await dialog.getByRole("button", { name: "确认撤销" }).click();
  await item.locator("[data-test=voided-tag]").waitFor();
  await item.getByText("已撤销（").waitFor();
  await item.getByText("顾客退货").waitFor();
  await till.locator("[data-test=today-summary]").getByText("0 笔 · ¥0.00").waitFor();
  await till.locator(".van-toast").waitFor({ state: "hidden" });
  await shot(till, "21-merchant-today-voided");

  // the voucher is unused again: redeem it once more, then today's list holds both and the settlement counts one
  await till.locator(".van-tab", { hasText: "核销" }).first().click();
  await till.locator("[data-test=code-input] input").fill(s.code);
  await till.locator("[data-test=preview]").click();
  await till.locator("[data-test=preview-card]").getByText("可核销").waitFor();
  await till.locator("[data-test=redeem]").click();
  await till.locator("[data-test=redeemed]").getByText("核销成功").waitFor();
  await till.locator(".van-tab", { hasText: "今日核销" }).click();
  await till.locator("[data-test=today-summary]").getByText("1 笔 · ¥50.00").waitFor();
  assert.equal(await till.locator("[data-test=today-item]").count(), 2);
  await till.locator("[data-test=voided-tag]").first().waitFor();

  await till.locator(".van-tab", { hasText: "结算对账" }).click();
  await till.locator("[data-test=period-today]").click();
  const statement = till.locator("[data-test=settlement]");
  await statement.getByText("1 笔 · ¥50.00").waitFor();
  assert.equal(await till.locator("[data-test=settlement-item]").count(), 1);
  await shot(till, "22-merchant-settlement");
  assert.deepEqual(browser.errors, []);
});
