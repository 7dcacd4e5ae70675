// oidc-provider ships no type declarations (and @types/oidc-provider is not installed):
// the test identity providers use it untyped.
declare module "oidc-provider";
