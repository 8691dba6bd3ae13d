# Sourced by ./dev: NuGet and npm restore, the .NET build and the clients' vite builds.
# shellcheck shell=bash

restore() {
  step "Restoring NuGet packages"
  dotnet restore "$ROOT/UnionHub.slnx" --verbosity quiet
  local dir
  # clients/ is one npm workspace (sdk, member-h5, merchant, console: one package-lock.json); tests/e2e has its own
  for dir in "$ROOT/clients" "$ROOT/tests/e2e"; do
    [[ -f "$dir/package.json" ]] || continue
    if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
      step "Installing npm packages in ${dir#"$ROOT"/} (npm ci)"
      # npm ci refuses a lock that lacks other platforms' optional packages (rollup's native builds), which this
      # npm setup never records; npm install then installs the same locked versions
      (cd "$dir" && { npm ci --no-audit --no-fund --loglevel=silent 2>/dev/null \
        || { info "npm ci refused the lock file; installing the locked versions with npm install"; \
             npm install --no-audit --no-fund --loglevel=error; }; })
    fi
  done
}

# build_clients : vite build of the member H5 app, the merchant page and the staff console, skipped when dist/ is newer than every source
build_clients() {
  [[ -f "$ROOT/clients/package.json" ]] || return 0
  local app stale=()
  for app in member-h5 merchant console; do
    local dist="$ROOT/clients/$app/dist/index.html"
    if [[ ! -f "$dist" ]] || [[ -n "$(find "$ROOT/clients/$app" "$ROOT/clients/sdk/src" "$ROOT/clients/shared/src" "$ROOT/clients/package-lock.json" \
        -path '*/node_modules' -prune -o -path '*/dist' -prune -o -type f -newer "$dist" -print -quit)" ]]; then
      stale+=("$app")
    fi
  done
  if ((${#stale[@]} == 0)); then info "clients are up to date (clients/*/dist)"; return 0; fi
  for app in "${stale[@]}"; do
    step "Building clients/$app (vite build)"
    (cd "$ROOT/clients/$app" && ../node_modules/.bin/vite build --logLevel warn) || die "vite build of clients/$app failed"
  done
}

# build_dotnet : the solution (API, tests, bench) in $CONFIGURATION
build_dotnet() {
  step "Building ($CONFIGURATION)"
  dotnet build "$ROOT/UnionHub.slnx" -c "$CONFIGURATION" --no-restore --verbosity quiet -clp:NoSummary
}

build() {
  build_dotnet
  build_clients
}
