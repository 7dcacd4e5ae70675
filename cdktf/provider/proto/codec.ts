// Protobuf wire-format codec driven by descriptor.json (compiled from the .proto files here).
// Small on purpose: it knows the handful of field kinds the plugin protocol uses, loads in well
// under a millisecond, and keeps protobufjs/proto-loader out of the provider's start-up path.
//
// JS shapes: messages are plain objects keyed by the proto field names; bytes are Uint8Array
// (Buffer when decoded); enums are their names; int64 fits a JS number here; maps are objects;
// absent fields are undefined (decode) or skipped (encode).

export type ScalarType = "string" | "bytes" | "bool" | "int64";
export interface FieldDescriptor {
  name: string;
  id: number;
  type: ScalarType | "enum" | "message" | "map";
  ref?: string;
  repeated?: boolean;
  /** Member of a oneof: written even when it holds the default value (explicit presence). */
  oneof?: boolean;
  mapValue?: { type: ScalarType | "message"; ref?: string };
}
export interface MethodDescriptor {
  path: string;
  request: string;
  response: string;
  requestStream: boolean;
  responseStream: boolean;
}
export interface Descriptor {
  messages: Record<string, FieldDescriptor[]>;
  enums: Record<string, Record<string, number>>;
  services: Record<string, Record<string, MethodDescriptor>>;
}

type Msg = Record<string, unknown>;

export class ProtoCodec {
  private readonly byId = new Map<string, Map<number, FieldDescriptor>>();
  private readonly enumNames = new Map<string, Map<number, string>>();

  constructor(readonly descriptor: Descriptor) {
    for (const [name, fields] of Object.entries(descriptor.messages)) this.byId.set(name, new Map(fields.map((f) => [f.id, f])));
    for (const [name, values] of Object.entries(descriptor.enums)) this.enumNames.set(name, new Map(Object.entries(values).map(([k, v]) => [v, k])));
  }

  encode(type: string, msg: Msg): Buffer {
    const w = new Writer();
    this.writeMessage(w, type, msg);
    return w.finish();
  }

  decode(type: string, buf: Uint8Array): Msg {
    return this.readMessage(new Reader(buf), type, buf.length);
  }

  private writeMessage(w: Writer, type: string, msg: Msg): void {
    const fields = this.descriptor.messages[type];
    if (!fields) throw new Error(`unknown message ${type}`);
    for (const f of fields) {
      const v = msg[f.name];
      if (v === undefined || v === null) continue;
      if (f.type === "map") {
        for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
          if (item === undefined) continue;
          const entry = new Writer();
          entry.tag(1, 2).string(k);
          this.writeValue(entry, 2, f.mapValue!.type, f.mapValue!.ref, item, true);
          w.tag(f.id, 2).bytes(entry.finish());
        }
      } else if (f.repeated) {
        for (const item of v as unknown[]) this.writeValue(w, f.id, f.type, f.ref, item, true);
      } else this.writeValue(w, f.id, f.type, f.ref, v, f.oneof === true);
    }
  }

  private writeValue(w: Writer, id: number, type: FieldDescriptor["type"], ref: string | undefined, v: unknown, always: boolean): void {
    switch (type) {
      case "string":
        if (always || v !== "") w.tag(id, 2).string(String(v));
        return;
      case "bytes": {
        const b = v as Uint8Array;
        if (always || b.length > 0) w.tag(id, 2).bytes(b);
        return;
      }
      case "bool":
        if (always || v) w.tag(id, 0).varint(v ? 1 : 0);
        return;
      case "int64":
        if (always || v !== 0) w.tag(id, 0).varint(Number(v));
        return;
      case "enum": {
        const n = typeof v === "number" ? v : this.descriptor.enums[ref!][v as string];
        if (n === undefined) throw new Error(`unknown value ${String(v)} of enum ${ref}`);
        if (always || n !== 0) w.tag(id, 0).varint(n);
        return;
      }
      case "message": {
        const inner = new Writer();
        this.writeMessage(inner, ref!, v as Msg);
        w.tag(id, 2).bytes(inner.finish());
        return;
      }
      default:
        throw new Error(`cannot write ${type}`);
    }
  }

  private readMessage(r: Reader, type: string, end: number): Msg {
    const fields = this.byId.get(type);
    if (!fields) throw new Error(`unknown message ${type}`);
    const out: Msg = {};
    while (r.pos < end) {
      const key = r.varint();
      const id = Math.floor(key / 8);
      const wire = key & 7;
      const f = fields.get(id);
      if (!f) {
        r.skip(wire);
        continue;
      }
      if (f.type === "map") {
        const len = r.varint();
        const stop = r.pos + len;
        let k = "";
        let val: unknown;
        while (r.pos < stop) {
          const ek = r.varint();
          if (ek >>> 3 === 1) k = r.string();
          else if (ek >>> 3 === 2) val = this.readValue(r, f.mapValue!.type, f.mapValue!.ref);
          else r.skip(ek & 7);
        }
        ((out[f.name] as Msg | undefined) ?? (out[f.name] = {}) as Msg)[k] = val;
        continue;
      }
      const val = this.readValue(r, f.type, f.ref);
      if (f.repeated) ((out[f.name] as unknown[] | undefined) ?? (out[f.name] = [] as unknown[]) as unknown[]).push(val);
      else out[f.name] = val;
    }
    return out;
  }

  private readValue(r: Reader, type: FieldDescriptor["type"], ref: string | undefined): unknown {
    switch (type) {
      case "string":
        return r.string();
      case "bytes":
        return r.bytes();
      case "bool":
        return r.varint() !== 0;
      case "int64":
        return r.varint();
      case "enum": {
        const n = r.varint();
        return this.enumNames.get(ref!)?.get(n) ?? n;
      }
      case "message": {
        const len = r.varint();
        return this.readMessage(r, ref!, r.pos + len);
      }
      default:
        throw new Error(`cannot read ${type}`);
    }
  }
}

class Writer {
  private chunks: Buffer[] = [];
  private scratch: number[] = [];

  tag(id: number, wire: number): this {
    return this.varint(id * 8 + wire);
  }

  varint(n: number): this {
    // Negative int64 values are ten bytes of two's complement; the protocol never sends them here,
    // but encode them correctly rather than loop forever.
    let v = n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n);
    if (n >= 0 && n < 2 ** 31) {
      let x = n;
      while (x > 127) {
        this.scratch.push((x & 127) | 128);
        x >>>= 7;
      }
      this.scratch.push(x);
      return this;
    }
    while (v > 127n) {
      this.scratch.push(Number(v & 127n) | 128);
      v >>= 7n;
    }
    this.scratch.push(Number(v));
    return this;
  }

  string(s: string): this {
    return this.bytes(Buffer.from(s, "utf8"));
  }

  bytes(b: Uint8Array): this {
    this.varint(b.length);
    this.flush();
    this.chunks.push(Buffer.from(b.buffer, b.byteOffset, b.length));
    return this;
  }

  private flush(): void {
    if (this.scratch.length) {
      this.chunks.push(Buffer.from(this.scratch));
      this.scratch = [];
    }
  }

  finish(): Buffer {
    this.flush();
    return Buffer.concat(this.chunks);
  }
}

class Reader {
  pos = 0;
  private readonly buf: Buffer;
  constructor(b: Uint8Array) {
    this.buf = Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.length);
  }

  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error("truncated varint");
      const byte = this.buf[this.pos++];
      // Multiplication instead of << keeps values above 2^31 exact (up to 2^53).
      result += (byte & 127) * 2 ** shift;
      if (byte < 128) break;
      shift += 7;
      if (shift > 63) throw new Error("varint too long");
    }
    // Ten-byte varints are negative int64 values; map them back.
    return result >= 2 ** 63 ? result - 2 ** 64 : result;
  }

  bytes(): Buffer {
    const len = this.varint();
    if (this.pos + len > this.buf.length) throw new Error("truncated field");
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  string(): string {
    return this.bytes().toString("utf8");
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.pos += this.varint();
    else if (wire === 5) this.pos += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
}
