# Sourced by ./dev: ./dev run.
# shellcheck shell=bash

cmd_run() {
  local empty=0
  case "${1:-}" in --empty) empty=1 ;; "") ;; *) die "unknown option for run: $1 (run [--empty])" ;; esac
  ensure_tools; restore; build
  local_db
  local environment="${ASPNETCORE_ENVIRONMENT:-Development}" urls="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
  # Development only: the API seeds a demo federation into an empty database and prints its logins (--empty: none)
  local demo; if ((empty)); then demo=false; else demo="${Seed__Demo:-true}"; fi
  step "Serving the API on $urls ($environment); migrations apply at start-up"
  info "Swagger UI: ${urls%%;*}/swagger   health: ${urls%%;*}/health/ready   Ctrl-C stops"
  trap - ERR
  api_exec ASPNETCORE_ENVIRONMENT="$environment" ASPNETCORE_URLS="$urls" UnionHub__LocalDir="$LOCAL" Seed__Demo="$demo"
}
