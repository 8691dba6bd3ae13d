# Sourced by ./dev: ./dev help.
# shellcheck shell=bash

usage() {
  cat <<EOF
Usage: ./dev COMMAND

  run     [--empty] install what is missing, build the clients, start MariaDB in .local/, migrate, serve the API and
          the clients (member H5 at /, merchant page at /merchant/, staff console at /console/) on http://127.0.0.1:5080;
          an empty database gets a demo federation and the logins are printed (--empty or Seed__Demo=false: none)
  test    install what is missing, then every test suite (unit, integration, vitest, SDK drift, browser)
          against a throw-away MariaDB
  sdk     regenerate clients/sdk/src/generated/api.d.ts from the API's OpenAPI document (starts a throw-away
          MariaDB and the API; or set UNIONHUB_API_URL to use a running API)
  bench   claim-storm benchmark (own durable MariaDB in .local/bench, API in Release, wrk): writes bench/RESULTS.md
  cluster up|status|down|kill N|start N|test|suite|bench
          a local 3-node Galera cluster, HAProxy and 3 API instances in .local/cluster (as root); ./dev cluster help
  backup  [--dir DIR] a consistent online dump (mariadb-dump --single-transaction --routines) of the database,
          gzipped to .local/backups/unionhub-<UTC timestamp>.sql.gz; prints the file
  restore FILE [--database NAME] [--yes]
          load a backup: into a new, empty database NAME, or into the configured database (its tables are
          replaced, so only with --yes or the database's name typed at the prompt)
  db      a MariaDB shell on the local database
  stop    stop the local MariaDB started by ./dev run
  help    this text

Environment: ConnectionStrings__UnionHub (use that database, start none; backup and restore use it too; ./dev test
re-creates the unionhub_test* database it names and its siblings there), ASPNETCORE_URLS,
UNIONHUB_DB_PORT (local MariaDB port, default 3307), CONFIGURATION (Debug or Release),
UNIONHUB_TEST_FILTER (a dotnet test --filter expression, e.g. FullyQualifiedName~Perks),
UNIONHUB_E2E_FILES (browser test files to run alone, e.g. "inbox.test.mjs"; the .NET suites are skipped),
UNIONHUB_CHROMIUM (browser for the e2e tests, default /usr/bin/chromium).
EOF
}
