// Request ids as Kong makes them: 32 lower-case hex chars (128 random bits). Random bytes are
// drawn in blocks so the hot path does not enter the CSPRNG for every request.
import { randomFillSync } from "node:crypto";

const BLOCK = 16 * 512;
const pool = Buffer.allocUnsafe(BLOCK);
let offset = BLOCK;

export function nextRequestId(): string {
  if (offset === BLOCK) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = pool.toString("hex", offset, offset + 16);
  offset += 16;
  return id;
}
