// The endpoint suite (test/support/api-endpoint-suite.ts) on PostgreSQL: TEST_DATABASE_URL or a
// throwaway cluster; skipped with the reason when neither is available.
import { endpointSuite } from "../support/api-endpoint-suite.ts";

await endpointSuite("postgresql");
