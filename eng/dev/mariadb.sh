# Sourced by ./dev: private MariaDB servers (the local one of ./dev run, the tests' throw-away one, the bench's),
# and the db and stop commands.
# shellcheck shell=bash

MARIADBD="$(command -v mariadbd || echo /usr/sbin/mariadbd)"

# db_start DIR PORT [extra mariadbd options...] : a private server with its own datadir, socket and port
db_start() {
  local dir="$1" port="$2"; shift 2
  local sock="$dir/mysqld.sock"
  mkdir -p "$dir"
  if [[ -S "$sock" ]] && mariadb-admin --socket="$sock" -u"$(id -un)" ping >/dev/null 2>&1; then
    info "MariaDB already running in ${dir#"$ROOT"/} (port $port)"
    return 0
  fi
  if [[ ! -d "$dir/data/mysql" ]]; then
    info "initialising a new MariaDB data directory in ${dir#"$ROOT"/}"
    mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" \
      --auth-root-authentication-method=socket --skip-test-db > "$dir/install.log" 2>&1 \
      || { tail -20 "$dir/install.log" >&2; die "mariadb-install-db failed (log: $dir/install.log)"; }
  fi
  info "starting MariaDB on 127.0.0.1:$port"
  # setsid: the server outlives this script (./dev stop ends it) and ignores the terminal's Ctrl-C
  setsid "$MARIADBD" --no-defaults --datadir="$dir/data" --socket="$sock" --port="$port" \
    --bind-address=127.0.0.1 --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" --user="$(id -un)" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-name-resolve \
    --max-connections=1000 --innodb-buffer-pool-size=512M "$@" < /dev/null > /dev/null 2>&1 &
  local i
  printf '    waiting for MariaDB '
  for i in $(seq 1 60); do
    if mariadb-admin --socket="$sock" -u"$(id -un)" ping >/dev/null 2>&1; then printf ' up\n'; return 0; fi
    printf '.'; sleep 0.5
  done
  printf '\n'; tail -20 "$dir/error.log" >&2 || true
  die "MariaDB did not start within 30 s (log: ${dir#"$ROOT"/}/error.log)"
}

# db_prepare DIR DATABASE : creates the database and the app user (idempotent)
db_prepare() {
  local dir="$1" db="$2"
  mariadb --socket="$dir/mysqld.sock" -u"$(id -un)" <<SQL
CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$DB_USER'@'localhost';
SQL
}

db_stop() {
  local dir="$1"
  [[ -f "$dir/mysqld.pid" ]] || return 0
  local pid; pid="$(cat "$dir/mysqld.pid" 2>/dev/null || true)"
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || return 0
  local i; for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

connection_string() { # connection_string PORT DATABASE
  echo "Server=127.0.0.1;Port=$1;Database=$2;User ID=$DB_USER;Password=$DB_PASSWORD;Maximum Pool Size=200"
}

local_db() {
  if [[ -n "${ConnectionStrings__UnionHub:-}" ]]; then
    step "Using the database from ConnectionStrings__UnionHub (no local MariaDB started)"
    return 0
  fi
  step "Local MariaDB (.local/mariadb, port $DB_PORT)"
  db_start "$LOCAL/mariadb" "$DB_PORT"
  db_prepare "$LOCAL/mariadb" "$DB_NAME"
  export ConnectionStrings__UnionHub; ConnectionStrings__UnionHub="$(connection_string "$DB_PORT" "$DB_NAME")"
}

cmd_db() {
  if [[ -S "$LOCAL/mariadb/mysqld.sock" ]]; then
    exec mariadb --socket="$LOCAL/mariadb/mysqld.sock" -u"$(id -un)" "$DB_NAME" "$@"
  fi
  die "the local MariaDB is not running: start it with ./dev run"
}

cmd_stop() {
  step "Stopping the local MariaDB"
  db_stop "$LOCAL/mariadb"
  info "stopped"
}
