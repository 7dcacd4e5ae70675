// Admin token management: npm run tokens -- <command>
//   create [--name NAME] [--kind kpat|spat] [--expires-in-days N]   prints the new token ONCE (stdout)
//   list                                                            id, kind, name, dates (never tokens)
//   revoke <id-or-name>                                             revokes; exit 1 if nothing matched
// Uses the same store as the API: DATABASE_URL (postgresql://…) or SQLite under DATA_DIR (./data).
// A running API notices a CLI revocation within AUTH_CACHE_TTL_MS (its verification cache).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ConfigVersions } from "../store/config-versions.ts";
import { openDatabase } from "../store/database.ts";
import { SecretBox } from "../store/secrets.ts";
import { TokenRepository, type AdminKind } from "../store/tokens.ts";

const USAGE = `usage: npm run tokens -- create [--name NAME] [--kind kpat|spat] [--expires-in-days N]
       npm run tokens -- list
       npm run tokens -- revoke <id-or-name>`;

export async function runTokensCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: "string" }, kind: { type: "string" }, "expires-in-days": { type: "string" }, help: { type: "boolean" } },
    });
  } catch (e) {
    err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    (parsed.values.help ? out : err)(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  const kind = (parsed.values.kind ?? "kpat") as AdminKind;
  if (kind !== "kpat" && kind !== "spat") {
    err(`--kind must be kpat or spat\n${USAGE}`);
    return 2;
  }
  let expiresAt: Date | undefined;
  if (parsed.values["expires-in-days"] !== undefined) {
    const days = Number(parsed.values["expires-in-days"]);
    if (!Number.isInteger(days) || days < 1 || days > 3650) {
      err("--expires-in-days must be an integer between 1 and 3650");
      return 2;
    }
    expiresAt = new Date(Date.now() + days * 86_400_000);
  }
  if (!["create", "list", "revoke"].includes(command)) {
    err(`unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  if (command === "revoke" && rest.length !== 1) {
    err(`revoke takes exactly one id or name\n${USAGE}`);
    return 2;
  }

  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR || "./data" });
  try {
    // Token operations touch no plugin secrets: a throwaway key keeps the encryption key file untouched.
    const tokens = new TokenRepository({ db, versions: new ConfigVersions(async () => null), secrets: new SecretBox(randomBytes(32)), publicUrl: "" });
    if (command === "create") {
      const name = parsed.values.name ?? `${kind}-${new Date().toISOString().slice(0, 10)}`;
      const { token, info } = await tokens.createAdmin(kind, name, expiresAt);
      err(`created ${info.kind} token ${info.id} (${info.name}); it is shown only now:`);
      out(token);
      return 0;
    }
    if (command === "list") {
      const list = await tokens.listAdmin();
      if (list.length === 0) err("no admin tokens");
      for (const t of list) {
        const state = t.revoked_at ? `revoked ${t.revoked_at}` : t.expires_at && Date.parse(t.expires_at) <= Date.now() ? `expired ${t.expires_at}` : "active";
        out([t.id, t.kind, t.name, `created ${t.created_at}`, `last used ${t.last_used_at ?? "never"}`, state].join("\t"));
      }
      return 0;
    }
    const n = await tokens.revokeAdmin(rest[0]);
    if (n === 0) {
      err(`no active token with id or name "${rest[0]}"`);
      return 1;
    }
    err(`revoked ${n} token(s)`);
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  runTokensCli(process.argv.slice(2), (s) => process.stdout.write(s + "\n"), (s) => process.stderr.write(s + "\n")).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`tokens: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
