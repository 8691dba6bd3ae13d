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
//   3. each application has a weight (1 unless the lottery weighs one of the member's tags; fixed when the member applied);
//      h = the ticket's first 13 hex digits (52 bits), u = (2^53 - 1 - 2h) / 2^53 in (0,1), key = ln(u) / weight
//      (Efraimidis-Spirakis weighted sampling without replacement); order by key descending, ties by ticket ascending then
//      id ascending. Keys are compared exactly, in integers: with m = 2^53 u, key_a > key_b exactly when
//      m_a^(w_b) * 2^(53 w_a) > m_b^(w_a) * 2^(53 w_b). With every weight 1 this is the ticket-ascending order of the
//      unweighted draw (records without weights verify unchanged);
//   4. the first `places` win, the rest are the waiting order;
//   5. places declined by winners, or lapsed (the prize voucher expired unused, published apart as `lapsed`), went to the
//      waiting order's first applications (apart from those published as passed over), one promotion per freed place at most.
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

/** m = 2^53 u = 2^53 - 1 - 2h, h = the ticket's first 13 hex digits (52 bits): an odd integer in [1, 2^53 - 1]. */
export function keyNumerator(ticketHex) {
  return (1n << 53n) - 1n - 2n * BigInt("0x" + ticketHex.slice(0, 13));
}

/** Key descending (u_a^(1/w_a) vs u_b^(1/w_b), exactly), then ticket ascending, then id ascending. */
export function compareTickets(a, b) {
  let left, right;
  if (a.weight === b.weight) {
    left = a.m;
    right = b.m;
  } else {
    left = a.m ** b.weight << (53n * a.weight);
    right = b.m ** a.weight << (53n * b.weight);
  }
  if (left !== right) return left > right ? -1 : 1;
  if (a.ticket !== b.ticket) return a.ticket < b.ticket ? -1 : 1;
  return compareIds(a.id, b.id);
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
  const tickets = record.applications.map((a) => {
    const id = String(a.id);
    const weight = a.weight == null ? 1 : Number(a.weight);
    if (!Number.isInteger(weight) || weight < 1) problems.push(`application ${id}: weight ${a.weight} is not a whole number >= 1`);
    const ticket = createHmac("sha256", seed).update(id, "ascii").digest("hex");
    if (a.ticket != null && a.ticket !== ticket) problems.push(`application ${id}: published ticket ${a.ticket}, recomputed ${ticket}`);
    return { id, ticket, weight: BigInt(Math.max(1, Math.trunc(weight) || 1)), m: keyNumerator(ticket) };
  });
  tickets.sort(compareTickets);
  const order = tickets.map((t) => t.id);
  const places = Number(record.places);
  const winners = order.slice(0, places);
  const waitingOrder = order.slice(places);
  const same = (a, b) => a.length === b.length && a.every((v, i) => String(v) === String(b[i]));
  if (!same(winners, record.winners ?? [])) problems.push("the published winners are not the recomputed ones");
  if (!same(waitingOrder, record.waitingOrder ?? [])) problems.push("the published waiting order is not the recomputed one");

  // 5. when winners declined or let their prize lapse (counted together below), their places went down the waiting order: the promoted are its first applications, apart from
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
  const lapsed = (record.lapsed ?? []).map(String);
  if (promoted.length > declined.length + lapsed.length) {
    problems.push(`${promoted.length} promoted for ${declined.length} declined and ${lapsed.length} lapsed places`);
  }
  for (const id of declined) {
    if (!winners.includes(id) && !promoted.includes(id)) problems.push(`application ${id} declined a place it never had`);
  }
  for (const id of lapsed) {
    if (!winners.includes(id) && !promoted.includes(id)) problems.push(`application ${id} lapsed a place it never had`);
    if (declined.includes(id)) problems.push(`application ${id} is published both as declined and as lapsed`);
  }
  if (new Set(lapsed).size !== lapsed.length) problems.push("an application is published as lapsed twice");
  return {
    ok: problems.length === 0, lotteryId: record.lotteryId, commitment, places, applications: ids.length, winners, waitingOrder, declined,
    promoted, lapsed, problems,
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
