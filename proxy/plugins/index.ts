// The plugin registry: plugin name → behaviour. A plugin's schema lives in
// api/contract/plugins/<name>.ts; its behaviour in proxy/plugins/<name>/.
import { openidConnect } from "./openid-connect/index.ts";
import type { PluginModule } from "./types.ts";

export const PLUGIN_MODULES: ReadonlyMap<string, PluginModule> = new Map<string, PluginModule>([[openidConnect.name, openidConnect as PluginModule]]);
