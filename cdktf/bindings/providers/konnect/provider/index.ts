// https://registry.terraform.io/providers/kong/konnect/0.1.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectProviderConfig {
  /**
  * Base URL of the Konnect API (env KONNECT_SERVER_URL; default https://global.api.konghq.com).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect/0.1.0/docs#server_url KonnectProvider#server_url}
  */
  readonly serverUrl?: string;
  /**
  * Personal access token, kpat_… (env KONNECT_TOKEN).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect/0.1.0/docs#personal_access_token KonnectProvider#personal_access_token}
  */
  readonly personalAccessToken?: string;
  /**
  * System account token, spat_… (env KONNECT_SPAT).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect/0.1.0/docs#system_account_access_token KonnectProvider#system_account_access_token}
  */
  readonly systemAccountAccessToken?: string;
  /**
  * Konnect access token (used when no PAT or system account token is set).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect/0.1.0/docs#konnect_access_token KonnectProvider#konnect_access_token}
  */
  readonly konnectAccessToken?: string;
  /**
  * Service access token (used last).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect/0.1.0/docs#service_access_token KonnectProvider#service_access_token}
  */
  readonly serviceAccessToken?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect/0.1.0/docs#alias KonnectProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect/0.1.0/docs konnect}
*/
export class KonnectProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectProvider to import
  * @param importFromId The id of the existing KonnectProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect/0.1.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect/0.1.0/docs konnect} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: KonnectProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'konnect',
      terraformGeneratorMetadata: {
        providerName: 'konnect',
        providerVersion: '0.1.0'
      },
      terraformProviderSource: 'registry.terraform.io/kong/konnect'
    });
    this._serverUrl = config.serverUrl;
    this._personalAccessToken = config.personalAccessToken;
    this._systemAccountAccessToken = config.systemAccountAccessToken;
    this._konnectAccessToken = config.konnectAccessToken;
    this._serviceAccessToken = config.serviceAccessToken;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // server_url - computed: false, optional: true, required: false
  private _serverUrl?: string; 
  public get serverUrl() {
    return this._serverUrl;
  }
  public set serverUrl(value: string | undefined) {
    this._serverUrl = value;
  }
  public resetServerUrl() {
    this._serverUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverUrlInput() {
    return this._serverUrl;
  }

  // personal_access_token - computed: false, optional: true, required: false
  private _personalAccessToken?: string; 
  public get personalAccessToken() {
    return this._personalAccessToken;
  }
  public set personalAccessToken(value: string | undefined) {
    this._personalAccessToken = value;
  }
  public resetPersonalAccessToken() {
    this._personalAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get personalAccessTokenInput() {
    return this._personalAccessToken;
  }

  // system_account_access_token - computed: false, optional: true, required: false
  private _systemAccountAccessToken?: string; 
  public get systemAccountAccessToken() {
    return this._systemAccountAccessToken;
  }
  public set systemAccountAccessToken(value: string | undefined) {
    this._systemAccountAccessToken = value;
  }
  public resetSystemAccountAccessToken() {
    this._systemAccountAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemAccountAccessTokenInput() {
    return this._systemAccountAccessToken;
  }

  // konnect_access_token - computed: false, optional: true, required: false
  private _konnectAccessToken?: string; 
  public get konnectAccessToken() {
    return this._konnectAccessToken;
  }
  public set konnectAccessToken(value: string | undefined) {
    this._konnectAccessToken = value;
  }
  public resetKonnectAccessToken() {
    this._konnectAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get konnectAccessTokenInput() {
    return this._konnectAccessToken;
  }

  // service_access_token - computed: false, optional: true, required: false
  private _serviceAccessToken?: string; 
  public get serviceAccessToken() {
    return this._serviceAccessToken;
  }
  public set serviceAccessToken(value: string | undefined) {
    this._serviceAccessToken = value;
  }
  public resetServiceAccessToken() {
    this._serviceAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccessTokenInput() {
    return this._serviceAccessToken;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      server_url: cdktf.stringToTerraform(this._serverUrl),
      personal_access_token: cdktf.stringToTerraform(this._personalAccessToken),
      system_account_access_token: cdktf.stringToTerraform(this._systemAccountAccessToken),
      konnect_access_token: cdktf.stringToTerraform(this._konnectAccessToken),
      service_access_token: cdktf.stringToTerraform(this._serviceAccessToken),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      server_url: {
        value: cdktf.stringToHclTerraform(this._serverUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      personal_access_token: {
        value: cdktf.stringToHclTerraform(this._personalAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      system_account_access_token: {
        value: cdktf.stringToHclTerraform(this._systemAccountAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      konnect_access_token: {
        value: cdktf.stringToHclTerraform(this._konnectAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_access_token: {
        value: cdktf.stringToHclTerraform(this._serviceAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
