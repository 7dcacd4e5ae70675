// Sends hand-written HTTP/1.1 requests over a TCP socket: the only way to send what ordinary
// clients refuse to (hop-by-hop headers, malformed request lines, oversized heads).
import { connect } from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string[]>;
  body: string;
  raw: string;
}

/** Writes `head` (CRLF line endings added if missing) plus `body`, reads until the server closes. */
export function rawRequest(port: number, head: string, body = ""): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", reject);
    socket.on("close", () => {
      const raw = Buffer.concat(chunks).toString("latin1");
      const end = raw.indexOf("\r\n\r\n");
      const lines = raw.slice(0, end === -1 ? raw.length : end).split("\r\n");
      const status = Number(lines[0]?.split(" ")[1]);
      const headers: Record<string, string[]> = {};
      for (const l of lines.slice(1)) {
        const i = l.indexOf(":");
        if (i <= 0) continue;
        const k = l.slice(0, i).trim().toLowerCase();
        (headers[k] ??= []).push(l.slice(i + 1).trim());
      }
      resolve({ status, headers, body: end === -1 ? "" : raw.slice(end + 4), raw });
    });
    const text = head.includes("\r\n") ? head : head.split("\n").join("\r\n");
    socket.write(text.endsWith("\r\n\r\n") ? text : `${text.replace(/(\r\n)*$/, "")}\r\n\r\n`);
    if (body) socket.write(body);
  });
}
