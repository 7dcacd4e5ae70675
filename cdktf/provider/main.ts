#!/usr/bin/env node
// Entry point of terraform-provider-konnect (bundled by cdktf/scripts/build-provider.ts).
import { serve } from "./server.ts";

serve().catch((err: Error) => {
  process.stderr.write(`terraform-provider-konnect failed to start: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
