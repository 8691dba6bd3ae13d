# Sourced by ./dev: ./dev backup and ./dev restore.
# shellcheck shell=bash

# db_target : where backup/restore connect. With ConnectionStrings__UnionHub set, that server and database over TCP with
# its user (the password goes through MYSQL_PWD, never on the command line); otherwise the local MariaDB of ./dev run
# through its socket. Sets DB_ARGS (client options), TARGET_DB and TARGET_LOCAL (1 when the socket is used).
DB_ARGS=(); TARGET_DB=""; TARGET_LOCAL=0
db_target() {
  local cs="${ConnectionStrings__UnionHub:-}"
  if [[ -n "$cs" ]]; then
    local host=127.0.0.1 port=3306 user="" db="" pair key value
    local IFS=';'
    for pair in $cs; do
      [[ "$pair" == *=* ]] || continue
      key="$(tr '[:upper:]' '[:lower:]' <<<"${pair%%=*}" | tr -d ' ')"; value="${pair#*=}"
      case "$key" in
        server|host|datasource|address) host="$value" ;;
        port) port="$value" ;;
        database|initialcatalog) db="$value" ;;
        userid|uid|user|username) user="$value" ;;
        password|pwd) export MYSQL_PWD="$value" ;;
      esac
    done
    unset IFS
    [[ -n "$db" ]] || die "ConnectionStrings__UnionHub names no Database"
    DB_ARGS=(--protocol=TCP --host="$host" --port="$port"); [[ -n "$user" ]] && DB_ARGS+=(--user="$user")
    TARGET_DB="$db"; TARGET_LOCAL=0
  else
    local sock="$LOCAL/mariadb/mysqld.sock"
    [[ -S "$sock" ]] && mariadb-admin --socket="$sock" -u"$(id -un)" ping >/dev/null 2>&1 \
      || die "the local MariaDB is not running (start it with ./dev run), or set ConnectionStrings__UnionHub"
    DB_ARGS=(--socket="$sock" --user="$(id -un)"); TARGET_DB="$DB_NAME"; TARGET_LOCAL=1
  fi
}

dump_tool() { command -v mariadb-dump || command -v mysqldump || { apt_install mariadb-client; command -v mariadb-dump; }; }
sql_tool() { command -v mariadb || command -v mysql || die "the mariadb client is required (apt-get install mariadb-client)"; }

# cmd_backup [--dir DIR] : a consistent online dump (one transaction, routines included) of the project database,
# gzipped into .local/backups/unionhub-<UTC timestamp>.sql.gz; prints the file's path as the last line.
cmd_backup() {
  local dir="${UNIONHUB_BACKUP_DIR:-$LOCAL/backups}"
  while (($#)); do
    case "$1" in
      --dir) dir="${2:?--dir needs a folder}"; shift 2 ;;
      *) die "backup: unknown option $1 (usage: ./dev backup [--dir DIR])" ;;
    esac
  done
  mkdir -p "$LOCAL" "$dir"
  db_target
  local dump sql; dump="$(dump_tool)"; sql="$(sql_tool)"
  local tables; tables="$("$sql" "${DB_ARGS[@]}" -N -B "$TARGET_DB" -e \
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")"
  local file; file="$dir/unionhub-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
  [[ -e "$file" ]] && file="${file%.sql.gz}-$$.sql.gz"
  step "Backing up database $TARGET_DB ($tables tables) to ${file#"$ROOT"/}"
  # --single-transaction: a consistent snapshot without locking the tables against the running API
  # --verbose goes to stderr, turned into one progress line a table; anything else on stderr is passed on
  if ! "$dump" "${DB_ARGS[@]}" --single-transaction --routines --triggers --no-tablespaces --hex-blob \
      --default-character-set=utf8mb4 --add-drop-table --verbose "$TARGET_DB" \
      2> >(awk -v total="$tables" '
        /^-- Retrieving table structure for table/ { n++; t=$NF; gsub(/[`.]/, "", t); printf "    [%d/%d] %s\n", n, total, t; fflush(); next }
        /^-- / { next }
        { print; fflush() }' >&2) \
      | gzip -6 > "$file.partial"; then
    rm -f "$file.partial"; die "the dump failed; no backup written"
  fi
  sleep 0.2 # let the progress lines drain before the summary
  zcat "$file.partial" | tail -n 1 | grep -q '^-- Dump completed' || { rm -f "$file.partial"; die "the dump is incomplete; no backup written"; }
  mv "$file.partial" "$file"
  info "$(du -h "$file" | cut -f1) written; restore with: ./dev restore ${file#"$ROOT"/}"
  echo "$file"
}

# cmd_restore FILE [--database NAME] [--yes] : loads a backup. Into the configured database only with --yes (or typed
# confirmation on a terminal), since its tables are replaced; into a NEW database NAME (created, must be empty) freely.
cmd_restore() {
  local file="" into="" yes=0
  while (($#)); do
    case "$1" in
      --yes|-y) yes=1; shift ;;
      --database) into="${2:?--database needs a name}"; shift 2 ;;
      -*) die "restore: unknown option $1 (usage: ./dev restore FILE [--database NAME] [--yes])" ;;
      *) [[ -z "$file" ]] || die "restore: one file only"; file="$1"; shift ;;
    esac
  done
  [[ -n "$file" ]] || die "usage: ./dev restore FILE [--database NAME] [--yes]"
  [[ -f "$file" ]] || die "no such backup: $file"
  db_target
  local sql; sql="$(sql_tool)"
  step "Checking $file"
  gzip -t "$file" 2>/dev/null || die "$file is not a complete gzip file"
  zcat "$file" | tail -n 1 | grep -q '^-- Dump completed' || die "$file is not a complete dump (no 'Dump completed' trailer)"
  local target="${into:-$TARGET_DB}"
  [[ "$target" =~ ^[A-Za-z0-9_]+$ ]] || die "database names are letters, digits and underscores: $target"
  local existing; existing="$("$sql" "${DB_ARGS[@]}" -N -B -e \
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")"
  if [[ -z "$into" || "$existing" -gt 0 ]]; then
    if ((yes == 0)); then
      if [[ -t 0 ]]; then
        printf '%sRestoring replaces every table of database %s (%s tables now). Type its name to go on: %s' "$Y" "$target" "$existing" "$N"
        local answer; read -r answer
        [[ "$answer" == "$target" ]] || die "not confirmed; nothing changed"
      else
        die "database $target holds $existing tables that the restore would replace: pass --yes, or --database NEW_NAME"
      fi
    fi
  fi
  if ((TARGET_LOCAL)); then
    db_prepare "$LOCAL/mariadb" "$target" # creates it and grants the app user, as ./dev run does
  else
    "$sql" "${DB_ARGS[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" \
      || die "could not create database $target with this user"
  fi
  if ((existing > 0)); then
    # the result must be the backup exactly: tables the backup does not have (a newer migration) go too
    step "Dropping the $existing tables of $target"
    local drops; drops="$("$sql" "${DB_ARGS[@]}" -N -B -e "SELECT CONCAT('DROP TABLE IF EXISTS \`', table_name, '\`;')
      FROM information_schema.tables WHERE table_schema = '$target'")"
    "$sql" "${DB_ARGS[@]}" "$target" -e "SET FOREIGN_KEY_CHECKS = 0; $drops"
  fi
  local tables; tables="$(zcat "$file" | grep -c '^-- Table structure for table' || true)"
  step "Restoring $file into database $target ($tables tables)"
  zcat "$file" | awk -v total="$tables" '
    /^-- Table structure for table/ { n++; t=$NF; gsub(/[`]/, "", t); printf "    [%d/%d] %s\n", n, total, t > "/dev/stderr"; fflush("/dev/stderr") }
    { print }' | "$sql" "${DB_ARGS[@]}" --default-character-set=utf8mb4 "$target" || die "the restore failed part-way: database $target is incomplete"
  local count; count="$("$sql" "${DB_ARGS[@]}" -N -B -e \
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target' AND table_type = 'BASE TABLE'")"
  ((count == tables)) || die "expected $tables tables in $target after the restore, found $count"
  info "restored: $count tables in database $target"
}
