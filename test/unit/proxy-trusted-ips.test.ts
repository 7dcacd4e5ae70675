// PROXY_TRUSTED_IPS parsing (what is an entry, what is a settings error) and matching of peer
// addresses, IPv4 and IPv6, including IPv4-mapped peers of a dual-stack listener.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SettingsError, loadSettings } from "../../proxy/settings.ts";
import { TrustedIps, parseHeaderAddress, parseTrustedIps, realClientAddress } from "../../proxy/trusted-ips.ts";

const baseEnv = { KONNECT_SERVER_URL: "http://127.0.0.1:1", KONNECT_CONTROL_PLANE_ID: "3f1c9a52-5d7e-4a8b-9c0d-1e2f3a4b5c6d", KONNECT_DP_TOKEN: "kdp_0123456789abcdef0123" };

function problems(env: Record<string, string>, argv: string[] = []): string[] {
  try {
    loadSettings(argv, { ...baseEnv, ...env });
  } catch (e) {
    if (e instanceof SettingsError) {
      assert.equal(e.code, "PROXY_SETTINGS_INVALID");
      return e.problems;
    }
    throw e;
  }
  assert.fail("expected a SettingsError");
}

describe("parseTrustedIps", () => {
  test("addresses and CIDRs of both families are kept, blanks ignored, Kong's trust-all accepted", () => {
    const p = parseTrustedIps(" 10.0.0.0/8, 192.168.1.7 ,, ::1, fd00::/8, 0.0.0.0/0,::/0, 2001:db8::/128, 1.2.3.4/32");
    assert.deepEqual(p.invalid, []);
    assert.deepEqual(p.entries, ["10.0.0.0/8", "192.168.1.7", "::1", "fd00::/8", "0.0.0.0/0", "::/0", "2001:db8::/128", "1.2.3.4/32"]);
    assert.deepEqual(parseTrustedIps(""), { entries: [], invalid: [] });
  });

  test("anything else is invalid, entry by entry", () => {
    const bad = ["10.0.0.300", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/8/8", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/ 8", "lb.internal", "*", "unix:", "fe80::1%eth0", "010.0.0.1", "10.0.0.0/0x8"];
    const p = parseTrustedIps(["127.0.0.1", ...bad].join(","));
    assert.deepEqual(p.entries, ["127.0.0.1"]);
    assert.deepEqual(p.invalid, bad.map((b) => b.trim()));
  });
});

describe("TrustedIps.has", () => {
  test("empty list trusts nobody", () => {
    const t = new TrustedIps([]);
    assert.equal(t.none, true);
    for (const ip of ["127.0.0.1", "::1", "10.1.2.3", ""]) assert.equal(t.has(ip), false, ip);
  });

  test("single addresses and CIDRs, IPv4 and IPv6", () => {
    const t = new TrustedIps(parseTrustedIps("127.0.0.1,10.0.0.0/8,fd00::/8,::1").entries);
    for (const ip of ["127.0.0.1", "10.0.0.1", "10.255.255.255", "fd12:3456::1", "::1"]) assert.equal(t.has(ip), true, ip);
    for (const ip of ["127.0.0.2", "11.0.0.1", "9.255.255.255", "fe80::1", "::2", "", "not-an-ip"]) assert.equal(t.has(ip), false, ip);
  });

  test("IPv4-mapped IPv6 peers (a listener on ::) match the IPv4 entries", () => {
    const t = new TrustedIps(["10.0.0.0/8", "127.0.0.1"]);
    assert.equal(t.has("::ffff:10.1.2.3"), true);
    assert.equal(t.has("::ffff:127.0.0.1"), true);
    assert.equal(t.has("::ffff:11.1.2.3"), false);
  });

  test("0.0.0.0/0,::/0 trusts every peer of both families", () => {
    const t = new TrustedIps(["0.0.0.0/0", "::/0"]);
    for (const ip of ["1.2.3.4", "255.255.255.255", "::1", "2001:db8::5", "::ffff:8.8.8.8"]) assert.equal(t.has(ip), true, ip);
  });
});

describe("settings", () => {
  test("PROXY_TRUSTED_IPS / --trusted-ips: default empty; the flag wins", () => {
    assert.deepEqual(loadSettings([], baseEnv).trustedIps, []);
    assert.deepEqual(loadSettings([], { ...baseEnv, PROXY_TRUSTED_IPS: "10.0.0.0/8, ::1" }).trustedIps, ["10.0.0.0/8", "::1"]);
    assert.deepEqual(loadSettings(["--trusted-ips", "0.0.0.0/0,::/0"], { ...baseEnv, PROXY_TRUSTED_IPS: "10.0.0.0/8" }).trustedIps, ["0.0.0.0/0", "::/0"]);
  });

  test("each invalid entry is one problem naming the variable, the flag and the entry", () => {
    const p = problems({ PROXY_TRUSTED_IPS: "10.0.0.0/8,10.0.0.0/33,lb.internal" });
    assert.equal(p.length, 2, p.join("\n"));
    assert.match(p[0], /^PROXY_TRUSTED_IPS \(--trusted-ips\) has "10\.0\.0\.0\/33"/);
    assert.match(p[1], /^PROXY_TRUSTED_IPS \(--trusted-ips\) has "lb\.internal"/);
  });
});

describe("realip: addresses from X-Real-IP / X-Forwarded-For", () => {
  test("parseHeaderAddress: IPv4, IPv4:port, IPv6, [IPv6], [IPv6]:port; anything else is null", () => {
    assert.deepEqual(parseHeaderAddress("203.0.113.9"), { ip: "203.0.113.9", port: 0 });
    assert.deepEqual(parseHeaderAddress("203.0.113.9:4711"), { ip: "203.0.113.9", port: 4711 });
    assert.deepEqual(parseHeaderAddress("2001:db8::1"), { ip: "2001:db8::1", port: 0 });
    assert.deepEqual(parseHeaderAddress("[2001:db8::1]"), { ip: "2001:db8::1", port: 0 });
    assert.deepEqual(parseHeaderAddress("[2001:db8::1]:80"), { ip: "2001:db8::1", port: 80 });
    assert.deepEqual(parseHeaderAddress("::ffff:10.0.0.1"), { ip: "10.0.0.1", port: 0 });
    for (const bad of ["", "unknown", "example.com", "1.2.3.4:", "1.2.3.4:99999", "1.2.3.4:x", "[1.2.3.4]", "[2001:db8::1", "[2001:db8::1]x", "fe80::1%eth0", "1.2.3.4 5.6.7.8"]) {
      assert.equal(parseHeaderAddress(bad), null, bad);
    }
  });

  const trusted = new TrustedIps(["10.0.0.0/8", "127.0.0.1"]);
  const ip = (v: string | null, h: "x-real-ip" | "x-forwarded-for", r: boolean) => realClientAddress(v, h, r, trusted)?.ip ?? null;

  test("X-Real-IP: the one address, or nothing", () => {
    assert.equal(ip(" 203.0.113.9 ", "x-real-ip", false), "203.0.113.9");
    assert.equal(ip("203.0.113.9, 198.51.100.1", "x-real-ip", true), null, "two values (two headers joined) name no single client");
    assert.equal(ip(null, "x-real-ip", false), null);
  });

  test("X-Forwarded-For: last address; recursive skips trusted ones from the right (all trusted: the leftmost)", () => {
    const xff = "198.51.100.1, 203.0.113.9, 10.0.0.2 ,10.0.0.1";
    assert.equal(ip(xff, "x-forwarded-for", false), "10.0.0.1");
    assert.equal(ip(xff, "x-forwarded-for", true), "203.0.113.9");
    assert.equal(ip("10.0.0.3, 10.0.0.2", "x-forwarded-for", true), "10.0.0.3");
    assert.equal(ip("203.0.113.9,, 10.0.0.2,", "x-forwarded-for", true), "203.0.113.9", "empty items are skipped");
    assert.equal(ip("203.0.113.9, nonsense, 10.0.0.2", "x-forwarded-for", true), null, "an unreadable hop: nginx declines, the peer stays");
    assert.equal(ip("203.0.113.9, nonsense", "x-forwarded-for", false), null);
    assert.equal(ip("nonsense, 203.0.113.9", "x-forwarded-for", false), "203.0.113.9", "only the hops walked are read");
    assert.equal(ip("", "x-forwarded-for", true), null);
  });

  test("settings: off by default; X-Real-IP / X-Forwarded-For case-insensitive; needs PROXY_TRUSTED_IPS; recursive on|off", () => {
    const d = loadSettings([], baseEnv);
    assert.equal(d.realIpHeader, null);
    assert.equal(d.realIpRecursive, false);
    const s = loadSettings(["--real-ip-header", "X-Forwarded-For", "--real-ip-recursive", "on"], { ...baseEnv, PROXY_TRUSTED_IPS: "10.0.0.0/8" });
    assert.equal(s.realIpHeader, "x-forwarded-for");
    assert.equal(s.realIpRecursive, true);
    assert.equal(loadSettings([], { ...baseEnv, PROXY_TRUSTED_IPS: "10.0.0.0/8", PROXY_REAL_IP_HEADER: "x-real-ip" }).realIpHeader, "x-real-ip");
    assert.match(problems({ PROXY_TRUSTED_IPS: "10.0.0.0/8", PROXY_REAL_IP_HEADER: "CF-Connecting-IP" }).join("\n"), /^PROXY_REAL_IP_HEADER \(--real-ip-header\) must be X-Real-IP, X-Forwarded-For or off/);
    assert.match(problems({ PROXY_REAL_IP_HEADER: "X-Real-IP" }).join("\n"), /PROXY_REAL_IP_HEADER \(--real-ip-header\) is set but PROXY_TRUSTED_IPS \(--trusted-ips\) is empty/);
    assert.match(problems({ PROXY_REAL_IP_RECURSIVE: "yes" }).join("\n"), /PROXY_REAL_IP_RECURSIVE \(--real-ip-recursive\) must be on or off/);
  });
});
