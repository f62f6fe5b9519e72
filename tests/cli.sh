#!/bin/sh
# cli.sh: the command line's contract: exit statuses, error messages with
# file:line:col, --help, colour. Run from the repository root with BIN set.
# Prints one line per case and a closing "N passed, M failed".
BIN=${BIN:-build/rel/claimdiff}
T=build/cli-tmp
rm -rf "$T" && mkdir -p "$T"
pass=0 fail=0
S=data/h20/summary.zh.txt
D=data/h20/000-ap.en.txt

# check NAME STATUS PATTERN -- ARGS...: run, compare the exit status, and
# grep stderr+stdout for PATTERN (a fixed string).
check() {
  name=$1 want=$2 pat=$3
  shift 4
  "$@" >"$T/out" 2>"$T/err"
  got=$?
  if [ "$got" = "$want" ] && grep -qF -- "$pat" "$T/out" "$T/err"; then
    pass=$((pass + 1)); echo "ok   $name"
  else
    fail=$((fail + 1)); echo "FAIL $name: exit $got (want $want), looked for: $pat"
    sed 's/^/     | /' "$T/err" | head -5
  fi
}

# nothing half-written on stdout when the status is 2
check_quiet_stdout() {
  if [ -s "$T/out" ]; then fail=$((fail + 1)); echo "FAIL $1: stdout not empty on error"
  else pass=$((pass + 1)); echo "ok   $1: stdout empty"; fi
}

printf '' >"$T/empty.txt"
printf 'Nvidia \377 said.\n' >"$T/bad-utf8.txt"
printf 'Nvidia\000said.\n' >"$T/nul.txt"
mkdir -p "$T/rules-broken" "$T/rules-unknown"
cp rules/*.yaml "$T/rules-broken/" && cp tests/rules-bad/broken-yaml.yaml "$T/rules-broken/zz.yaml"
cp rules/*.yaml "$T/rules-unknown/" && cp tests/rules-bad/unknown-field.yaml "$T/rules-unknown/zz.yaml"

check "missing file" 2 "$T/nope.txt: cannot open" -- "$BIN" "$T/nope.txt" "$D"
check_quiet_stdout "missing file"
check "empty file" 2 "$T/empty.txt:1:1: empty file" -- "$BIN" "$S" "$T/empty.txt"
check "invalid utf-8" 2 "$T/bad-utf8.txt:1:8: invalid UTF-8 byte 0xff at byte 7" -- "$BIN" "$S" "$T/bad-utf8.txt"
check "nul byte" 2 "$T/nul.txt:1:7: NUL byte in text" -- "$BIN" "$T/nul.txt" "$D"
check_quiet_stdout "nul byte"
check "broken yaml" 2 "$T/rules-broken/zz.yaml:5:1: did not find expected ',' or ']'" -- "$BIN" --rules "$T/rules-broken" "$S" "$D"
check "unknown rule field" 2 "$T/rules-unknown/zz.yaml:4:5: unknown field 'alias'" -- "$BIN" --rules "$T/rules-unknown" "$S" "$D"
check "missing rules dir" 2 "cannot open rules directory" -- "$BIN" --rules "$T/none" "$S" "$D"
check "unknown option" 2 "unknown option '--frobnicate'" -- "$BIN" --frobnicate "$S" "$D"
check "one file only" 2 "need at least one source" -- "$BIN" "$S"
check "bad --format" 2 "--format must be text or json" -- "$BIN" --format xml "$S" "$D"
check "bad --date" 2 "--date must be YYYY-MM-DD" -- "$BIN" --date 1/8/2025 "$S" "$D"
check "impossible --date" 2 "--date must be YYYY-MM-DD, not '2025-13-45'" -- "$BIN" --date 2025-13-45 "$S" "$D"
check "negative --max-bytes" 2 "--max-bytes must be a positive number" -- "$BIN" --max-bytes -1 "$S" "$D"
check "too large" 2 "larger than the limit of 100 bytes" -- "$BIN" --max-bytes 100 "$S" "$D"
check "--help" 0 "usage: claimdiff" -- "$BIN" --help
check "--fail-on none" 0 "agreement" -- "$BIN" --fail-on none --color never "$S" "$D"
check "json schema" 0 '"schema": "claimdiff/1"' -- "$BIN" --fail-on none --format json "$S" "$D"

# control characters of scraped text never reach the terminal
printf 'Nvidia was banned \033[2J in April.\n' >"$T/esc.txt"
"$BIN" --fail-on none --color never "$T/esc.txt" "$D" >"$T/esc.out" 2>&1
if grep -q "$(printf '\033')" "$T/esc.out"; then fail=$((fail + 1)); echo "FAIL escape in text passes through"; else pass=$((pass + 1)); echo "ok   escape sequences in text are neutralised"; fi

# colour: never with NO_COLOR or --color never, always with --color always
NO_COLOR=1 "$BIN" --fail-on none --color auto "$S" "$D" >"$T/nc" 2>&1
if grep -q "$(printf '\033')" "$T/nc"; then fail=$((fail + 1)); echo "FAIL NO_COLOR"; else pass=$((pass + 1)); echo "ok   NO_COLOR"; fi
"$BIN" --fail-on none --color always "$S" "$D" >"$T/c" 2>&1
if grep -q "$(printf '\033')\[" "$T/c"; then pass=$((pass + 1)); echo "ok   --color always"; else fail=$((fail + 1)); echo "FAIL --color always"; fi
"$BIN" --fail-on none --color never "$S" "$D" >"$T/c" 2>&1
if grep -q "$(printf '\033')" "$T/c"; then fail=$((fail + 1)); echo "FAIL --color never"; else pass=$((pass + 1)); echo "ok   --color never"; fi

# auto on a terminal (script(1) gives a pseudo-terminal): colour, unless
# NO_COLOR is set or TERM is dumb
if command -v script >/dev/null 2>&1; then
  tty_run() { script -qec "$1" /dev/null </dev/null >"$T/tty" 2>&1; }
  tty_run "TERM=xterm $BIN --fail-on none $S $D"
  if grep -q "$(printf '\033')\[" "$T/tty"; then pass=$((pass + 1)); echo "ok   tty: colour"; else fail=$((fail + 1)); echo "FAIL tty: no colour"; fi
  tty_run "TERM=xterm NO_COLOR=1 $BIN --fail-on none $S $D"
  if grep -q "$(printf '\033')\[" "$T/tty"; then fail=$((fail + 1)); echo "FAIL tty+NO_COLOR: colour"; else pass=$((pass + 1)); echo "ok   tty+NO_COLOR: none"; fi
  tty_run "TERM=dumb $BIN --fail-on none $S $D"
  if grep -q "$(printf '\033')\[" "$T/tty"; then fail=$((fail + 1)); echo "FAIL tty+TERM=dumb: colour"; else pass=$((pass + 1)); echo "ok   tty+TERM=dumb: none"; fi
else
  echo "skip tty cases: no script(1)"
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
