# Seed scenario (Konnect docs, "Token exchange for cross-domain security"), Terraform variant: global plugin (no service or route).
# The provider and plugin blocks are the page's, unchanged, except server_url, which points at this
# service. Blanks in the page (`has_audience =`) are placeholders, written here as null.
#
#   export KONNECT_TOKEN=kpat_…                      # read by personal_access_token = "$KONNECT_TOKEN"
#   export TF_VAR_server_url=http://127.0.0.1:8080   # this service's API
#   export TF_VAR_issuer=… TF_VAR_client_id=… TF_VAR_client_secret=… TF_VAR_subject_token_issuer=…
#   terraform init && terraform apply

terraform {
  required_providers {
    konnect = {
      source = "kong/konnect"
    }
  }
}

provider "konnect" {
  personal_access_token = "$KONNECT_TOKEN"
  server_url            = var.server_url
}

variable "server_url" {
  type        = string
  description = "Base URL of this service's Konnect-compatible API."
}

variable "control_plane_name" {
  type    = string
  default = "token-exchange-demo"
}

variable "issuer" {
  type        = string
  description = "Authorization server B: the issuer the upstream trusts and the plugin exchanges tokens at."
}

variable "client_id" {
  type = string
}

variable "client_secret" {
  type      = string
  sensitive = true
}

variable "subject_token_issuer" {
  type        = string
  description = "Authorization server A: tokens it issued are exchanged."
}

resource "konnect_gateway_control_plane" "my_konnect_cp" {
  name        = var.control_plane_name
  description = "Control plane for the token-exchange example"
}

resource "konnect_gateway_plugin_openid_connect" "my_openid_connect" {
  enabled = true
  config = {
    issuer = var.issuer
    client_id = [var.client_id]
    client_secret = [var.client_secret]
    client_auth = ["client_secret_post"]
    auth_methods = ["bearer"]
    token_exchange = {
      subject_token_issuers = [
        {
          issuer = var.subject_token_issuer
          conditions = {
            missing_audience = null
            has_audience = null
            missing_scopes = null
            has_scopes = null
          }
        } ]
      request = {
        empty_audience = false
        scopes = null
        empty_scopes = false
        audience = null
      }
    }
  }
  tags = []
  control_plane_id = konnect_gateway_control_plane.my_konnect_cp.id
}
