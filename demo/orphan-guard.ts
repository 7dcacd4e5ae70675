// Preloaded (`node --import`) into every server the demo starts. The demo holds the write end of
// our stdin pipe; when it closes — the demo exited, however it exited, even killed with SIGKILL —
// we send ourselves SIGTERM so the server's own graceful shutdown runs. Without this, a demo that
// dies abruptly would leave the API, the proxy and the IdPs listening.
if (process.env.DEMO_ORPHAN_GUARD === "1" && !process.stdin.isTTY) {
  const parentGone = () => process.kill(process.pid, "SIGTERM");
  process.stdin.on("end", parentGone);
  process.stdin.on("error", parentGone);
  process.stdin.resume();
}
export {};
