// StopGate (cdktf/provider/stop.ts): a request refused after the stop ends the RPC at once, instead
// of being taken by the REST client for a network failure and retried after a pause.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, before, test } from "node:test";
import { Agent, request } from "undici";
import { StopGate, StoppedError } from "../../cdktf/provider/stop.ts";

let server: Server;
let url: string;
before(async () => {
  server = createServer((_req, res) => res.end("{}"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

test("a request refused after the stop ends the call with StoppedError before any retry", async () => {
  const gate = new StopGate();
  const agent = new Agent();
  const dispatcher = gate.dispatcher(agent);
  let attempts = 0;
  let atRejection = -1;
  const work = gate.run(async () => {
    await (await request(url, { dispatcher })).body.text(); // answered: the call is busy with it
    gate.stop();
    // What the REST client does with an error it takes for a network failure: pause, try again.
    for (let i = 0; i < 3; i++) {
      attempts++;
      try {
        await request(url, { dispatcher });
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return "finished";
  });
  await assert.rejects(
    work.catch((e) => {
      atRejection = attempts;
      throw e;
    }),
    (e: unknown) => e instanceof StoppedError && e.call.lastStatus === 200 && e.call.sent === 1,
  );
  assert.equal(atRejection, 1, "the call ended at the first refused request, not after the client's retries");
  await new Promise((r) => setTimeout(r, 700)); // let the abandoned work finish its loop
  assert.equal(attempts, 3);
  await agent.close();
});
