// The electronic member card and the rest-station map against the real API: a verified member opens 电子会员卡 from 我的
// and sees the card with its QR; a union desk checks the card's payload (the till's check is the same route); the member
// opens 职工驿站, shares the phone's location and gets the nearest stations first, then one station with links to the
// phone's map apps.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { accessibilityViolations, adminPassword, api, idNumber, launch, screenshot, smsLogin, unique, uploadRoster } from "./harness.mjs";

let phone;
const s = {};
before(async () => { phone = await launch(); });
after(async () => { await phone?.close(); });

// a spot of its own, so stations other runs left behind are never nearer
const here = { latitude: 29.5 + Math.random() * 0.5, longitude: 106.4 + Math.random() * 0.5 };

test("set-up: an organisation, a verified member on the phone and three stations around them", async () => {
  const admin = s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  s.orgName = `驿站区总工会 ${unique()}`;
  const org = s.org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: s.orgName } });
  const person = { name: "刘德明", id: idNumber("19820417") };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  const page = s.page = await phone.newPage();
  await smsLogin(page, `136${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`);
  s.token = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token: s.token, body: { name: person.name, idNumber: person.id } });
  s.suffix = unique();
  const station = (name, dLat, dLng, kind = "rest_station") => api("POST", "/api/v1/admin/stations", {
    token: admin, headers: { "Idempotency-Key": crypto.randomUUID() },
    body: { orgId: org.id, name: `${name} ${s.suffix}`, kind, address: "解放碑步行街1号", latitude: here.latitude + dLat, longitude: here.longitude + dLng,
      openingHours: "每天 08:00-20:00", amenities: ["water", "charging", "toilet"], phone: "023-63000000" },
  });
  s.far = await station("较远驿站", 0.03, 0);
  s.near = await station("最近驿站", 0.002, 0);
  s.middle = await station("职工之家", 0, 0.012, "workers_home");
});

test("the member shows the card with its QR, and a desk checks the card's payload", async () => {
  const page = s.page;
  await page.goto("/me");
  await page.locator("[data-test=to-member-card]").click();
  await page.waitForURL((url) => url.pathname === "/me/card");
  await page.locator("[data-test=card-qr]").waitFor();
  await page.locator("[data-test=card-name]").getByText("刘*明").waitFor();
  await page.locator("[data-test=card-org]").getByText(s.orgName).waitFor();
  const cardNo = (await page.locator("[data-test=card-no]").innerText()).trim();
  assert.ok(cardNo.length > 0);
  await screenshot(page, "member-card-1-card");
  assert.deepEqual(await accessibilityViolations(page, "member card"), []);

  const card = await api("GET", "/api/v1/me/card", { token: s.token });
  assert.match(card.qrPayload, /^UC1\.\d+\.\d+\.[A-Za-z0-9_-]+$/);
  const checked = await api("POST", "/api/v1/admin/card/verify", { token: s.admin, body: { payload: card.qrPayload } });
  assert.equal(checked.cardNo, cardNo);
  assert.equal(checked.nameMasked, "刘*明");
  assert.equal(checked.active, true);
});

test("the member finds the nearest stations from the phone's location and opens one in a map app", async () => {
  const page = s.page;
  await phone.context.grantPermissions(["geolocation"]);
  await phone.context.setGeolocation(here);
  await page.goto("/me");
  await page.locator("[data-test=to-stations]").click();
  await page.waitForURL((url) => url.pathname === "/stations");
  await page.locator("[data-test=locate]").click();
  await page.locator("[data-test=station-item]").first().waitFor();
  const names = (await page.locator("[data-test=station-item] .card-title").allInnerTexts()).filter((n) => n.endsWith(s.suffix));
  assert.deepEqual(names, [`最近驿站 ${s.suffix}`, `职工之家 ${s.suffix}`, `较远驿站 ${s.suffix}`]);
  assert.match(await page.locator("[data-test=station-distance]").first().innerText(), /^2\d\d 米$/);
  await screenshot(page, "stations-1-nearest");
  assert.deepEqual(await accessibilityViolations(page, "stations"), []);

  await page.locator("[data-test=station-item]").first().click();
  await page.waitForURL((url) => url.pathname === `/stations/${s.near.id}`);
  await page.locator("[data-test=station-detail]").getByText("饮水、充电、卫生间").waitFor();
  const links = await page.locator("[data-test=map-link]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.equal(links.length, 3);
  assert.ok(links.some((l) => l.startsWith("geo:")), links.join(" "));
  assert.ok(links.some((l) => l.startsWith("https://uri.amap.com/marker?")), links.join(" "));
  await screenshot(page, "stations-2-detail");
  assert.deepEqual(await accessibilityViolations(page, "station detail"), []);
});

test("no script errors", () => {
  assert.deepEqual(phone.errors.map(String), []);
});
