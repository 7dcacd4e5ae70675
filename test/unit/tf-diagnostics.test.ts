// API failures as Terraform diagnostics: field errors of the request body land on their attribute;
// problems with the URL's own parameters (a service still referenced by routes, on delete) keep the
// API's explanation instead of claiming an attribute the user wrote is invalid.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiError } from "../../api/client.ts";
import { fromApiError } from "../../cdktf/provider/diagnostics.ts";
import { RESOURCES } from "../../cdktf/provider/registry.ts";

const what = 'konnect_gateway_service "users" in control plane cp-1';

describe("tf-diagnostics", () => {
  it("a body field error is reported on its attribute", () => {
    const e = new ApiError("API_BAD_REQUEST", "POST /v2/control-planes/cp-1/core-entities/services failed with 400: port: too big", 400, {}, [{ field: "port", reason: "too big", source: "body" }]);
    const [d] = fromApiError(e, what, "http://x", (f) => [{ attribute_name: f }]);
    assert.equal(d.summary, "Invalid value for port");
    assert.deepEqual(d.attribute, { steps: [{ attribute_name: "port" }] });
    assert.equal(d.code, "ERR_API_BAD_REQUEST");
  });

  it("a path parameter problem keeps the API's own explanation and names no attribute", () => {
    const body = {
      status: 400,
      message: "routes still reference this service (e.g. route r-1); delete or re-point them first",
      invalid_parameters: [{ field: "id", rule: "invalid", reason: "referenced by route r-1", source: "path" }],
    };
    const e = new ApiError("API_BAD_REQUEST", "DELETE /v2/control-planes/cp-1/core-entities/services/s-1 failed with 400: id: referenced by route r-1", 400, body, body.invalid_parameters);
    const diags = fromApiError(e, what, "http://x", (f) => [{ attribute_name: f }]);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].summary, "Konnect API rejected the request");
    assert.equal(diags[0].attribute, undefined);
    assert.match(diags[0].detail, /delete or re-point them first/);
    assert.match(diags[0].detail, /referenced by route r-1/);
  });

  it("objects are named by what is known: an unnamed object on create is just its type, never \"\" or an unknown's internals", () => {
    for (const [type, r] of Object.entries(RESOURCES)) {
      assert.equal(r.metadata.describe({ id: null }), type);
    }
    assert.equal(RESOURCES.konnect_gateway_route.metadata.describe({ name: null, id: "r-1" }), 'konnect_gateway_route "r-1"');
    assert.equal(RESOURCES.konnect_gateway_service.metadata.describe({ name: null, host: "up.internal", id: null }), 'konnect_gateway_service "up.internal"');
    assert.equal(RESOURCES.konnect_gateway_plugin_openid_connect.metadata.describe({ instance_name: "edge", id: "p-1" }), 'konnect_gateway_plugin_openid_connect "edge"');
  });
});
