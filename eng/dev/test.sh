# Sourced by ./dev: ./dev test (a throw-away MariaDB, the .NET suites, the clients' suites against a served API).
# shellcheck shell=bash

TEST_DIR=""
cleanup_test_db() {
  if [[ -n "$TEST_DIR" && -d "$TEST_DIR" ]]; then
    db_stop "$TEST_DIR"
    rm -rf "$TEST_DIR"
  fi
}

PASSED=0; FAILED=0; SKIPPED=0; FAILED_SUITES=()
# count_trx FILE... : adds the outcome counters of VSTest result files
count_trx() {
  local f c
  for f in "$@"; do
    [[ -f "$f" ]] || continue
    c="$(grep -o '<Counters [^>]*>' "$f" | head -1)"
    PASSED=$((PASSED + $(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c")))
    FAILED=$((FAILED + $(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c")))
    SKIPPED=$((SKIPPED + $(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$c")))
  done
}

run_dotnet_suite() { # run_dotnet_suite NAME PROJECT
  local name="$1" project="$2" results="$TEST_DIR/results/$1"
  step "Test suite: $name"
  mkdir -p "$results"
  local filter=(); [[ -n "${UNIONHUB_TEST_FILTER:-}" ]] && filter=(--filter "$UNIONHUB_TEST_FILTER")
  if ! dotnet test "$project" -c "$CONFIGURATION" --no-build "${filter[@]}" --logger "trx;LogFileName=$name.trx" \
      --logger "console;verbosity=normal" --results-directory "$results" 2>&1 | grep -v -E '^\s*$|^Test run for|^A total of|^VSTest version|Results File:'; then
    FAILED_SUITES+=("$name")
  fi
  local before=$FAILED
  count_trx "$results"/*.trx
  if ! compgen -G "$results/*.trx" >/dev/null; then FAILED_SUITES+=("$name (no results: build or host failure)"); fi
  ((FAILED > before)) && FAILED_SUITES+=("$name") || true
}

# test_db : a throw-away MariaDB in TEST_DIR on a free port (removed on exit); sets TEST_DB_PORT
TEST_DB_PORT=""
test_db() {
  TEST_DIR="$(mktemp -d "${TMPDIR:-/tmp}/unionhub-test.XXXXXX")"
  trap 'stop_test_api; cleanup_test_db' EXIT
  TEST_DB_PORT="$(free_port)"
  step "Throw-away MariaDB for tests (port $TEST_DB_PORT, removed afterwards)"
  # test data is disposable: trade durability for speed
  db_start "$TEST_DIR" "$TEST_DB_PORT" --innodb-flush-log-at-trx-commit=0 --skip-log-bin --innodb-doublewrite=0 --innodb-buffer-pool-size=256M
}

# external_test_db : ./dev test with ConnectionStrings__UnionHub set runs every suite against that server (e.g. the
# balancer of `./dev cluster`) and starts no MariaDB. The suites drop and re-create their databases, so the database it
# names must be called unionhub_test* (a guard against pointing the tests at real data); its user needs every privilege
# on unionhub\_test\_% (the backup test restores into unionhub_test_restore_*; the client suites use <database>_e2e).
EXTERNAL_TEST_DB=0
external_test_db() {
  db_target # TARGET_DB and DB_ARGS from the connection string (the password goes through MYSQL_PWD)
  [[ "$TARGET_DB" == unionhub_test* ]] \
    || die "./dev test drops and re-creates its databases: ConnectionStrings__UnionHub must name one called unionhub_test* (it names '$TARGET_DB')"
  EXTERNAL_TEST_DB=1
  TEST_DIR="$(mktemp -d "${TMPDIR:-/tmp}/unionhub-test.XXXXXX")"
  trap 'stop_test_api; cleanup_test_db' EXIT
  step "Tests against the server in ConnectionStrings__UnionHub (database $TARGET_DB, fresh; no MariaDB started)"
  external_fresh_db "$TARGET_DB"
  export UNIONHUB_TEST_DB; UNIONHUB_TEST_DB="$(external_connection_string "$TARGET_DB")"
}

external_fresh_db() { # external_fresh_db NAME : drops and re-creates it on the external server
  "$(sql_tool)" "${DB_ARGS[@]}" -e "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" \
    || die "could not re-create database $1 through ConnectionStrings__UnionHub (its user needs every privilege on unionhub\\_test\\_%)"
}

external_connection_string() { # external_connection_string NAME : ConnectionStrings__UnionHub with Database=NAME
  local pair out="" IFS=';'
  for pair in $ConnectionStrings__UnionHub; do
    [[ -z "$pair" ]] && continue
    case "$(tr '[:upper:]' '[:lower:]' <<<"${pair%%=*}" | tr -d ' ')" in
      database|initialcatalog) ;;
      *) out+="$pair;" ;;
    esac
  done
  echo "${out}Database=$1"
}

# start_test_api DATABASE : serves the built API (and clients) in Development on a free port against the test MariaDB;
# sets TEST_API_URL. Its log is $TEST_DIR/api.log.
TEST_API_PID=""; TEST_API_URL=""
start_test_api() {
  local db="$1" port rc=0 cs; port="$(free_port)"
  if ((EXTERNAL_TEST_DB)); then
    db="${TARGET_DB}_e2e"; external_fresh_db "$db"; cs="$(external_connection_string "$db")"
  else
    db_prepare "$TEST_DIR" "$db"; cs="$(connection_string "$TEST_DB_PORT" "$db")"
  fi
  TEST_API_URL="http://127.0.0.1:$port"
  step "Starting the API for client tests on $TEST_API_URL (database $db)"
  # the browser suites log staff in dozens of times a minute, and members in by SMS code dozens of times an hour, all from
  # one address; the limits themselves are proven by the integration tests (Security/RateLimitTests, the SMS login tests),
  # so here they only must not throttle the flows
  start_api "$TEST_DIR/api.log" "$TEST_API_URL" ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__UnionHub="$cs" UnionHub__LocalDir="$TEST_DIR/local" \
    RateLimits__StaffLoginPerMinute=200 Sms__PerAddressPerHour=1000 Sms__LoginPerAddressPerHour=1000 \
    Logging__LogLevel__Default=Warning || rc=$?
  TEST_API_PID="$API_PID"
  return "$rc"
}

stop_test_api() {
  stop_api "$TEST_API_PID"
  TEST_API_PID=""
}

# run_clients_suites : SDK drift check, vitest (SDK + apps) and the browser tests against the API serving the clients
run_clients_suites() {
  [[ -f "$ROOT/clients/package.json" ]] || return 0
  local results="$TEST_DIR/results/clients"; mkdir -p "$results"

  step "Test suite: vitest (clients/)"
  (cd "$ROOT/clients" && node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json") \
    2>&1 | grep -v -E '^\s*$' || FAILED_SUITES+=("vitest")
  if [[ -f "$results/vitest.json" ]]; then
    local counts; counts="$(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests,r.numFailedTests,r.numPendingTests+r.numTodoTests)' "$results/vitest.json")"
    read -r p f k <<<"$counts"; PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); SKIPPED=$((SKIPPED + k))
  else
    FAILED_SUITES+=("vitest (no results)")
  fi

  step "Test suite: typecheck (tsc on clients/sdk and clients/shared, vue-tsc on the apps)"
  if (cd "$ROOT/clients" && node_modules/.bin/tsc -p sdk/tsconfig.json --noEmit && node_modules/.bin/tsc -p shared/tsconfig.json --noEmit && node_modules/.bin/vue-tsc --noEmit -p member-h5/tsconfig.json \
      && node_modules/.bin/vue-tsc --noEmit -p merchant/tsconfig.json && node_modules/.bin/vue-tsc --noEmit -p console/tsconfig.json); then
    info "no type errors"; PASSED=$((PASSED + 1))
  else
    FAILED=$((FAILED + 1)); FAILED_SUITES+=("typecheck")
  fi

  if ! start_test_api unionhub_e2e; then
    FAILED_SUITES+=("e2e (the API did not start; log above)"); stop_test_api; return 0
  fi

  step "Test suite: SDK types drift check"
  if sdk_types "$TEST_API_URL" --check; then PASSED=$((PASSED + 1)); else FAILED=$((FAILED + 1)); FAILED_SUITES+=("sdk-drift (run ./dev sdk to regenerate)"); fi

  step "Test suite: e2e (playwright-core + $CHROMIUM, tests/e2e)"
  # The names are relative to tests/e2e (the glob is expanded there, not in the caller's directory).
  local files=()
  local f; for f in "$ROOT"/tests/e2e/*.test.mjs; do files+=("$(basename "$f")"); done
  if [[ -n "${UNIONHUB_E2E_FILES:-}" ]]; then
    read -r -a files <<<"$UNIONHUB_E2E_FILES"; info "UNIONHUB_E2E_FILES is set: only ${files[*]}"
  else
    rm -rf "$ROOT/tests/e2e/screenshots"
  fi
  (cd "$ROOT/tests/e2e" && UNIONHUB_URL="$TEST_API_URL" UNIONHUB_CHROMIUM="$CHROMIUM" node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$results/e2e.tap" \
    "${files[@]}") || FAILED_SUITES+=("e2e")
  if [[ -f "$results/e2e.tap" ]]; then
    local tp tf ts
    tp="$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$results/e2e.tap" | tail -1)"; tf="$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$results/e2e.tap" | tail -1)"
    ts="$(sed -n 's/^# skipped \([0-9]*\)$/\1/p' "$results/e2e.tap" | tail -1)"
    PASSED=$((PASSED + ${tp:-0})); FAILED=$((FAILED + ${tf:-0})); SKIPPED=$((SKIPPED + ${ts:-0}))
    info "screenshots: tests/e2e/screenshots/"
  else
    FAILED_SUITES+=("e2e (no results)")
  fi
  stop_test_api
}

cmd_test() {
  ensure_tools
  [[ -f "$ROOT/clients/package.json" ]] && ensure_browser
  restore; build
  if [[ -n "${ConnectionStrings__UnionHub:-}" ]]; then
    external_test_db
  else
    test_db
    db_prepare "$TEST_DIR" "unionhub_test"
    # the backup test restores into fresh databases named unionhub_test_restore_*
    mariadb --socket="$TEST_DIR/mysqld.sock" -u"$(id -un)" -e \
      "GRANT ALL PRIVILEGES ON \`unionhub\_test\_restore\_%\`.* TO '$DB_USER'@'127.0.0.1'"
    export UNIONHUB_TEST_DB; UNIONHUB_TEST_DB="$(connection_string "$TEST_DB_PORT" unionhub_test)"
  fi

  trap - ERR
  set +e
  if [[ -z "${UNIONHUB_E2E_FILES:-}" ]]; then
    run_dotnet_suite unit "$ROOT/tests/UnionHub.UnitTests/UnionHub.UnitTests.csproj"
    run_dotnet_suite integration "$ROOT/tests/UnionHub.IntegrationTests/UnionHub.IntegrationTests.csproj"
  fi
  if [[ -n "${UNIONHUB_TEST_FILTER:-}" ]]; then
    info "UNIONHUB_TEST_FILTER is set: the clients' suites (vitest, typecheck, SDK drift, browser) are skipped"
  else
    run_clients_suites
  fi
  set -e

  echo
  if ((${#FAILED_SUITES[@]})); then
    printf '%sFailed suites: %s%s\n' "$R" "$(printf '%s ' "${FAILED_SUITES[@]}" | tr ' ' '\n' | sort -u | tr '\n' ' ')" "$N"
    ((FAILED == 0)) && FAILED=1
  fi
  echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
  ((FAILED == 0))
}

