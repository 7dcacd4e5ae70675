// One source Prisma schema, two derived variants, committed migration SQL for both: prove the pieces
// agree. `prisma migrate diff` (WebAssembly engine, offline) from the last migrated schema to the
// current one must be empty for each provider, and the generated clients must exist.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { diffSql, isEmptySql, MIGRATIONS_DIR } from "../../prisma/migration.ts";
import { PROVIDERS, SOURCE_SCHEMA, deriveSchema } from "../../prisma/variants.ts";
import { startPostgres } from "../support/postgres.ts";
import { PROJECT_ROOT } from "../support/processes.ts";

describe("Prisma schema and migrations", async () => {
  const source = readFileSync(SOURCE_SCHEMA, "utf8");
  const snapshot = readFileSync(join(MIGRATIONS_DIR, "schema.snapshot.prisma"), "utf8");
  const pgHandle = await startPostgres();
  const work = mkdtempSync(join(tmpdir(), "schema-test-"));
  after(async () => {
    await pgHandle.server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it("variants differ from the source only in provider and client output", () => {
    for (const p of PROVIDERS) {
      const variant = deriveSchema(source, p);
      assert.match(variant, new RegExp(`provider = "${p}"`));
      assert.match(variant, new RegExp(`api/store/generated/${p}"`));
      const strip = (s: string) => s.replace(/provider = "(sqlite|postgresql)"/, "").replace(/output\s*=\s*"[^"]*"/, "").replace(/^\/\/ GENERATED.*\n/, "");
      assert.equal(strip(variant), strip(source));
      assert.ok(existsSync(join(PROJECT_ROOT, "api", "store", "generated", p, "client.ts")), `generated ${p} client missing: run npm run db:generate`);
    }
  });

  it("the committed SQLite migrations produce the current schema", () => {
    assert.ok(isEmptySql(diffSql("sqlite", snapshot, source, `file:${join(work, "d.db")}`)), "schema.prisma changed without a migration: npm run db:migration -- <name>");
    assert.ok(!isEmptySql(diffSql("sqlite", null, source, `file:${join(work, "e.db")}`)), "the check can fail");
  });

  it("the committed PostgreSQL migrations produce the current schema", { skip: pgHandle.server ? false : `PostgreSQL unavailable: ${pgHandle.skipReason}` }, async () => {
    const url = await pgHandle.server!.createDatabase("schema");
    assert.ok(isEmptySql(diffSql("postgresql", snapshot, source, url)));
  });
});
