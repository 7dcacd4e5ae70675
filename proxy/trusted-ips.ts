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
