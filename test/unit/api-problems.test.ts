// api/http/problems.ts: codes → status/content type/body in one place; zod issues → invalid_parameters.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { ApiProblem, PROBLEMS, fromZod, isCoreEntityPath, toResponse } from "../../api/http/problems.ts";

describe("problem responses", () => {
  it("control-plane paths get problem+json with message and status; core entities plain JSON", () => {
    const p = new ApiProblem("ERR_UNAUTHORIZED", "missing bearer token");
    const cp = toResponse(p, "/v2/control-planes/abc");
    assert.match(cp.contentType, /^application\/problem\+json/);
    assert.deepEqual([cp.status, cp.body.status, cp.body.message, cp.body.title, cp.body.code], [401, 401, "missing bearer token", "Unauthorized", "ERR_UNAUTHORIZED"]);
    assert.match(String(cp.body.instance), /^kong:trace:/);
    const ce = toResponse(p, "/v2/control-planes/abc/core-entities/services?size=1");
    assert.match(ce.contentType, /^application\/json/);
    assert.deepEqual(ce.body, { status: 401, code: "ERR_UNAUTHORIZED", message: "missing bearer token" });
  });

  it("every code maps to a 4xx/5xx status", () => {
    for (const [code, { status }] of Object.entries(PROBLEMS)) assert.ok(status >= 400 && status < 600, code);
  });

  it("recognises core-entity paths only under a control plane", () => {
    assert.ok(isCoreEntityPath("/v2/control-planes/x/core-entities/plugins"));
    assert.ok(isCoreEntityPath("/v2/control-planes/x/core-entities"));
    assert.ok(!isCoreEntityPath("/v2/control-planes/x/dp-tokens"));
    assert.ok(!isCoreEntityPath("/v2/control-planes/core-entities"));
  });
});

describe("zod issues → invalid_parameters", () => {
  const schema = z.strictObject({ name: z.string().min(2), port: z.number().int().max(10), nested: z.strictObject({ id: z.uuid() }).nullish() });
  const run = (input: unknown) => fromZod(schema.safeParse(input).error!, "body", input);

  it("names missing fields, wrong types, ranges, unknown keys and nested paths", () => {
    const params = run({ port: "1", extra: true, nested: { id: "x", more: 1 } });
    const byField = Object.fromEntries(params.map((p) => [p.field, p.rule]));
    assert.deepEqual(byField, { name: "required", port: "is_number", extra: "unknown_property", "nested.id": "is_uuid", "nested.more": "unknown_property" });
    assert.deepEqual(run({ name: "a", port: 11 }).map((p) => [p.field, p.rule]), [["name", "min_length"], ["port", "max"]]);
  });

  it("tells null from missing", () => {
    const [p] = run({ name: null, port: 1 });
    assert.equal(p.field, "name");
    assert.match(p.reason, /null/);
  });

  it("a missing body is reported as (body)", () => {
    const [p] = fromZod(schema.safeParse(undefined).error!, "body", undefined);
    assert.deepEqual([p.field, p.rule], ["(body)", "required"]);
  });
});

describe("database availability", () => {
  it("classifies connection failures as unavailable, constraint errors not", async () => {
    const { isDatabaseUnavailable } = await import("../../api/http/error-handler.ts");
    assert.ok(isDatabaseUnavailable({ code: "P1001", message: "Can't reach database server" }));
    assert.ok(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }));
    assert.ok(isDatabaseUnavailable(new Error("connect ECONNREFUSED 127.0.0.1:5432")));
    assert.ok(!isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" }));
    assert.ok(!isDatabaseUnavailable(new Error("boom")));
  });
});
