// The member H5 app at /.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the H5 app loads at / and shows the SMS login screen; pages need a login", async () => {
  const page = await browser.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "获取验证码" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/login");
  assert.equal(await page.title(), "登录 - 工会会员服务");
  await screenshot(page, "member-1-login");

  // instant phone check before any request
  await page.locator("[data-test=phone] input").fill("12345");
  await page.locator("[data-test=send-code]").click();
  await page.getByText("请输入 11 位手机号").first().waitFor();
  await screenshot(page, "member-2-login-invalid-phone");

  await page.goto("/wallet");
  await page.getByRole("button", { name: "获取验证码" }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get("redirect"), "/wallet");
  assert.deepEqual(browser.errors, []);
});

// The member screens against the real API (perks, real name, wallet, QR, funds): flow.test.mjs and member-real.test.mjs.
