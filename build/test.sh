#!/usr/bin/env bash
# The README's test command: builds and runs every test project and ends with 'N passed, N failed'.
# Tests start what they need themselves (a PostgreSQL in a temp folder, Chromium headless); see README.
set -uo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null || exit 1
log=$(mktemp)
NO_COLOR=1 dotnet cake --target=Test "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
summary=$(sed -E "s/\x1b\[[0-9;]*m//g" "$log" | grep -E "^[0-9]+ passed, [0-9]+ failed" | tail -n 1)
rm -f "$log"
if [ -z "$summary" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
echo "$summary"
exit "$status"
