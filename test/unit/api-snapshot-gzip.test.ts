// gzipText (api/store/snapshots.ts): the snapshot is encoded piece by piece for zlib; whatever the
// piece size, the compressed bytes must decode to exactly the UTF-8 of the whole text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { gzipText } from "../../api/store/snapshots.ts";

describe("gzipText", () => {
  it("decodes to the text's UTF-8 for any piece size, surrogate pairs at every boundary included", async () => {
    const text = `{"a":"😀x😀😀é中"}${"😀".repeat(5)}z`;
    for (let piece = 1; piece <= text.length + 1; piece++) {
      const out = gunzipSync(await gzipText(text, 6, piece));
      assert.ok(out.equals(Buffer.from(text, "utf8")), `piece size ${piece}`);
    }
  });
  it("property: arbitrary Unicode strings and piece sizes round-trip", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 1, max: 17 }), async (text, piece) => {
        assert.ok(gunzipSync(await gzipText(text, 1, piece)).equals(Buffer.from(text, "utf8")));
      }),
      { numRuns: 200 },
    );
  });
  it("the empty text is a valid empty gzip stream", async () => {
    assert.equal(gunzipSync(await gzipText("")).length, 0);
  });
});
