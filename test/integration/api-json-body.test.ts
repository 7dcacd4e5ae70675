// The JSON body parser on a real API (SQLite, loopback): a __proto__ key nested deeper than the call
// stack still gets 400 ERR_VALIDATION naming its path (the path walk was recursive: RangeError → 500).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { rawClient, type Http } from "../support/api-http.ts";
import { startApi, type ApiServer } from "../support/api-server.ts";

describe("api JSON body: deeply nested refused keys", () => {
  let api: ApiServer;
  let http: Http;
  before(async () => {
    api = await startApi();
    http = rawClient(api.url, api.adminToken);
  });
  after(async () => {
    await api?.close();
  });

  const depth = 20_000; // well under the 1 MiB body limit, well over the call stack
  for (const [kind, open, close, step] of [
    ["objects", '{"a":', "}", "a"],
    ["arrays", "[", "]", "0"],
  ] as const) {
    it(`__proto__ under ${depth} nested ${kind} → 400 ERR_VALIDATION with its path, nothing created`, async () => {
      const body = `{"name":"deep-${kind}","labels":${open.repeat(depth)}{"__proto__":1}${close.repeat(depth)}}`;
      const res = await http("POST", "/v2/control-planes", { body });
      assert.equal(res.status, 400, res.text.slice(0, 300));
      assert.equal(res.json.code, "ERR_VALIDATION");
      const field: string = res.json.invalid_parameters[0].field;
      assert.equal(field, ["labels", ...Array(depth).fill(step), "__proto__"].join("."));
      const list = await http("GET", `/v2/control-planes?filter[name][eq]=deep-${kind}`);
      assert.equal(list.status, 200);
      assert.equal(list.json.data.length, 0);
    });
  }

  it("constructor.prototype deep inside an array of objects is named too", async () => {
    const body = `{"name":"deep-ctor","labels":${"[".repeat(depth)}{"constructor":{"prototype":{}}}${"]".repeat(depth)}}`;
    const res = await http("POST", "/v2/control-planes", { body });
    assert.equal(res.status, 400, res.text.slice(0, 300));
    assert.equal(res.json.code, "ERR_VALIDATION");
    assert.match(res.json.invalid_parameters[0].field, /^labels(\.0)+\.constructor\.prototype$/);
  });
});
