// Request-path handling with Kong's semantics: normalization before matching, the v0 rule that
// builds the upstream path, and the escaping applied before the path leaves the proxy.
//
// Paths are handled as byte strings (one char per byte, as node hands us the request target):
// percent-decoding yields bytes, configured route paths are converted to UTF-8 byte strings, and
// escaping turns every byte outside the safe set back into %XX.

/** Reserved characters whose escapes stay encoded (uppercased) during normalization. */
const RESERVED = new Uint8Array(256);
for (const c of "!*'();:@&=+$,/?%#[]") RESERVED[c.charCodeAt(0)] = 1;

/** Characters sent upstream as they are; everything else is percent-escaped. */
const UNSAFE = /[^!#$&'()*+,/:;=?@[\]A-Za-z0-9\-_.~%]/;
const UNSAFE_G = /[^!#$&'()*+,/:;=?@[\]A-Za-z0-9\-_.~%]/g;

const SLASH = 47;
const DOT = 46;

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Decodes %XX except reserved characters, whose escapes are uppercased instead. */
export function decodePercent(s: string): string {
  let out = "";
  let last = 0;
  for (let i = s.indexOf("%"); i !== -1 && i + 2 < s.length; i = s.indexOf("%", i + 1)) {
    const hi = hexValue(s.charCodeAt(i + 1));
    const lo = hexValue(s.charCodeAt(i + 2));
    if (hi < 0 || lo < 0) continue;
    const byte = hi * 16 + lo;
    out += s.slice(last, i);
    out += RESERVED[byte] ? "%" + s.slice(i + 1, i + 3).toUpperCase() : String.fromCharCode(byte);
    last = i + 3;
    i += 2;
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * Kong's dot-segment removal with slash merging, applied as one left-to-right scan: "/./" and
 * "/../" are consumed (the latter drops the previous segment), "//" collapses to "/", and a
 * trailing "/." or "/.." leaves a trailing slash.
 */
function removeDotSegments(s: string): string {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const rem = n - i;
    const c0 = s.charCodeAt(i);
    const c1 = rem > 1 ? s.charCodeAt(i + 1) : -1;
    const c2 = rem > 2 ? s.charCodeAt(i + 2) : -1;
    const c3 = rem > 3 ? s.charCodeAt(i + 3) : -1;
    if (c0 === SLASH && c1 === DOT && rem === 2) {
      // "/." at the end
      out.push("/");
      break;
    }
    if (c0 === SLASH && c1 === DOT && c2 === DOT && rem === 3) {
      // "/.." at the end
      out.pop();
      out.push("/");
      break;
    }
    if ((c0 === DOT && rem === 1) || (c0 === DOT && c1 === DOT && rem === 2)) break;
    if (c0 === DOT && c1 === DOT && c2 === SLASH) i += 3;
    else if (c0 === DOT && c1 === SLASH) i += 2;
    else if (c0 === SLASH && c1 === DOT && c2 === SLASH) i += 2;
    else if (c0 === SLASH && c1 === DOT && c2 === DOT && c3 === SLASH) {
      i += 3;
      out.pop();
    } else if (c0 === SLASH && c1 === SLASH) i += 1;
    else {
      const next = s.indexOf("/", i + 1);
      const end = next === -1 ? n : next;
      out.push(s.slice(i, end));
      i = end;
    }
  }
  return out.join("");
}

/**
 * Normalizes a request path (query already removed) for matching: percent-decoding except
 * reserved characters, dot-segment removal, duplicate-slash merging.
 */
export function normalizePath(raw: string): string {
  if (raw === "/" || raw === "") return raw;
  const decoded = raw.indexOf("%") === -1 ? raw : decodePercent(raw);
  if (decoded.indexOf(".") === -1 && decoded.indexOf("//") === -1) return decoded;
  return removeDotSegments(decoded);
}

/** Percent-escapes every byte outside the set Kong sends unescaped. */
export function escapePath(p: string): string {
  if (!UNSAFE.test(p)) return p;
  return p.replace(UNSAFE_G, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 256) return "%" + (code < 16 ? "0" : "") + code.toString(16).toUpperCase();
    // Not a byte string (should not happen for request paths): escape its UTF-8 bytes.
    let out = "";
    for (const b of Buffer.from(ch, "utf8")) out += "%" + (b < 16 ? "0" : "") + b.toString(16).toUpperCase();
    return out;
  });
}

/** A configured string converted to the byte-string form request paths have. */
export function toByteString(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s : Buffer.from(s, "utf8").toString("latin1");
}

/** A configured prefix path in the form it is compared with: normalized like request paths. */
export function normalizeRoutePrefix(p: string): string {
  return normalizePath(toByteString(p));
}

const REGEX_META = /[\\^$.*+?()[\]{}|/]/;

/**
 * RE2 source of a configured regex path (without its leading "~"): percent-escapes are decoded
 * like request paths (a decoded metacharacter is escaped so it matches literally), and the pattern
 * is anchored with a leading "^" exactly as Kong does (so an unparenthesized alternation is only
 * anchored in its first branch). RE2 reads Rust's `(?P<name>…)` as it is.
 */
export function regexPathSource(configured: string): string {
  let src = configured.startsWith("~") ? configured.slice(1) : configured;
  if (src.includes("%")) src = decodeRegexEscapes(src);
  return "^" + toByteString(src);
}

function decodeRegexEscapes(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 37 && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        const byte = hi * 16 + lo;
        if (RESERVED[byte]) out += "%" + s.slice(i + 1, i + 3).toUpperCase();
        else {
          const ch = String.fromCharCode(byte);
          out += REGEX_META.test(ch) ? "\\" + ch : ch;
        }
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

/**
 * Kong's v0 upstream path (the only behaviour under traditional_compatible; v1 is ignored).
 * `base` is the service path ("/" when unset), `reqPath` the normalized request path, `rest`
 * the request path after the matched prefix (only used when `stripPath`).
 */
export function upstreamPathV0(base: string, reqPath: string, rest: string, stripPath: boolean): string {
  const baseEndsWithSlash = base.charCodeAt(base.length - 1) === SLASH;
  if (baseEndsWithSlash) {
    if (!stripPath) return base + reqPath.slice(1);
    if (rest === "") {
      if (base === "/") return "/";
      return reqPath.charCodeAt(reqPath.length - 1) === SLASH ? base : base.slice(0, -1);
    }
    return rest.charCodeAt(0) === SLASH ? base.slice(0, -1) + rest : base + rest;
  }
  if (!stripPath) return reqPath === "/" ? base : base + reqPath;
  if (rest === "") return reqPath.length > 1 && reqPath.charCodeAt(reqPath.length - 1) === SLASH ? base + "/" : base;
  return rest.charCodeAt(0) === SLASH ? base + rest : base + "/" + rest;
}

/** Cleans the remainder after stripping the matched prefix, as Kong does ("./x" → "x", ".." → ""). */
export function sanitizeRest(rest: string): string {
  if (rest === "") return rest;
  if (rest === "." || rest === "..") return "";
  if (rest.startsWith("./")) return rest.slice(2);
  if (rest.startsWith("../")) return rest.slice(3);
  return rest;
}

/**
 * The escaped path sent upstream for a match: `matchedPath` is the matched prefix or regex match
 * (null when the route has no paths), `path` the normalized request path.
 */
export function upstreamPath(basePath: string, path: string, matchedPath: string | null, stripPath: boolean): string {
  const prefix = stripPath && matchedPath !== null ? matchedPath : null;
  const rest = sanitizeRest(prefix !== null ? path.slice(prefix.length) : path.slice(1));
  return escapePath(upstreamPathV0(basePath, path, rest, stripPath));
}
