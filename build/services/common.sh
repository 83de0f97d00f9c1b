# shellcheck shell=bash
# Helpers shared by build/test.sh and build/services/*.sh. Source it; it defines functions only.

# Messages go to stderr so that a caller may capture a function's stdout.
log()  { printf '==> %s\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# True when running under CI (CI=true/1/yes): a missing service is then a failure, not a warning.
is_ci() {
    case "${CI:-}" in
        true | TRUE | True | 1 | yes) return 0 ;;
        *) return 1 ;;
    esac
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        warn "not root and no sudo: cannot run '$*'"
        return 1
    fi
}

# True when every named Debian package is installed.
apt_installed() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || return 1
    done
}

# Installs the named Debian packages that are missing. The first attempt uses the existing package
# lists (fast, no network); only if that fails (package unknown, lists stale or absent on a fresh
# machine) are the lists refreshed with apt-get update and the install tried once more.
apt_install() {
    local missing=() pkg
    for pkg in "$@"; do
        apt_installed "$pkg" || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    command -v apt-get >/dev/null 2>&1 || { warn "apt-get not found: cannot install ${missing[*]}"; return 1; }

    log "installing with apt: ${missing[*]}"
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0 install --no-install-recommends)
    if as_root "${apt[@]}" "${missing[@]}"; then
        return 0
    fi
    log "apt-get install failed; refreshing package lists and retrying"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -q update || return 1
    as_root "${apt[@]}" "${missing[@]}"
}
