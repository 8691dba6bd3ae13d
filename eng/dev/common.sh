# Sourced by ./dev (and by any eng/ script that needs it): settings, output, installs. Needs ROOT (the repository).
# shellcheck shell=bash

LOCAL="$ROOT/.local"
API_PROJECT="$ROOT/api/UnionHub.Api"
DB_PORT="${UNIONHUB_DB_PORT:-3307}"
DB_NAME="unionhub"
DB_USER="unionhub"
DB_PASSWORD="unionhub-dev" # local development database only; never used outside ./dev
CONFIGURATION="${CONFIGURATION:-Debug}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# ---------------------------------------------------------------- output
if [[ -t 1 ]]; then B=$'\e[1m'; R=$'\e[31m'; G=$'\e[32m'; Y=$'\e[33m'; N=$'\e[0m'; else B=; R=; G=; Y=; N=; fi
step() { printf '%s==> %s%s\n' "$B" "$*" "$N"; }
info() { printf '    %s\n' "$*"; }
warn() { printf '%s    warning: %s%s\n' "$Y" "$*" "$N" >&2; }
die()  { printf '%sdev: %s%s\n' "$R" "$*" "$N" >&2; exit 1; }
on_error() { printf '%sdev: step failed (%s line %s): %s%s\n' "$R" "${1#"$ROOT"/}" "$2" "$3" "$N" >&2; }
trap 'on_error "${BASH_SOURCE[0]:-dev}" $LINENO "$BASH_COMMAND"' ERR

as_root() { if [[ $EUID -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $* (install sudo or run as root)"; fi; }

# ---------------------------------------------------------------- installs
APT_UPDATED=0
apt_install() { # apt_install PACKAGE... : installs the Debian packages that are missing
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  command -v apt-get >/dev/null || die "apt-get not found: install ${missing[*]} by hand (Debian/Ubuntu expected)"
  step "Installing Debian packages: ${missing[*]}"
  if ((APT_UPDATED == 0)); then info "apt-get update"; as_root apt-get update -qq; APT_UPDATED=1; fi
  # the packages' own service scripts would start a system-wide server; ours runs under .local/ instead
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    > "$LOCAL/apt.log" 2>&1 || { tail -20 "$LOCAL/apt.log" >&2; die "apt-get install failed (full log: .local/apt.log)"; }
  info "installed (log: .local/apt.log)"
}

ensure_tools() {
  mkdir -p "$LOCAL"
  command -v dotnet >/dev/null || die "the .NET SDK is required (dotnet not on PATH)"
  apt_install mariadb-server mariadb-client
  apt_install fonts-wqy-microhei # the Chinese font embedded in generated PDFs (legal aid assignment letters)
  if [[ -f "$ROOT/clients/package.json" ]]; then
    command -v node >/dev/null || die "Node.js 20.19+ is required for clients/ (node not on PATH)"
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)' \
      || die "Node.js 20.19+ is required for clients/ (Vite 7); found $(node --version)"
    command -v npm >/dev/null || die "npm is required for clients/ (npm not on PATH)"
  fi
}

CHROMIUM="${UNIONHUB_CHROMIUM:-/usr/bin/chromium}"
ensure_browser() { # the browser tests drive Debian's chromium through playwright-core
  if [[ ! -x "$CHROMIUM" && -z "${UNIONHUB_CHROMIUM:-}" ]]; then
    if grep -qx 'ID=debian' /etc/os-release 2>/dev/null; then
      apt_install chromium
    else # e.g. Ubuntu, where "chromium" is a snap: use a Chromium or Chrome that is already there
      local alt; for alt in chromium chromium-browser google-chrome-stable google-chrome; do
        if command -v "$alt" >/dev/null; then CHROMIUM="$(command -v "$alt")"; break; fi
      done
      [[ -x "$CHROMIUM" ]] || apt_install chromium
    fi
  fi
  apt_install fonts-wqy-microhei # Chinese glyphs for the screenshots (the apps are in Simplified Chinese)
  [[ -x "$CHROMIUM" ]] || die "chromium not found at $CHROMIUM (set UNIONHUB_CHROMIUM to another binary)"
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}
