#!/usr/bin/env node
// Recomputes a UnionHub lottery draw from its public record, with no dependencies (Node 18+).
//
//   node tools/verify-lottery.mjs record.json
//   node tools/verify-lottery.mjs https://<host>/api/v1/public/lotteries/<id>/draw
//   curl -s .../draw | node tools/verify-lottery.mjs -
//
// The algorithm (docs/features/lotteries.md, docs/adr/0019-verifiable-lottery-draw.md):
//   1. the revealed seed (hex) must hash to the commitment published before the window opened: SHA-256(seed bytes) as hex;
//   2. for every application id, ticket = HMAC-SHA256(key = seed bytes, message = the id in decimal ASCII) as lower-case hex;
//   3. order the applications by ticket ascending (ties by id ascending); the first `places` win, the rest are the waiting order;
//   4. places declined by winners went to the waiting order's first applications (apart from those published as passed over).
// Prints {"ok", ...} as JSON; exit 0 when the published winners and waiting order are the recomputed ones, 1 when not, 2 when
// the record cannot be checked (not drawn yet, unreadable).
import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";

async function load(source) {
  if (!source) throw new Error("usage: verify-lottery.mjs <record.json | url | ->");
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { accept: "application/json" } });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return response.json();
  }
  return JSON.parse(readFileSync(source === "-" ? 0 : source, "utf8"));
}

function compareIds(a, b) {
  const x = BigInt(a), y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function recompute(record) {
  const seedHex = String(record.seed ?? "");
  if (!/^([0-9a-fA-F]{2})+$/.test(seedHex)) throw new Error("the record has no revealed seed: the lottery is not drawn yet");
  const seed = Buffer.from(seedHex, "hex");
  const problems = [];
  const commitment = createHash("sha256").update(seed).digest("hex");
  if (commitment !== String(record.commitment).toLowerCase()) {
    problems.push(`SHA-256 of the seed is ${commitment}, the published commitment is ${record.commitment}`);
  }

  const ids = record.applications.map((a) => String(a.id));
  if (new Set(ids).size !== ids.length) problems.push("the application list has duplicate ids");
  const tickets = ids.map((id) => ({ id, ticket: createHmac("sha256", seed).update(id, "ascii").digest("hex") }));
  for (const a of record.applications) {
    const mine = tickets.find((t) => t.id === String(a.id));
    if (a.ticket != null && a.ticket !== mine.ticket) problems.push(`application ${a.id}: published ticket ${a.ticket}, recomputed ${mine.ticket}`);
  }
  tickets.sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : compareIds(a.id, b.id)));
  const order = tickets.map((t) => t.id);
  const places = Number(record.places);
  const winners = order.slice(0, places);
  const waitingOrder = order.slice(places);
  const same = (a, b) => a.length === b.length && a.every((v, i) => String(v) === String(b[i]));
  if (!same(winners, record.winners ?? [])) problems.push("the published winners are not the recomputed ones");
  if (!same(waitingOrder, record.waitingOrder ?? [])) problems.push("the published waiting order is not the recomputed one");

  // 4. when winners declined, their places went down the waiting order: the promoted are its first applications, apart from
  //    those passed over (published with the reason, e.g. account_deleted), and never more than the places given up
  const byId = new Map(record.applications.map((a) => [String(a.id), a]));
  const promoted = (record.promoted ?? []).map(String);
  const declined = (record.declined ?? []).map(String);
  let taken = 0;
  for (const id of waitingOrder) {
    if (taken === promoted.length) break;
    if (byId.get(id)?.passedOver) continue;
    if (promoted[taken] !== id) {
      problems.push(`application ${id} was next in the waiting order but ${promoted[taken]} was promoted`);
      break;
    }
    taken++;
  }
  if (taken < promoted.length && !problems.some((p) => p.includes("was promoted"))) {
    problems.push("a promoted application is not in the waiting order");
  }
  if (promoted.length > declined.length) problems.push(`${promoted.length} promoted for ${declined.length} declined places`);
  for (const id of declined) {
    if (!winners.includes(id) && !promoted.includes(id)) problems.push(`application ${id} declined a place it never had`);
  }
  return {
    ok: problems.length === 0, lotteryId: record.lotteryId, commitment, places, applications: ids.length, winners, waitingOrder, declined,
    promoted, problems,
  };
}

try {
  const result = recompute(await load(process.argv[2]));
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  process.stderr.write(`verify-lottery: ${error.message}\n`);
  process.exitCode = 2;
}
