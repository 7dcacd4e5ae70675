// The endpoint suite (test/support/api-endpoint-suite.ts) on the embedded SQLite store.
import { endpointSuite } from "../support/api-endpoint-suite.ts";

await endpointSuite("sqlite");
