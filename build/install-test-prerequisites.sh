#!/usr/bin/env bash
# Installs the system packages the tests use when they are missing (Debian): PostgreSQL server binaries,
# Chromium for the UI tests, D-Bus for the tray tests, fonts for PDF rendering.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v dbus-daemon >/dev/null 2>&1 || missing+=(dbus)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# Printing tests read the produced PDFs back with pdftotext and pdftoppm (poppler-utils).
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing packages: ${missing[*]} (run as root to install)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
