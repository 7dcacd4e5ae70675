// cty values as the provider handles them in JS, and their msgpack/JSON encodings.
//
// Terraform exchanges values as cty msgpack: null is nil, unknown is any extension value
// (ext 0 = plain unknown, ext 12 = refined unknown), objects are maps carrying EVERY attribute of
// the type. In JS: null, `Unknown`, string/number/boolean, arrays for list/set/tuple, plain objects
// for map/object.
import { ExtData, decode, encode } from "@msgpack/msgpack";

export type CtyType =
  | "string"
  | "number"
  | "bool"
  | "dynamic"
  | readonly ["list" | "set" | "map", CtyType]
  | readonly ["object", Readonly<Record<string, CtyType>>]
  | readonly ["tuple", readonly CtyType[]];

/** A value Terraform does not know yet. Keeps the original extension so refinements echo back. */
export class Unknown {
  constructor(readonly ext: ExtData = new ExtData(0, Uint8Array.of(0))) {}
}
export const UNKNOWN = new Unknown();

export type CtyValue = null | Unknown | string | number | boolean | CtyValue[] | { [key: string]: CtyValue };

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

/** True when the value or anything inside it is unknown. */
export function containsUnknown(v: CtyValue): boolean {
  if (v instanceof Unknown) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v !== null && typeof v === "object") return Object.values(v).some(containsUnknown);
  return false;
}

export function decodeMsgpack(bytes: Uint8Array, type: CtyType): CtyValue {
  if (bytes.length === 0) return null;
  let raw: unknown;
  try {
    raw = decode(bytes);
  } catch (e) {
    // @msgpack/msgpack refuses a map key "__proto__" outright (it would set the prototype). Our own
    // code keeps such a key as data, but the API refuses any JSON body containing it (proto-poisoning
    // guard), so it can never round-trip: say where it is instead of failing as a provider bug.
    const path = /__proto__/.test((e as Error)?.message ?? "") ? protoKeyPath(bytes) : undefined;
    if (path) throw new ReservedKeyError(path);
    throw e;
  }
  return fromWire(raw, type);
}

/** A value holds a map key the API can never accept; `path` leads to the key (last element). */
export class ReservedKeyError extends Error {
  override readonly name = "ReservedKeyError";
  constructor(readonly path: (string | number)[]) {
    super(`map key "__proto__" is not supported`);
  }
}

/**
 * The path (map keys and array indexes) to the first map key "__proto__" in a msgpack document, found
 * by skipping over values without building them (the decoder refuses to). Undefined if none or malformed.
 */
export function protoKeyPath(bytes: Uint8Array): (string | number)[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  const u8 = () => view.getUint8(pos++);
  const u16 = () => ((pos += 2), view.getUint16(pos - 2));
  const u32 = () => ((pos += 4), view.getUint32(pos - 4));
  const str = (n: number) => ((pos += n), Buffer.from(bytes.buffer, bytes.byteOffset + pos - n, n).toString("utf8"));
  const Found = class {
    constructor(readonly path: (string | number)[]) {}
  };
  // Returns the string value when the item is a string (map keys), undefined otherwise.
  const item = (path: (string | number)[]): string | undefined => {
    const b = u8();
    if (b <= 0x7f || b >= 0xe0 || b === 0xc0 || b === 0xc2 || b === 0xc3) return undefined;
    if (b >= 0xa0 && b <= 0xbf) return str(b & 0x1f);
    if (b === 0xd9) return str(u8());
    if (b === 0xda) return str(u16());
    if (b === 0xdb) return str(u32());
    const seq = (n: number, map: boolean) => {
      for (let i = 0; i < n; i++) {
        if (!map) {
          item([...path, i]);
          continue;
        }
        const key = item(path);
        if (key === "__proto__") throw new Found([...path, key]);
        item([...path, key ?? i]);
      }
      return undefined;
    };
    if (b >= 0x90 && b <= 0x9f) return seq(b & 0x0f, false);
    if (b >= 0x80 && b <= 0x8f) return seq(b & 0x0f, true);
    if (b === 0xdc) return seq(u16(), false);
    if (b === 0xdd) return seq(u32(), false);
    if (b === 0xde) return seq(u16(), true);
    if (b === 0xdf) return seq(u32(), true);
    const skip: Record<number, () => number> = {
      0xc4: () => u8(), 0xc5: () => u16(), 0xc6: () => u32(), // bin
      0xc7: () => u8() + 1, 0xc8: () => u16() + 1, 0xc9: () => u32() + 1, // ext (+ type byte)
      0xca: () => 4, 0xcb: () => 8, 0xcc: () => 1, 0xcd: () => 2, 0xce: () => 4, 0xcf: () => 8,
      0xd0: () => 1, 0xd1: () => 2, 0xd2: () => 4, 0xd3: () => 8,
      0xd4: () => 2, 0xd5: () => 3, 0xd6: () => 5, 0xd7: () => 9, 0xd8: () => 17, // fixext (+ type byte)
    };
    const n = skip[b];
    if (!n) throw new RangeError(`bad msgpack byte 0x${b.toString(16)}`);
    pos += n();
    return undefined;
  };
  try {
    item([]);
  } catch (e) {
    if (e instanceof Found) return e.path;
  }
  return undefined;
}

export function encodeMsgpack(value: CtyValue, type: CtyType): Uint8Array {
  return encode(toWire(conform(value, type)));
}

/** JSON state (UpgradeResourceState's raw_state.json) conformed to the current type. */
export function decodeJson(bytes: Uint8Array, type: CtyType): CtyValue {
  if (bytes.length === 0) return null;
  return conform(fromWire(JSON.parse(Buffer.from(bytes).toString("utf8")), type), type);
}

/**
 * Shapes a value to a type: objects get exactly the type's attributes (absent ones become null,
 * extra ones are dropped) at every depth, numbers/bools/strings are coerced the way cty converts.
 * Terraform rejects an object with a missing or extra attribute, so every value sent goes through here.
 */
export function conform(value: CtyValue | undefined, type: CtyType): CtyValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Unknown) return value;
  if (type === "dynamic") return value;
  if (type === "string") return typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (type === "number") {
    // A value that is not a number (a stored state from an older schema, a string from the API) must
    // not become NaN: cty has no NaN, and Terraform panics decoding one. Null is what it can carry.
    const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
    return Number.isNaN(n) ? null : n;
  }
  if (type === "bool") return typeof value === "boolean" ? value : value === "true";
  const [kind, inner] = type;
  switch (kind) {
    case "list":
    case "set":
      return Array.isArray(value) ? value.map((v) => conform(v, inner as CtyType)) : null;
    case "tuple":
      return Array.isArray(value) ? (inner as CtyType[]).map((t, i) => conform(value[i], t)) : null;
    case "map": {
      if (typeof value !== "object" || Array.isArray(value)) return null;
      // fromEntries defines own properties: a map key "__proto__" stays a key (assigning it would set the prototype).
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, conform(v, inner as CtyType)]));
    }
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return null;
      return Object.fromEntries(
        Object.entries(inner as Record<string, CtyType>).map(([k, t]) => [k, conform(Object.hasOwn(value, k) ? (value as Record<string, CtyValue>)[k] : null, t)]),
      );
    }
  }
}

function fromWire(raw: unknown, type: CtyType): CtyValue {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof ExtData) return new Unknown(raw);
  if (type === "dynamic") {
    // [type JSON bytes, value]; only appears if a schema used "dynamic", which ours does not.
    if (Array.isArray(raw) && raw.length === 2 && raw[0] instanceof Uint8Array) {
      return fromWire(raw[1], JSON.parse(Buffer.from(raw[0]).toString("utf8")) as CtyType);
    }
    return raw as CtyValue;
  }
  if (type === "number") {
    const n = typeof raw === "number" ? raw : typeof raw === "bigint" ? Number(raw) : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN;
    return Number.isNaN(n) ? null : n; // see conform(): never NaN
  }
  if (type === "string" || type === "bool") return raw as CtyValue;
  const [kind, inner] = type;
  if (kind === "list" || kind === "set") return (raw as unknown[]).map((v) => fromWire(v, inner as CtyType));
  if (kind === "tuple") return (raw as unknown[]).map((v, i) => fromWire(v, (inner as CtyType[])[i]));
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).map(([k, v]) => {
      const t = kind === "map" ? (inner as CtyType) : Object.hasOwn(inner as object, k) ? (inner as Record<string, CtyType>)[k] : undefined;
      return [k, t === undefined ? (v as CtyValue) : fromWire(v, t)];
    }),
  );
}

function toWire(v: CtyValue): unknown {
  if (v instanceof Unknown) return v.ext;
  if (Array.isArray(v)) return v.map(toWire);
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toWire(x)]));
  }
  return v;
}

/** Deep equality of known values (unknowns are equal to nothing, not even each other). */
export function ctyEqual(a: CtyValue, b: CtyValue, type: CtyType): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return false;
  if (a === null || b === null) return a === b;
  if (typeof type === "string") return a === b;
  const [kind, inner] = type;
  if (kind === "list" || kind === "tuple") {
    const x = a as CtyValue[];
    const y = b as CtyValue[];
    return x.length === y.length && x.every((v, i) => ctyEqual(v, y[i], kind === "list" ? (inner as CtyType) : (inner as CtyType[])[i]));
  }
  if (kind === "set") {
    const x = a as CtyValue[];
    const y = b as CtyValue[];
    return x.length === y.length && x.every((v) => y.some((w) => ctyEqual(v, w, inner as CtyType)));
  }
  const x = a as Record<string, CtyValue>;
  const y = b as Record<string, CtyValue>;
  if (kind === "map") {
    const kx = Object.keys(x);
    return kx.length === Object.keys(y).length && kx.every((k) => k in y && ctyEqual(x[k], y[k], inner as CtyType));
  }
  return Object.entries(inner as Record<string, CtyType>).every(([k, t]) => ctyEqual(x[k] ?? null, y[k] ?? null, t));
}
