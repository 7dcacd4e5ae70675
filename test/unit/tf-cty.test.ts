// cty msgpack as Terraform (go-cty v1.16) writes it: unknowns as extensions (ext 0 plain, ext 12 refined),
// objects carrying every attribute, and conform() shaping values to a type before they are sent.
import fc from "fast-check";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ReservedKeyError, UNKNOWN, Unknown, conform, containsUnknown, ctyEqual, decodeJson, decodeMsgpack, encodeMsgpack, type CtyType, type CtyValue } from "../../cdktf/provider/cty/value.ts";

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));
const OBJ: CtyType = ["object", { a: "string", b: "string", c: ["list", "number"], n: ["object", { x: "bool", y: ["map", "string"] }] }];

describe("tf-cty msgpack", () => {
  it('a map key "__proto__" is reported with its path (never dropped, never set as a prototype); other prototype names round-trip', () => {
    const own = (entries: [string, unknown][]) => Object.fromEntries(entries) as Record<string, CtyValue>;
    // {"a":"x","c":[1,2.5,-3,1e10],"n":{"x":true,"y":{"ok":"1","__proto__":"polluted"}}, with an unknown and big/negative numbers before the key
    const value = own([["a", "x"], ["b", UNKNOWN], ["c", [1, 2.5, -3, 1e10, 300, 70000]], ["n", own([["x", true], ["y", own([["ok", "1"], ["__proto__", "polluted"]])]])]]);
    const bytes = encodeMsgpack(value, OBJ);
    assert.throws(() => decodeMsgpack(bytes, OBJ), (e: unknown) => e instanceof ReservedKeyError && JSON.stringify(e.path) === JSON.stringify(["n", "y", "__proto__"]));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, "0"), false);
    const named = own([["a", "x"], ["n", own([["x", false], ["y", own([["constructor", "c"], ["toString", "t"], ["hasOwnProperty", "h"]])]])]]);
    const back = decodeMsgpack(encodeMsgpack(named, OBJ), OBJ) as Record<string, any>;
    assert.deepEqual(Object.entries(back.n.y), [["constructor", "c"], ["toString", "t"], ["hasOwnProperty", "h"]]);
  });


  it("decodes go-cty's plain unknown (d4 00 00) and null", () => {
    // {"a":"x","b":<unknown>,"c":nil,"n":nil}
    const v = decodeMsgpack(hex("84 a1 61 a1 78 a1 62 d4 00 00 a1 63 c0 a1 6e c0"), OBJ) as Record<string, CtyValue>;
    assert.equal(v.a, "x");
    assert.ok(v.b instanceof Unknown);
    assert.equal(v.c, null);
    assert.equal(v.n, null);
    assert.equal(decodeMsgpack(hex("c0"), OBJ), null);
  });

  it("echoes a refined unknown (ext 12) byte for byte", () => {
    // Terraform's refined unknown for "depends on ${x}": ext 12, payload {1:false, 2:"depends on "}
    // The payload is 16 bytes, which msgpack writes as fixext16 (d8); ext8 (c7 10) is the same value.
    const payload = "82 01 c2 02 ab" + Buffer.from("depends on ").toString("hex");
    const canonical = hex(`81 a1 61 d8 0c ${payload}`);
    for (const bytes of [canonical, hex(`81 a1 61 c7 10 0c ${payload}`)]) {
      const v = decodeMsgpack(bytes, ["object", { a: "string" }]) as Record<string, CtyValue>;
      assert.ok(v.a instanceof Unknown);
      assert.equal((v.a as Unknown).ext.type, 12);
      assert.deepEqual(Buffer.from(encodeMsgpack(v, ["object", { a: "string" }])), Buffer.from(canonical));
    }
  });

  it("writes a plain unknown as fixext1 type 0 payload 0", () => {
    assert.deepEqual(Buffer.from(encodeMsgpack(UNKNOWN, "string")).toString("hex"), "d40000");
  });

  it("conform() gives objects exactly the type's attributes at every depth", () => {
    const v = conform({ a: "x", extra: 1, n: { x: true } } as never, OBJ);
    assert.deepEqual(v, { a: "x", b: null, c: null, n: { x: true, y: null } });
    // list of objects: each element gets every member
    const t: CtyType = ["list", ["object", { p: "string", q: ["list", "string"] }]];
    assert.deepEqual(conform([{ p: "1" }, { q: ["z"] }] as never, t), [{ p: "1", q: null }, { p: null, q: ["z"] }]);
  });

  it("reads numbers go-cty wrote as decimal strings", () => {
    const v = decodeMsgpack(hex("81 a1 6e a3 31 2e 35"), ["object", { n: "number" }]) as Record<string, CtyValue>;
    assert.equal(v.n, 1.5);
  });

  it("reads JSON state (UpgradeResourceState) into the current shape", () => {
    const v = decodeJson(Buffer.from(JSON.stringify({ a: "x", removed_attr: 1, n: { x: false, y: { k: "v" } } })), OBJ);
    assert.deepEqual(v, { a: "x", b: null, c: null, n: { x: false, y: { k: "v" } } });
  });

  it("a state value that is not a number (older schema) becomes null, never NaN (Terraform panics on NaN)", () => {
    const T: CtyType = ["object", { n: "number", m: "number", k: "number", l: ["list", "number"] }];
    const v = decodeJson(Buffer.from(JSON.stringify({ n: "6379", m: "not a number", k: { was: "an object" }, l: ["", 2] })), T) as Record<string, CtyValue>;
    assert.deepEqual(v, { n: 6379, m: null, k: null, l: [null, 2] });
    const bytes = encodeMsgpack(v, T);
    assert.ok(!Buffer.from(bytes).includes(Buffer.from("cb7ff8000000000000", "hex")), "no float64 NaN on the wire");
  });

  it("a map key named __proto__ (JSON state) stays a key and never becomes the object's prototype", () => {
    const T: CtyType = ["object", { m: ["map", "string"] }];
    const v = decodeJson(Buffer.from('{"m":{"__proto__":"x","a":"y"}}'), T) as Record<string, Record<string, CtyValue>>;
    assert.deepEqual(Object.keys(v.m).sort(), ["__proto__", "a"]);
    assert.equal(Object.getPrototypeOf(v.m), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(v.m, "__proto__")?.value, "x");
  });

  it("round-trips any conforming value, unknowns included (property)", () => {
    const leaf = fc.oneof(fc.constant(null), fc.constant(UNKNOWN));
    // @msgpack/msgpack refuses to decode a "__proto__" map key (its prototype-pollution guard), so such
    // a key cannot round-trip; fast-check generates it on purpose, which made this test fail now and then.
    const key = fc.string().filter((k) => k !== "__proto__");
    const value = fc.record({
      a: fc.oneof(leaf, fc.string()),
      b: fc.oneof(leaf, fc.string()),
      c: fc.oneof(leaf, fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), leaf))),
      n: fc.oneof(leaf, fc.record({ x: fc.oneof(leaf, fc.boolean()), y: fc.oneof(leaf, fc.dictionary(key, fc.oneof(fc.string(), leaf))) })),
    });
    fc.assert(
      fc.property(value, (v) => {
        const back = decodeMsgpack(encodeMsgpack(v as never, OBJ), OBJ);
        assert.equal(containsUnknown(back), containsUnknown(v as never));
        // Known parts equal; unknowns stay unknown in the same places.
        assert.deepEqual(JSON.stringify(back, (_k, x) => (x instanceof Unknown ? "<unknown>" : Object.is(x, -0) ? 0 : x)), JSON.stringify(v, (_k, x) => (x instanceof Unknown ? "<unknown>" : Object.is(x, -0) ? 0 : x)));
      }),
      { numRuns: 300 },
    );
  });

  it("ctyEqual: sets ignore order, unknowns equal nothing", () => {
    assert.ok(ctyEqual(["a", "b"], ["b", "a"], ["set", "string"]));
    assert.ok(!ctyEqual(["a", "b"], ["b", "a"], ["list", "string"]));
    assert.ok(!ctyEqual(UNKNOWN, UNKNOWN, "string"));
    assert.ok(ctyEqual({ x: null }, { x: null }, ["object", { x: "string" }]));
  });
});
