// Prisma CLI configuration (Prisma 6.19). `engine: "js"` plus a driver adapter keeps every CLI step
// we use (generate, migrate diff, db execute) on the WebAssembly engines, so nothing is downloaded.
// The API itself does not use this file: it builds its adapter in api/store/database.ts.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./data/konnect.db";
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? "prisma/.variants/schema.postgresql.prisma" : "prisma/.variants/schema.sqlite.prisma",
  async adapter() {
    if (isPostgres) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: url.replace(/^file:/, "") });
  },
});
