// Opens the store: embedded SQLite under the data dir by default, PostgreSQL when the URL says so.
// Migrations are applied first (api/store/migrator.ts), then a Prisma client with the matching
// driver adapter is created (Prisma 6.19 "client" engine: no native query engine).
//
// Access rule: every multi-statement write goes through `write()` (one transaction). On SQLite the
// driver adapter shares ONE connection between transactions and plain queries, so a plain read
// issued while another request's transaction is open would run inside it (dirty reads, and a write
// would join the other request's transaction). `read()` and `write()` therefore share a
// readers-writer lock there; on PostgreSQL reads use the pool directly.
import { mkdirSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { PrismaClient as SqliteClient, Prisma } from "./generated/sqlite/client.ts";
import { loadMigrations, migratePostgres, migrateSqlite, type MigrationResult, type Provider } from "./migrator.ts";

/** The models are identical for both providers; the SQLite client's types describe both. */
export type Db = SqliteClient;
export type Tx = Prisma.TransactionClient;

export interface DatabaseOptions {
  /** `postgresql://…` for PostgreSQL, `file:/path.db` for a specific SQLite file; default SQLite in dataDir. */
  databaseUrl?: string;
  /** Where the SQLite file lives (default ./data). */
  dataDir?: string;
  /** PostgreSQL pool size per API process. */
  poolSize?: number;
}

export interface Database {
  provider: Provider;
  /** Connection URL (PostgreSQL: used by the LISTEN connection). */
  url: string;
  migrations: MigrationResult;
  prisma: Db;
  read<T>(fn: (db: Tx) => Promise<T>): Promise<T>;
  write<T>(fn: (tx: Tx) => Promise<T>, opts?: { isolation?: "RepeatableRead" | "Serializable" }): Promise<T>;
  /** A consistent multi-query read (PostgreSQL: REPEATABLE READ transaction). */
  snapshotRead<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

export function sqlitePath(opts: DatabaseOptions): string {
  if (opts.databaseUrl && opts.databaseUrl.startsWith("file:")) {
    const p = opts.databaseUrl.slice("file:".length);
    return isAbsolute(p) ? p : resolve(p);
  }
  const dir = resolve(opts.dataDir ?? "./data");
  return join(dir, "konnect.db");
}

export async function openDatabase(opts: DatabaseOptions = {}): Promise<Database> {
  if (opts.databaseUrl && !isPostgresUrl(opts.databaseUrl) && !opts.databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with postgresql:// or file: (got "${opts.databaseUrl.replace(/\/\/[^@]*@/, "//***@")}")`);
  }
  return isPostgresUrl(opts.databaseUrl) ? openPostgres(opts.databaseUrl!, opts) : openSqlite(opts);
}

async function openSqlite(opts: DatabaseOptions): Promise<Database> {
  const file = sqlitePath(opts);
  mkdirSync(join(file, ".."), { recursive: true });
  const migrations = migrateSqlite(file, loadMigrations("sqlite"));
  const [{ PrismaClient }, { PrismaBetterSQLite3 }] = await Promise.all([
    import("./generated/sqlite/client.ts"),
    import("@prisma/adapter-better-sqlite3"),
  ]);
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: 15_000 }) }) as Db;
  // Per-connection settings; the adapter keeps a single connection, so they hold for every query.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // LIKE is case-insensitive in SQLite by default but not in PostgreSQL: make both behave alike.
  await prisma.$executeRawUnsafe("PRAGMA case_sensitive_like = ON");
  const lock = new ReadWriteLock();
  return {
    provider: "sqlite",
    url: `file:${file}`,
    migrations,
    prisma,
    read: (fn) => lock.read(() => fn(prisma)),
    write: (fn) => lock.write(() => prisma.$transaction(fn, TX_OPTIONS)),
    snapshotRead: (fn) => lock.read(() => fn(prisma)),
    close: () => prisma.$disconnect(),
  };
}

async function openPostgres(url: string, opts: DatabaseOptions): Promise<Database> {
  const migrations = await migratePostgres(url, loadMigrations("postgresql"));
  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([import("./generated/postgresql/client.ts"), import("@prisma/adapter-pg")]);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: opts.poolSize ?? 10 }) }) as unknown as Db;
  return {
    provider: "postgresql",
    url,
    migrations,
    prisma,
    read: (fn) => fn(prisma),
    // The SQLite client's types only know "Serializable"; the PostgreSQL client accepts these.
    write: (fn, o) => prisma.$transaction(fn, { ...TX_OPTIONS, isolationLevel: o?.isolation as "Serializable" | undefined }),
    snapshotRead: (fn) => prisma.$transaction(fn, { ...TX_OPTIONS, isolationLevel: "RepeatableRead" as "Serializable" }),
    close: () => prisma.$disconnect(),
  };
}

/** Many readers or one writer; writers queue ahead of new readers so they cannot starve. */
export class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private queue: { write: boolean; go: () => void }[] = [];

  async read<T>(fn: () => Promise<T>): Promise<T> {
    if (this.writing || this.queue.length > 0) await new Promise<void>((go) => this.queue.push({ write: false, go }));
    else this.readers++;
    try {
      return await fn();
    } finally {
      this.readers--;
      this.drain();
    }
  }

  async write<T>(fn: () => Promise<T>): Promise<T> {
    if (this.writing || this.readers > 0 || this.queue.length > 0) await new Promise<void>((go) => this.queue.push({ write: true, go }));
    else this.writing = true;
    try {
      return await fn();
    } finally {
      this.writing = false;
      this.drain();
    }
  }

  private drain(): void {
    if (this.writing) return;
    while (this.queue.length > 0) {
      const next = this.queue[0];
      if (next.write) {
        if (this.readers > 0) return;
        this.queue.shift();
        this.writing = true;
        next.go();
        return;
      }
      this.queue.shift();
      this.readers++;
      next.go();
    }
  }
}
