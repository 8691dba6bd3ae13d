# Sourced by ./dev: ./dev run.
# shellcheck shell=bash

cmd_run() {
  ensure_tools; restore; build
  local_db
  local environment="${ASPNETCORE_ENVIRONMENT:-Development}" urls="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
  step "Serving the API on $urls ($environment); migrations apply at start-up"
  info "Swagger UI: ${urls%%;*}/swagger   health: ${urls%%;*}/health/ready   Ctrl-C stops"
  trap - ERR
  api_exec ASPNETCORE_ENVIRONMENT="$environment" ASPNETCORE_URLS="$urls" UnionHub__LocalDir="$LOCAL"
}
