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
 * commitment; ticket = HMAC-SHA256(seed, decimal id); h = the ticket's first 52 bits, u = (2^53 - 1 - 2h) / 2^53,
 * key = ln(u) / weight compared exactly in integers (m = 2^53 u: m_a^(w_b) * 2^(53 w_a) vs m_b^(w_a) * 2^(53 w_b)), key
 * descending, ties by ticket then id (all weights 1: by ticket); the first `places` win.
 */
export async function recompute(record: LotteryDrawRecord, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<Recomputed> {
  const seed = fromHex(record.seed ?? "");
  const commitment = hex(await subtle.digest("SHA-256", seed));
  const key = await subtle.importKey("raw", seed, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const tickets = await Promise.all(record.applications.map(async (a) =>
    ({ id: a.id, ticket: hex(await subtle.sign("HMAC", key, new TextEncoder().encode(a.id))), weight: BigInt(a.weight ?? 1) })));
  const two53 = BigInt(2) ** BigInt(53);
  const m = (ticket: string) => two53 - BigInt(1) - BigInt(2) * BigInt("0x" + ticket.slice(0, 13));
  const keyed = tickets.map((t) => ({ ...t, m: m(t.ticket) }));
  keyed.sort((a, b) => {
    const left = a.weight === b.weight ? a.m : a.m ** b.weight * two53 ** a.weight;
    const right = a.weight === b.weight ? b.m : b.m ** a.weight * two53 ** b.weight;
    if (left !== right) return left > right ? -1 : 1;
    if (a.ticket !== b.ticket) return a.ticket < b.ticket ? -1 : 1;
    return BigInt(a.id) < BigInt(b.id) ? -1 : 1;
  });
  const order = keyed.map((t) => t.id);
  const winners = order.slice(0, record.places);
  const waitingOrder = order.slice(record.places);
  const same = (x: string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  const commitmentMatches = commitment === record.commitment;
  return { commitmentMatches, winners, waitingOrder, matches: commitmentMatches && same(winners, record.winners) && same(waitingOrder, record.waitingOrder) };
}
