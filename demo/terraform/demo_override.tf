# Terraform merges this into konnect_gateway_service.my_service of the example's main.tf: only the
# upstream address changes; everything else is the example as written.
resource "konnect_gateway_service" "my_service" {
  host = var.upstream_host
  port = var.upstream_port
}
