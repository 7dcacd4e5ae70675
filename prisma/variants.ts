// Derives the per-provider Prisma schemas from prisma/schema.prisma and generates both clients.
// Why: one Prisma schema can only name one provider, and the client generated for one provider cannot
// talk to the other. The source schema is written for SQLite; the PostgreSQL variant differs only in
// the provider line and the client output folder (the models use only portable types).
//
//   tsx prisma/variants.ts            write the variants and run `prisma generate` for both (postinstall)
//   tsx prisma/variants.ts --write    only write the variants (used by tests and the migration script)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROVIDERS = ["sqlite", "postgresql"] as const;
export type Provider = (typeof PROVIDERS)[number];

const prismaDir = dirname(fileURLToPath(import.meta.url));
const root = join(prismaDir, "..");
export const SOURCE_SCHEMA = join(prismaDir, "schema.prisma");
const VARIANT_DIR = join(prismaDir, ".variants");

export function variantPath(provider: Provider): string {
  return join(VARIANT_DIR, `schema.${provider}.prisma`);
}

/** The source schema rewritten for one provider. Throws if the source lost the lines this relies on. */
export function deriveSchema(source: string, provider: Provider): string {
  const providerLine = /(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/s;
  const outputLine = /(output\s*=\s*)"\.\.\/api\/store\/generated\/sqlite"/;
  if (!providerLine.test(source) || !outputLine.test(source)) {
    throw new Error("prisma/schema.prisma: expected provider \"sqlite\" and output \"../api/store/generated/sqlite\"");
  }
  return (
    `// GENERATED from prisma/schema.prisma by prisma/variants.ts — do not edit.\n` +
    source
      .replace(providerLine, `$1"${provider}"`)
      // The variant lives one folder deeper than the source.
      .replace(outputLine, `$1"../../api/store/generated/${provider}"`)
  );
}

export function writeVariants(): string[] {
  mkdirSync(VARIANT_DIR, { recursive: true });
  const source = readFileSync(SOURCE_SCHEMA, "utf8");
  return PROVIDERS.map((p) => {
    const file = variantPath(p);
    writeFileSync(file, deriveSchema(source, p));
    return file;
  });
}

function main() {
  const files = writeVariants();
  if (process.argv.includes("--write")) return;
  const prismaBin = join(root, "node_modules", "prisma", "build", "index.js");
  for (const file of files) {
    // `generate` connects to nothing, but prisma.config.ts picks the driver adapter from DATABASE_URL
    // and the adapter's provider must match the schema's, so each run gets a placeholder of its kind.
    const placeholder = file.endsWith("postgresql.prisma") ? "postgresql://generate@127.0.0.1:1/generate" : "file:./data/generate.db";
    execFileSync(process.execPath, [prismaBin, "generate", "--schema", file], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
