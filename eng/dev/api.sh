# Sourced by ./dev: the one way ./dev starts the API. ./dev run serves it in the foreground (api_exec); the tests and
# ./dev sdk serve it in the background (start_api) and stop it afterwards (stop_api).
# shellcheck shell=bash

# api_exec NAME=VALUE... : replaces the shell with the built API (api/UnionHub.Api/bin/$CONFIGURATION), run from its
# project folder with the given settings added to the environment (ASPNETCORE_URLS, ConnectionStrings__UnionHub, ...)
api_exec() {
  cd "$API_PROJECT"
  exec env "$@" dotnet "bin/$CONFIGURATION/net10.0/UnionHub.Api.dll"
}

# start_api LOG URL NAME=VALUE... : api_exec in the background listening on URL, its output in LOG; waits until
# URL/health/ready answers 200 (60 s at most). Sets API_PID; returns 1, showing the log's tail, when the API exited or
# did not become ready.
API_PID=""
start_api() {
  local log="$1" url="$2"; shift 2
  (api_exec ASPNETCORE_URLS="$url" "$@") > "$log" 2>&1 &
  API_PID=$!
  local i
  printf '    waiting for the API '
  for i in $(seq 1 120); do
    if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url/health/ready"; then
      printf ' up\n'; return 0
    fi
    kill -0 "$API_PID" 2>/dev/null || break
    printf '.'; sleep 0.5
  done
  printf '\n'; tail -20 "$log" >&2 || true
  return 1
}

# stop_api PID : ends an API started by start_api and waits for it
stop_api() {
  [[ -n "${1:-}" ]] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
