#!/usr/bin/env bash
# Chromium for the browser tests: Debian's package (Playwright drives /usr/bin/chromium; its own
# browser download does not work here, see ../shared/STACK.md). Installs it if missing, plus a font
# so that headless pages render text, then proves it starts headless and renders a page.
#
# Sourced by build/test.sh (call chromium_ensure), or run on its own: build/services/chromium.sh

_cr_services_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=build/services/common.sh
source "$_cr_services_dir/common.sh"

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

chromium_ensure() {
    if [ ! -x "$CHROMIUM_PATH" ] || ! apt_installed fonts-liberation; then
        # --no-install-recommends (in apt_install) skips the desktop extras (printing, notifications,
        # avahi...) that a headless browser does not use; fonts-liberation is the one we want.
        apt_install chromium fonts-liberation || { warn "Chromium could not be installed"; return 1; }
    fi
    [ -x "$CHROMIUM_PATH" ] || { warn "$CHROMIUM_PATH not found after install"; return 1; }

    # Smoke test: the same flags the tests use (root needs --no-sandbox; the background-networking
    # flags stop it from calling Google's hosts on this closed network), a throwaway profile.
    local profile out rc
    profile="$(mktemp -d)"
    # "&& rc=0 || rc=$?" records the exit code instead of letting set -e end the caller here.
    out="$(timeout 60 "$CHROMIUM_PATH" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
        --disable-background-networking --disable-component-update --disable-sync --no-first-run \
        --user-data-dir="$profile" --dump-dom 'data:text/html,<p id="ok">chromium-ok</p>' 2>/dev/null)" && rc=0 || rc=$?
    rm -rf "$profile"
    if [ "$rc" -ne 0 ] || [[ "$out" != *chromium-ok* ]]; then
        warn "$CHROMIUM_PATH is installed but did not render a page headless (exit $rc)"
        return 1
    fi
    log "Chromium ready: $("$CHROMIUM_PATH" --version 2>/dev/null)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    chromium_ensure || die "Chromium is not available"
fi
