// KonnectClient's 429 handling against a stand-in server on loopback (a stand-in because the API
// itself has no rate limiter; reverse proxies in front of it do send 429 with Retry-After).
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { ApiError, KonnectClient } from "../../api/client.ts";

describe("KonnectClient and 429 Retry-After", () => {
  let server: Server;
  let url: string;
  let hits = 0;
  before(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(429, { "content-type": "application/json", "retry-after": "30" }).end('{"message":"slow down","status":429}');
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  // Without the cap the client slept as long as the server asked (an hour, if so told); the test timeout turns
  // that into a failure (30 s keeps a regressed run from lingering long).
  it("gives up with API_RATE_LIMITED within its retry budget even when Retry-After asks for longer", { timeout: 10_000 }, async () => {
    const client = new KonnectClient({ serverUrl: url, token: "kpat_retryretryretryretry", maxRetryElapsedMs: 300 });
    try {
      await assert.rejects(client.controlPlanes.list(), (err: unknown) => err instanceof ApiError && err.code === "API_RATE_LIMITED" && err.status === 429);
      assert.equal(hits, 2, "one retry after the capped wait, then the budget is spent");
    } finally {
      await client.close();
    }
  });
});
