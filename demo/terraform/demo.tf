# Demo-only additions to the seed scenario's route variant (cdktf/examples/hcl/route/main.tf, which
# the demo copies next to this file unchanged). The example's service points at a placeholder
# host; the demo's upstream is a local echo service, so its address comes in as variables and
# demo_override.tf (a Terraform override file) puts them on the service. The outputs let the demo
# find what was created without parsing state.

variable "upstream_host" {
  type        = string
  description = "Host of the demo's upstream echo service."
}

variable "upstream_port" {
  type        = number
  description = "Port of the demo's upstream echo service."
}

output "control_plane_id" {
  value = konnect_gateway_control_plane.my_konnect_cp.id
}

output "service_id" {
  value = konnect_gateway_service.my_service.id
}

output "route_id" {
  value = konnect_gateway_route.my_route.id
}

output "plugin_id" {
  value = konnect_gateway_plugin_openid_connect.my_openid_connect.id
}
