// PROXY_TRUSTED_IPS: the peers (load balancers, front proxies) whose X-Forwarded-* headers the
// proxy believes, as Kong's `trusted_ips`. Entries are IPv4/IPv6 addresses and CIDRs; Kong's
// "trust everyone" spelling `0.0.0.0/0,::/0` is accepted. Empty = trust no one (the default).
import { BlockList, isIP } from "node:net";

/** One comma-separated list parsed: the entries kept, and the ones that are not an address or CIDR. */
export interface TrustedIpsParse {
  entries: string[];
  invalid: string[];
}

/** Splits and checks the setting's text; blank items (a stray comma) are ignored. */
export function parseTrustedIps(text: string): TrustedIpsParse {
  const entries: string[] = [];
  const invalid: string[] = [];
  for (const item of text.split(",")) {
    const entry = item.trim();
    if (entry === "") continue;
    if (checkEntry(entry)) entries.push(entry);
    else invalid.push(entry);
  }
  return { entries, invalid };
}

function checkEntry(entry: string): boolean {
  const slash = entry.indexOf("/");
  const addr = slash === -1 ? entry : entry.slice(0, slash);
  // A zone id (fe80::1%eth0) cannot be matched against a peer address: refuse it rather than guess.
  if (addr.includes("%")) return false;
  const family = isIP(addr);
  if (family === 0) return false;
  if (slash === -1) return true;
  const bits = entry.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/** IPv4-mapped IPv6 peers (a listener on "::") compare as the IPv4 address they carry. */
export function plainAddress(ip: string): string {
  return ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice(7) : ip;
}

/** The compiled list; `has` is what the request path asks. */
export class TrustedIps {
  /** No entries: nothing is trusted, and `has` does no work. */
  readonly none: boolean;
  private readonly list = new BlockList();

  /** `entries` must have passed parseTrustedIps (settings does that). */
  constructor(readonly entries: readonly string[]) {
    this.none = entries.length === 0;
    for (const entry of entries) {
      const slash = entry.indexOf("/");
      const addr = slash === -1 ? entry : entry.slice(0, slash);
      const type = isIP(addr) === 6 ? "ipv6" : "ipv4";
      if (slash === -1) this.list.addAddress(addr, type);
      else this.list.addSubnet(addr, Number(entry.slice(slash + 1)), type);
    }
  }

  has(ip: string): boolean {
    if (this.none || ip === "") return false;
    const addr = plainAddress(ip);
    const family = isIP(addr);
    if (family === 0) return false;
    return this.list.check(addr, family === 6 ? "ipv6" : "ipv4");
  }
}

/** PROXY_REAL_IP_HEADER values (nginx realip's `real_ip_header`, lower-case). */
export type RealIpHeader = "x-real-ip" | "x-forwarded-for";

/** A client address read from a header: the address, and the port when the header gave one (else 0). */
export interface HeaderAddress {
  ip: string;
  port: number;
}

/**
 * One address as nginx realip reads it: `a.b.c.d`, `a.b.c.d:port`, an IPv6 address, `[v6]` or
 * `[v6]:port`. Anything else (a name, "unknown", garbage) is null: the peer's address stays.
 */
export function parseHeaderAddress(token: string): HeaderAddress | null {
  let addr = token;
  let port = 0;
  if (addr.startsWith("[")) {
    const end = addr.indexOf("]");
    if (end === -1) return null;
    const rest = addr.slice(end + 1);
    if (rest !== "") {
      if (!/^:\d{1,5}$/.test(rest)) return null;
      port = Number(rest.slice(1));
    }
    addr = addr.slice(1, end);
    if (isIP(addr) !== 6) return null;
  } else if (addr.indexOf(":") !== -1 && addr.indexOf(":") === addr.lastIndexOf(":")) {
    // exactly one colon: IPv4 with a port (an IPv6 address has at least two)
    const colon = addr.indexOf(":");
    const p = addr.slice(colon + 1);
    if (!/^\d{1,5}$/.test(p)) return null;
    port = Number(p);
    addr = addr.slice(0, colon);
    if (isIP(addr) !== 4) return null;
  } else if (isIP(addr) === 0 || addr.includes("%")) return null;
  if (port > 65535) return null;
  return { ip: plainAddress(addr), port };
}

/**
 * nginx realip for a peer already known to be trusted: the client address the header names, or
 * null when it names none usable (then the peer's address stays, as nginx declines).
 * X-Real-IP: the whole value is one address. X-Forwarded-For: the last address; with
 * `recursive`, trusted addresses are skipped from the right and the first untrusted one is the
 * client (all trusted: the leftmost).
 */
export function realClientAddress(value: string | null, header: RealIpHeader, recursive: boolean, trusted: TrustedIps): HeaderAddress | null {
  if (value === null) return null;
  if (header === "x-real-ip") return parseHeaderAddress(value.trim());
  const tokens = value.split(",");
  let found: HeaderAddress | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i].trim();
    if (token === "") continue;
    const addr = parseHeaderAddress(token);
    if (addr === null) return null;
    found = addr;
    if (!recursive || !trusted.has(addr.ip)) return addr;
  }
  return found;
}
