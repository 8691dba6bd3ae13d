#!/usr/bin/env bash
# ./dev bench: claims at real-client speed against the naive ceiling and the trivial endpoint, in one run; writes
# bench/RESULTS.md from that run's numbers only. Self-contained: its own durable MariaDB in .local/bench/mariadb (fresh
# each run), the API in Release with the notification worker on, bench/UnionHub.Bench (member tokens, claim traffic as
# the SDK sends it, the naive ceiling, the SQL promise checks, the report) and wrk. Raw outputs: .local/bench/run/.
#
# Tuning (environment): BENCH_CONNECTIONS (128), BENCH_SECONDS (20: each claim phase), BENCH_MEMBERS (20000),
# BENCH_TAPS (4: claims a member sends at once in the double-tap phase, 0-2x BENCH_TAP_GAP_MS=10 ms apart), BENCH_RETRY_SHARE (0.02: final answers taken
# as lost and replayed with the same key), BENCH_DROP_STOCK (5000), BENCH_NAIVE_CLIENTS (8,16,32,64,128),
# BENCH_NAIVE_SECONDS (4), BENCH_CLAIM_RATE_LIMIT (0 = RateLimits:ClaimsPerMemberPerMinute off), BENCH_NOTIFICATIONS
# (on: the delivery worker runs; off only to see what it costs), BENCH_CLUSTER_DIR (.local/cluster/bench: the last `./dev cluster bench`,
# put next to this run in bench/RESULTS.md), BENCH_TRACE (0; 1: GC, thread-pool and InnoDB checkpoint figures once a
# second during each claim phase into trace-<phase>.txt, beside timeline-<phase>.tsv: answers per 100 ms, always written).
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/.local/bench"
RUN="$BENCH_DIR/run"
DB_DIR="$BENCH_DIR/mariadb"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

CONNECTIONS="${BENCH_CONNECTIONS:-128}"
CLAIM_SECONDS="${BENCH_SECONDS:-20}"
MEMBERS="${BENCH_MEMBERS:-20000}"
TAPS="${BENCH_TAPS:-4}"
TAP_GAP_MS="${BENCH_TAP_GAP_MS:-10}"
RETRY_SHARE="${BENCH_RETRY_SHARE:-0.02}"
DROP_STOCK="${BENCH_DROP_STOCK:-5000}"
DROP_LIMIT=1
DROP_MAX_SECONDS=60
DROP_AFTER_SECONDS=15
NAIVE_CLIENTS="${BENCH_NAIVE_CLIENTS:-8,16,32,64,128}"
NAIVE_SECONDS="${BENCH_NAIVE_SECONDS:-4}"
CLAIM_RATE_LIMIT="${BENCH_CLAIM_RATE_LIMIT:-0}"
NOTIFICATIONS="${BENCH_NOTIFICATIONS:-on}"
TRACE="${BENCH_TRACE:-0}"
GET_SECONDS=10
AMPLE_STOCK=5000000
AMPLE_LIMIT=1000
WECHAT_APP=bench-app

if [[ -t 1 ]]; then B=$'\e[1m'; R=$'\e[31m'; N=$'\e[0m'; else B=; R=; N=; fi
step() { printf '%s==> %s%s\n' "$B" "$*" "$N"; }
info() { printf '    %s\n' "$*"; }
die() { printf '%sbench: %s%s\n' "$R" "$*" "$N" >&2; exit 1; }
trap 'printf "%sbench: step failed (line %s): %s%s\n" "$R" "$LINENO" "$BASH_COMMAND" "$N" >&2' ERR

# need COMMAND PACKAGE : installs the Debian package when the command is missing
need() {
  command -v "$1" >/dev/null || [[ -x "/usr/sbin/$1" ]] && return 0
  command -v apt-get >/dev/null || die "$1 is required (Debian package $2)"
  local root=(); [[ $EUID -eq 0 ]] || root=(sudo)
  step "Installing $2"
  mkdir -p "$BENCH_DIR"
  { "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" \
    || { "${root[@]}" apt-get update -qq && "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2"; }; } \
    > "$BENCH_DIR/apt.log" 2>&1 || { tail -20 "$BENCH_DIR/apt.log" >&2; die "apt-get install $2 failed"; }
}

bench() { dotnet "$ROOT/bench/UnionHub.Bench/bin/Release/net10.0/UnionHub.Bench.dll" "$@"; }
# the HTTP client's socket completions run inline (no thread-pool hop): it takes less of the 2 cores from the API
client() { DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 bench "$@"; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# ---------------------------------------------------------------- the bench's own MariaDB and API (stopped on exit)
API_PID=""
stop_db() {
  local pid; pid="$(cat "$DB_DIR/mysqld.pid" 2>/dev/null || true)"
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || return 0
  local i; for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  if [[ -n "$API_PID" ]]; then kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; fi
  stop_db
}

# start_db PORT : a fresh durable server (log flushed at every commit, doublewrite on, no binlog), set up as
# docs/operations.md asks of production: a redo log sized for a drop's write rate and page flushing at an SSD's pace. A
# claim phase writes ~25 MB/s of redo; with the default 96 MB log (and 200 IOPS of background flushing) InnoDB keeps
# reaching its checkpoint limit and stops every writer while it flushes: ~100 ms stalls every 1-3 s, which alone put p99
# over 100 ms. The naive ceiling runs on the same server, so it has the same settings.
start_db() {
  local sock="$DB_DIR/mysqld.sock" mariadbd; mariadbd="$(command -v mariadbd || echo /usr/sbin/mariadbd)"
  stop_db; rm -rf "$DB_DIR"; mkdir -p "$DB_DIR"
  mariadb-install-db --no-defaults --datadir="$DB_DIR/data" --user="$(id -un)" --auth-root-authentication-method=socket \
    --skip-test-db > "$DB_DIR/install.log" 2>&1 || { tail -20 "$DB_DIR/install.log" >&2; die "mariadb-install-db failed"; }
  setsid "$mariadbd" --no-defaults --datadir="$DB_DIR/data" --socket="$sock" --port="$1" --bind-address=127.0.0.1 \
    --pid-file="$DB_DIR/mysqld.pid" --log-error="$DB_DIR/error.log" --user="$(id -un)" --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --max-connections=1000 --innodb-buffer-pool-size=512M \
    --innodb-log-file-size=2G --innodb-io-capacity=2000 --innodb-flush-log-at-trx-commit=1 --innodb-doublewrite=1 --skip-log-bin < /dev/null > /dev/null 2>&1 &
  local i; for i in $(seq 1 60); do
    mariadb-admin --socket="$sock" -u"$(id -un)" ping >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  tail -20 "$DB_DIR/error.log" >&2; die "MariaDB did not start (log: .local/bench/mariadb/error.log)"
}

# scale_out_section : the last `./dev cluster bench` (3 instances on the Galera cluster, its own run) next to this run's
# single instance, both from the bench client's claims phase; says how to measure it when there is none.
scale_out_section() {
  local cluster="${BENCH_CLUSTER_DIR:-$ROOT/.local/cluster/bench}"
  printf '\n## Scale-out: three instances on a Galera cluster\n\n'
  if [[ ! -f "$cluster/claims.json" || ! -f "$cluster/meta.txt" ]]; then
    printf 'Not measured on this machine yet: `./dev cluster up && ./dev cluster bench`, then `./dev bench` puts its figures here.\n'
    return 0
  fi
  node - "$RUN/claims.json" "$cluster/claims.json" "$cluster/meta.txt" <<'JS'
const fs = require('fs');
const [single, cluster, metaFile] = process.argv.slice(2);
const meta = Object.fromEntries(fs.readFileSync(metaFile, 'utf8').trim().split('\n').map(l => l.split(/=(.*)/s).slice(0, 2)));
const timed = f => JSON.parse(fs.readFileSync(f, 'utf8')).windows.find(w => w.name === 'timed');
const n = x => Math.round(x).toLocaleString('en-US');
const row = (what, w) => `| ${what} | ${n(w.newClaimsPerSecond)} | ${w.p50Ms.toFixed(1)} | ${w.p99Ms.toFixed(1)} | ${w.byAnswer['503'] ?? 0} | ${w.serverErrors} |`;
console.log(`The same bench client and claim traffic (keys, SDK retries, 128 connections) through HAProxy to 3 Release instances on
3 MariaDB Galera nodes, all on this machine. **A separate run** (\`./dev cluster bench\`, ${meta.when}, writes: ${meta.writes},
load ${meta.load} after it): compare with care; three instances and three database nodes share the same two cores.
`);
console.log('| claims with keys | new vouchers/s | p50 ms | p99 ms | 503 (retried by the client) | 5xx or none |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(row('one instance, one durable MariaDB (this run, phase (a))', timed(single)));
console.log(row(`3 instances, Galera, writes to ${meta.writes === 'spread' ? 'each instance\'s own node' : 'one node'} (${meta.when})`, timed(cluster)));
JS
}

main() {
  local started; started=$SECONDS
  command -v dotnet >/dev/null || die "the .NET SDK is required (dotnet not on PATH)"
  command -v node >/dev/null || die "Node.js is required (bench/roster-import.sh)"
  need mariadbd mariadb-server; need mariadb mariadb-client; need wrk wrk; need curl curl
  mkdir -p "$BENCH_DIR"; rm -rf "$RUN"; mkdir -p "$RUN"
  local load_before; load_before="$(load1)"

  step "Building the API and bench/UnionHub.Bench (Release)"
  dotnet build "$ROOT/api/UnionHub.Api/UnionHub.Api.csproj" -c Release --verbosity quiet -clp:NoSummary
  dotnet build "$ROOT/bench/UnionHub.Bench/UnionHub.Bench.csproj" -c Release --verbosity quiet -clp:NoSummary

  trap cleanup EXIT
  local db_port api_port; db_port="$(bench port)"; api_port="$(bench port)"
  step "Bench MariaDB on 127.0.0.1:$db_port (.local/bench/mariadb, fresh, durable)"
  start_db "$db_port"
  local sql=(mariadb --socket="$DB_DIR/mysqld.sock" -u"$(id -un)" -N -B)
  local password; password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" # this run's server only
  "${sql[@]}" <<SQL
CREATE DATABASE unionhub_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'unionhub'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON unionhub_bench.* TO 'unionhub'@'127.0.0.1';
SQL
  sql+=(unionhub_bench)
  local cs="Server=127.0.0.1;Port=$db_port;Database=unionhub_bench;User ID=unionhub;Password=$password;Maximum Pool Size=200"

  local url="http://127.0.0.1:$api_port"
  step "API in Release on $url (notification worker $NOTIFICATIONS, claim rate limit ${CLAIM_RATE_LIMIT}/min: $([[ $CLAIM_RATE_LIMIT == 0 ]] && echo off || echo on))"
  local jwt_key; jwt_key="$(head -c 32 /dev/urandom | base64 -w0)"
  # this run's personal-data keys: the promise checks open the sealed idempotency answers with them
  pii_key="$(head -c 32 /dev/urandom | base64 -w0)"; local pii_index; pii_index="$(head -c 32 /dev/urandom | base64 -w0)"
  (cd "$ROOT/api/UnionHub.Api" && exec env ConnectionStrings__UnionHub="$cs" ASPNETCORE_ENVIRONMENT=Development \
    ASPNETCORE_URLS="$url" UnionHub__LocalDir="$BENCH_DIR" Jwt__SigningKey="$jwt_key" Jwt__AccessTokenMinutes=60 \
    Pii__ActiveKeyId=bench Pii__Keys__bench="$pii_key" Pii__IndexKey="$pii_index" \
    Logging__LogLevel__Default=Warning RateLimits__ClaimsPerMemberPerMinute="$CLAIM_RATE_LIMIT" \
    Notifications__WorkerEnabled="$([[ $NOTIFICATIONS == off ]] && echo false || echo true)" Wechat__AppId="$WECHAT_APP" Seed__Demo=false dotnet bin/Release/net10.0/UnionHub.Api.dll) > "$BENCH_DIR/api.log" 2>&1 &
  API_PID=$!
  local i; printf '    waiting for /health/ready '
  for i in $(seq 1 120); do
    curl -fsS "$url/health/ready" >/dev/null 2>&1 && break
    kill -0 "$API_PID" 2>/dev/null || { printf '\n'; tail -20 "$BENCH_DIR/api.log" >&2; die "the API exited (log: .local/bench/api.log)"; }
    printf '.'; sleep 0.5
  done
  curl -fsS "$url/health/ready" >/dev/null || die "the API did not become ready (log: .local/bench/api.log)"
  printf ' up\n'

  step "Seeding $MEMBERS verified members (each with a WeChat openid) and the perks"
  "${sql[@]}" <<SQL
INSERT INTO org (parent_id, name, path, depth, created_at) VALUES (NULL, 'bench', '/1/', 0, UTC_TIMESTAMP(6));
INSERT INTO member (org_id, member_card_no, verified_at, created_at)
  SELECT 1, CONCAT('B', seq), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM seq_1_to_$MEMBERS;
INSERT INTO member_wechat (app_id, open_id, union_id, member_id, created_at)
  SELECT '$WECHAT_APP', CONCAT('bench-', id), NULL, id, UTC_TIMESTAMP(6) FROM member;
INSERT INTO perk (kind, title, stock, per_member_limit, starts_at, ends_at, face_value_fen, created_at, updated_at)
  SELECT 'voucher', CONCAT('bench: ', t.name), t.stock, t.lim, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) + INTERVAL 1 DAY,
         1000, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
  FROM (SELECT 'warmup' name, $AMPLE_STOCK stock, $AMPLE_LIMIT lim UNION ALL SELECT 'claims', $AMPLE_STOCK, $AMPLE_LIMIT
        UNION ALL SELECT 'taps', $AMPLE_STOCK, $AMPLE_LIMIT UNION ALL SELECT 'drop', $DROP_STOCK, $DROP_LIMIT
        UNION ALL SELECT 'naive', $AMPLE_STOCK, $AMPLE_LIMIT) t;
SQL
  "${sql[@]}" -e "SELECT id FROM member ORDER BY id" > "$RUN/member-ids.txt"
  perk() { "${sql[@]}" -e "SELECT id FROM perk WHERE title = 'bench: $1'"; }
  # Each phase starts with the notification worker idle: notices a phase leaves behind would otherwise be delivered
  # during the next one and charge it (or the naive ceiling) for the previous phase's work.
  drain() {
    local left waited=0
    while :; do
      left="$("${sql[@]}" -e "SELECT COUNT(*) FROM notification_outbox WHERE status IN ('pending', 'sending')")"
      (( left == 0 )) && { (( waited > 0 )) && info "outbox drained (${waited} s)"; return 0; }
      (( waited >= 180 )) && { info "outbox still has $left notices after ${waited} s: going on"; return 0; }
      (( waited % 10 == 0 )) && info "waiting for the notification worker: $left notices to deliver"
      sleep 2; waited=$((waited + 2))
    done
  }
  local tokens="$RUN/tokens.txt"
  bench tokens "$jwt_key" unionhub unionhub-api 60 "$RUN/member-ids.txt" "$tokens"
  local common=(--url "$url" --tokens "$tokens" --connections "$CONNECTIONS" --cs "$cs")

  step "Warm-up: 10 s of claims, 3 s of GET /api/v1/perks (not counted)"
  client claims "${common[@]}" --perk "$(perk warmup)" --seconds 10 --name warmup --title "warm-up claims (not counted)" \
    --out "$RUN/warmup.json" | grep -v '^      ' # its numbers only, no progress lines
  bench wrk --url "$url" --path /api/v1/perks --seconds 3 --connections "$CONNECTIONS" --script "$ROOT/bench/tokens.lua" \
    --tokens "$tokens" --name warmup-get --out "$RUN/warmup-get.json" > /dev/null

  # A drop hits a server that has been up for hours: its hot code is already compiled at the JIT's last tier. A fresh
  # process keeps re-compiling hot methods (tiered PGO) for a while after the first requests, and on 2 shared cores that
  # work lands in the timed windows. So warm up until the JIT has settled (fewer than 100 methods compiled in 5 s of
  # claims, from the runtime's own dotnet_jit_compiled_methods in /metrics), at most 60 s more; the report says how long.
  local jit_before jit_after settle=0
  jit() { curl -fsS "$url/metrics" 2>/dev/null | awk '/^dotnet_jit_compiled_methods/ { n = $2 } END { printf "%d\n", n }'; }
  jit_before="$(jit)"
  while (( settle < 60 )); do
    client claims "${common[@]}" --perk "$(perk warmup)" --seconds 5 --name warmup-more --title "warm-up claims (not counted)" \
      --out "$RUN/warmup-more.json" > /dev/null
    settle=$((settle + 5)); jit_after="$(jit)"
    info "JIT: $((jit_after - jit_before)) methods compiled in the last 5 s of warm-up claims (${settle} s extra warm-up)"
    (( jit_after - jit_before < 100 )) && break
    jit_before="$jit_after"
  done
  echo "$settle" > "$RUN/warmup-settle.txt"

  # What a claim phase cost the API and MariaDB in CPU, from its start until its notices are delivered (the bench client
  # measures its own): the claims' cost in the two cores, which other load on a shared machine changes far less than it
  # changes the rate. Written as "api_ticks db_ticks" (USER_HZ) to cpu-<phase>.txt, before the promise checks' queries.
  local db_pid; db_pid="$(cat "$DB_DIR/mysqld.pid")"
  ticks() { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12 + $13 }'; }
  local cpu0=()
  cpu_start() { cpu0=("$(ticks "$API_PID")" "$(ticks "$db_pid")"); }
  cpu_save() { echo "$(( $(ticks "$API_PID") - cpu0[0] )) $(( $(ticks "$db_pid") - cpu0[1] ))" > "$RUN/cpu-$1.txt"; }

  # BENCH_TRACE=1: during each claim phase, once a second, the runtime's GC and thread-pool figures from /metrics and
  # InnoDB's checkpoint age and redo written, into trace-<phase>.txt beside the client's timeline-<phase>.tsv (answers per
  # 100 ms): what the slow answers coincide with. Off by default: each scrape costs the API a little CPU in the window.
  local trace_pid=""
  trace_start() {
    [[ "$TRACE" == 1 ]] || return 0
    ( while :; do
        curl -fsS "$url/metrics" 2>/dev/null | awk -v t="$(date +%s.%N)" '/^(dotnet_gc_collections_total|dotnet_gc_pause_time_seconds_total|dotnet_thread_pool_queue_length|dotnet_thread_pool_thread_count|dotnet_monitor_lock_contentions_total|unionhub_claim_batch_size_(sum|count))/ { print t, $0 }'
        "${sql[@]}" -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_checkpoint_age', 'Innodb_lsn_current', 'Innodb_buffer_pool_pages_dirty', 'Innodb_data_fsyncs', 'Innodb_os_log_written')" \
          | awk -v t="$(date +%s.%N)" '{ print t, $1, $2 }'
        sleep 1
      done ) > "$RUN/trace-$1.txt" &
    trace_pid=$!
  }
  trace_stop() { [[ -n "$trace_pid" ]] && { kill "$trace_pid" 2>/dev/null; wait "$trace_pid" 2>/dev/null || true; trace_pid=""; }; return 0; }

  drain
  step "1/7 (a) Claims with keys, distinct members, ample stock: $CLAIM_SECONDS s, $CONNECTIONS in flight"
  cpu_start; trace_start claims
  client claims "${common[@]}" --perk "$(perk claims)" --seconds "$CLAIM_SECONDS" --retry-share "$RETRY_SHARE" \
    --name claims --title "(a) claims with keys, distinct members" --out "$RUN/claims.json" --timeline "$RUN/timeline-claims.tsv"
  trace_stop; drain; cpu_save claims
  bench check --cs "$cs" --pii-key "$pii_key" --perk "$(perk claims)" --phase claims --out "$RUN/check-claims.json"

  drain
  step "2/7 (c) Double taps: each member sends $TAPS claims, 0-$((2 * TAP_GAP_MS)) ms apart, each with a fresh key: $CLAIM_SECONDS s"
  cpu_start; trace_start taps
  client claims "${common[@]}" --perk "$(perk taps)" --seconds "$CLAIM_SECONDS" --retry-share "$RETRY_SHARE" --taps "$TAPS" --tap-gap-ms "$TAP_GAP_MS" \
    --name taps --title "(c) double taps, $TAPS a member" --out "$RUN/taps.json" --timeline "$RUN/timeline-taps.tsv"
  trace_stop; drain; cpu_save taps
  bench check --cs "$cs" --pii-key "$pii_key" --perk "$(perk taps)" --phase taps --out "$RUN/check-taps.json"

  drain
  step "3/7 Naive ceiling: one durable transaction per claim, direct SQL, at $NAIVE_CLIENTS clients, $NAIVE_SECONDS s each"
  bench naive --cs "$cs" --perk "$(perk naive)" --clients "$NAIVE_CLIENTS" --seconds "$NAIVE_SECONDS" --db-pid "$db_pid" --out "$RUN/naive.json"
  bench check --cs "$cs" --perk "$(perk naive)" --phase naive --keys no --out "$RUN/check-naive.json"

  drain
  step "4/7 (b) Drop: $MEMBERS members, stock $DROP_STOCK, limit $DROP_LIMIT; then everyone keeps pressing for $DROP_AFTER_SECONDS s"
  trace_start drop
  client claims "${common[@]}" --perk "$(perk drop)" --seconds "$DROP_MAX_SECONDS" --after "$DROP_AFTER_SECONDS" \
    --retry-share "$RETRY_SHARE" --name drop --title "(b) drop, then everyone keeps pressing" --out "$RUN/drop.json" --timeline "$RUN/timeline-drop.tsv"
  trace_stop
  bench check --cs "$cs" --pii-key "$pii_key" --perk "$(perk drop)" --phase drop --out "$RUN/check-drop.json"

  drain
  step "5/7 (d) Trivial endpoint GET /health/live: wrk, no Lua script, $GET_SECONDS s"
  bench wrk --url "$url" --path /health/live --seconds "$GET_SECONDS" --connections "$CONNECTIONS" \
    --name live --title "(d) GET /health/live (trivial)" --out "$RUN/live.json"

  step "6/7 (e) GET /api/v1/perks: wrk with bench/tokens.lua, $GET_SECONDS s; then the bench client's own cost (GET /health/live, 5 s)"
  bench wrk --url "$url" --path /api/v1/perks --seconds "$GET_SECONDS" --connections "$CONNECTIONS" --script "$ROOT/bench/tokens.lua" \
    --tokens "$tokens" --name perks --title "(e) GET /api/v1/perks" --out "$RUN/perks.json"
  client get --url "$url" --path /health/live --seconds 5 --connections "$CONNECTIONS" \
    --name client-live --title "GET /health/live through the bench client" --out "$RUN/client-live.json"

  step "7/7 Roster import: 100,000 rows in one streamed upload (target: under 60 s)"
  local roster
  roster="$(bash "$ROOT/bench/roster-import.sh" "$url" admin admin-dev-password 100000 2>&1)" \
    || { printf '%s\n' "$roster" >&2; die "the roster import benchmark failed"; }
  printf '%s\n' "$roster" | sed 's/^/    /'

  step "Writing bench/RESULTS.md"
  cat > "$RUN/meta.txt" <<META
started=$(date -u '+%Y-%m-%d %H:%M UTC')
cores=$(nproc)
clk_tck=$(getconf CLK_TCK)
load_before=$load_before
warmup_settle_seconds=$(cat "$RUN/warmup-settle.txt" 2>/dev/null || echo 0)
mariadb=$(mariadb --version | grep -o '[0-9.]*-MariaDB' | head -1)
connections=$CONNECTIONS
members=$MEMBERS
claim_seconds=$CLAIM_SECONDS
taps=$TAPS
tap_gap_ms=$TAP_GAP_MS
retry_share=$RETRY_SHARE
claims_stock=$AMPLE_STOCK
claims_limit=$AMPLE_LIMIT
drop_members=$MEMBERS
drop_stock=$DROP_STOCK
drop_limit=$DROP_LIMIT
drop_max_seconds=$DROP_MAX_SECONDS
drop_after_seconds=$DROP_AFTER_SECONDS
naive_seconds=$NAIVE_SECONDS
claim_rate_limit=$CLAIM_RATE_LIMIT
notifications=$NOTIFICATIONS
roster=$(grep '^roster-import:' <<<"$roster" | tail -1 | sed 's/^roster-import: //')
run_seconds=$((SECONDS - started))
META
  bench report --dir "$RUN" --out "$ROOT/bench/RESULTS.md"
  scale_out_section >> "$ROOT/bench/RESULTS.md"
  sed -n '/^## Targets/,/^## Phases/p' "$ROOT/bench/RESULTS.md" | sed '$d'
  info "full results: bench/RESULTS.md; raw outputs: .local/bench/run/"
}

main "$@"
