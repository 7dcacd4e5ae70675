// The seed scenario's configuration in one place for the REST path and the checks. The Terraform
// path applies cdktf/examples/hcl/route/main.tf (the seed page's HCL) with demo/terraform/ on top,
// which declares the same names and values; the demo checks that what the API holds afterwards
// matches `seedPluginConfig` whichever path was taken.

export const SEED = {
  /** Default of `var.control_plane_name` in the example HCL. */
  controlPlaneName: "token-exchange-demo",
  controlPlaneDescription: "Control plane for the token-exchange example",
  serviceName: "example-service",
  routeName: "example-route",
  /** The route's path; the plugin is scoped to this route (the page's route variant). */
  routePath: "/api",
} as const;

export interface SeedValues {
  /** Authorization server B: exchanges tokens; the upstream trusts only its tokens. */
  issuer: string;
  /** Authorization server A: issued the client's token. */
  subjectTokenIssuer: string;
  clientId: string;
  clientSecret: string;
}

/** The page's `config` block (its blanks written as null), with B as issuer and A as subject-token issuer. */
export function seedPluginConfig(v: SeedValues) {
  return {
    issuer: v.issuer,
    client_id: [v.clientId],
    client_secret: [v.clientSecret],
    client_auth: ["client_secret_post"],
    auth_methods: ["bearer"],
    token_exchange: {
      subject_token_issuers: [
        {
          issuer: v.subjectTokenIssuer,
          conditions: { missing_audience: null, has_audience: null, missing_scopes: null, has_scopes: null },
        },
      ],
      request: { empty_audience: false, scopes: null, empty_scopes: false, audience: null },
    },
  };
}
