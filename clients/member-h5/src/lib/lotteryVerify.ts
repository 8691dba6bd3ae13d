import type { LotteryDrawRecord } from "./lotteries";

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
const fromHex = (text: string) => new Uint8Array((text.match(/../g) ?? []).map((h) => parseInt(h, 16)));

export interface Recomputed {
  commitmentMatches: boolean;
  winners: string[];
  waitingOrder: string[];
  matches: boolean;
}

/**
 * The draw recomputed in the browser (Web Crypto), the same steps as tools/verify-lottery.mjs: SHA-256(seed) must be the
 * commitment; ticket = HMAC-SHA256(seed, decimal id); order by ticket, ties by id; the first `places` win.
 */
export async function recompute(record: LotteryDrawRecord, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<Recomputed> {
  const seed = fromHex(record.seed ?? "");
  const commitment = hex(await subtle.digest("SHA-256", seed));
  const key = await subtle.importKey("raw", seed, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const tickets = await Promise.all(record.applications.map(async (a) =>
    ({ id: a.id, ticket: hex(await subtle.sign("HMAC", key, new TextEncoder().encode(a.id))) })));
  tickets.sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  const order = tickets.map((t) => t.id);
  const winners = order.slice(0, record.places);
  const waitingOrder = order.slice(record.places);
  const same = (x: string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  const commitmentMatches = commitment === record.commitment;
  return { commitmentMatches, winners, waitingOrder, matches: commitmentMatches && same(winners, record.winners) && same(waitingOrder, record.waitingOrder) };
}
