// The one contract: everything that crosses a process boundary is described here.
export * from "./common.ts";
export * from "./control-plane.ts";
export * from "./service.ts";
export * from "./route.ts";
export * from "./consumer.ts";
export * from "./plugin.ts";
export * from "./data-plane.ts";
export * as openidConnect from "./plugins/openid-connect.ts";
