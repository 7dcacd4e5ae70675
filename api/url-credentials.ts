// Server URLs in messages and logs never carry their credentials. A module of its own, with no
// dependencies, so the Terraform provider can use it before it loads the REST client (and undici).

/**
 * A server URL fit for messages and logs: credentials (user:pass@) removed. A string that is not
 * an http(s) URL loses everything between its "//" (or its start) and its last "@".
 */
export function withoutCredentials(url: string): string {
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    // not a URL at all
  }
  // Only http(s) URLs are trusted to have parsed their userinfo: "admin:pw@host" parses with the
  // scheme "admin:", and other schemes may keep it in the path.
  if (u === null || (u.protocol !== "http:" && u.protocol !== "https:")) return url.replace(/^(.*?\/\/)?.*@/s, "$1");
  if (u.username === "" && u.password === "") return url;
  u.username = "";
  u.password = "";
  return u.toString().replace(/\/+$/, "");
}
