#!/bin/sh
# run.sh: claimdiff's value parser against Microsoft Recognizers-Text on the
# rows of tests/values/*.tsv (see README.md beside this file), then the
# two tools' value-extraction throughput on the same text (throughput.mjs).
#
#   make && sh bench/peers/run.sh [--all] [--pick nearest|past]
#
# Installs the pinned peer from package-lock.json into bench/peers/node_modules
# (npm ci, only when missing or older than the lock file), then prints the
# table. Needs node 20 and npm, and build/rel/claimdiff (make).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "run.sh: node (20 or later) and npm are needed: apt-get install -y nodejs npm" >&2
  exit 2
fi
# npm keeps a copy of the lock it installed from in node_modules/.package-lock.json
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
node compare.mjs "$root" "$@"
echo
exec node throughput.mjs "$root"
