#!/bin/sh
# commands.sh: the JSON of `claimdiff values` and `claimdiff extract
# --format json`, read with jq. Tables: tests/values-cmd.tsv and
# tests/extract-cmd.tsv (each says its columns at its top). Every run's
# exit status is checked, and every byte offset printed must point at the
# text printed with it. Run from the repository root with BIN set; prints
# "ok   ..." or "FAIL ..." per case and "commands: N passed, M failed".
NAME=commands
. tests/lib.sh

ok() { pass=$((pass + 1)); echo "ok   $1"; }
# bad WHAT WHY [ERRFILE]: a failure, with the first lines of a run's stderr
bad() {
  fail=$((fail + 1)); echo "FAIL $1: $2"
  if [ -n "$3" ] && [ -s "$3" ]; then sed 's/^/     stderr: /' "$3" | head -5; fi
}
# slice FILE START END: bytes [START, END) of FILE
slice() { dd if="$1" bs=1 skip="$2" count=$(($3 - $2)) 2>/dev/null; }

# ---- claimdiff values ------------------------------------------------------
n=0
while IFS="$TAB" read -r args input want why; do
  case "$args" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  [ "$args" = "-" ] && args=
  printf '%b\n' "$input" >"$T/v$n.in"
  # shellcheck disable=SC2086
  "$BIN" values $args <"$T/v$n.in" >"$T/v$n.out" 2>"$T/v$n.err"
  st=$?
  if [ "$st" != 0 ]; then bad "values #$n: $why" "$(status_text $st), want exit 0" "$T/v$n.err"; continue; fi
  # one object a line, each line an object: jq reads them all or fails
  if ! jq -e -s 'all(.[]; type == "object")' "$T/v$n.out" >/dev/null 2>"$T/v$n.jqerr"; then
    bad "values #$n: $why" "jq cannot read the output: $(head -1 "$T/v$n.jqerr")"; continue
  fi
  got=$(jq -r -s 'if length == 0 then "none" else map("\(.line):" + (if .approx then "approx " else "" end)
          + (if .value == null then "unresolved \(.kind)=\(.unresolved)" else "\(.kind)=\(.value)" end)
          + (if .unit then (if .kind == "money" then " per " else " " end) + .unit else "" end)
          + ":\(.text)") | join("; ") end' "$T/v$n.out")
  if [ "$got" != "$want" ]; then
    bad "values #$n: $why" "values differ"
    printf '     expected: %s\n     got:      %s\n' "$want" "$got"
    continue
  fi
  # each value's [start, end) in its input line is its text
  jq -r '"\(.line) \(.start) \(.end)"' "$T/v$n.out" >"$T/v$n.spans"
  jq -r '.text' "$T/v$n.out" >"$T/v$n.want"
  while read -r l s e; do
    sed -n "${l}p" "$T/v$n.in" >"$T/v$n.line"
    slice "$T/v$n.line" "$s" "$e"; echo
  done <"$T/v$n.spans" >"$T/v$n.got"
  if cmp -s "$T/v$n.want" "$T/v$n.got"; then
    ok "values #$n: $why"
  else
    bad "values #$n: $why" "start/end do not point at the text:"
    diff "$T/v$n.want" "$T/v$n.got" | sed 's/^/     /' | head -6
  fi
done <tests/values-cmd.tsv

# errors: exit 2, a message with the position, nothing on stdout
# check_error NAME MESSAGE INPUT ARGS...: runs with INPUT (printf %b) on stdin
check_error() {
  name=$1 msg=$2
  printf '%b' "$3" >"$T/e.in"
  shift 3
  "$@" <"$T/e.in" >"$T/e.out" 2>"$T/e.err"
  st=$?
  if [ "$st" = 2 ] && grep -qF -- "$msg" "$T/e.err" && [ ! -s "$T/e.out" ]; then
    ok "$name: exit 2, $msg"
  else
    bad "$name" "$(status_text $st) (want 2), stdout $(wc -c <"$T/e.out") bytes (want 0), looked for: $msg" "$T/e.err"
  fi
}
check_error "values: invalid UTF-8" "claimdiff: <stdin>:2:3: invalid UTF-8 at byte 10" 'ok line\nab\0377c\n' "$BIN" values
check_error "values: bad --date" "--date must be YYYY-MM-DD" '55亿美元\n' "$BIN" values --date 2025-13-01
check_error "extract: missing file" "$T/nope.txt: cannot open" '' "$BIN" extract --rules rules --format json "$T/nope.txt"
printf 'Nvidia said \377 in April.\n' >"$T/bad-utf8.txt"
check_error "extract: invalid UTF-8" "$T/bad-utf8.txt:1:13: invalid UTF-8" '' "$BIN" extract --rules rules --format json "$T/bad-utf8.txt"

# ---- claimdiff extract --format json ---------------------------------------
# Each distinct args runs once: exit 0, one JSON object, its path, and
# every sentence's and dropped line's offsets, line and column.
n=0
while IFS="$TAB" read -r args sentence pred test why; do
  case "$args" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  file=${args##* }
  run=$(printf '%s' "$args" | cksum | cut -d' ' -f1)
  j="$T/x$run.json"
  if [ ! -f "$j" ]; then
    # shellcheck disable=SC2086
    "$BIN" extract --format json $args >"$j" 2>"$T/x$run.err"
    st=$?
    if [ "$st" != 0 ]; then
      status_text "$st" >"$T/x$run.broken"; bad "extract $file" "$(status_text $st), want exit 0" "$T/x$run.err"
    elif ! jq -e -s --arg f "$file" 'length == 1 and .[0].path == $f and (.[0].sentences | length > 0)' "$j" \
        >/dev/null 2>"$T/x$run.jqerr"; then
      echo "no report" >"$T/x$run.broken"
      bad "extract $file" "not one JSON object with path $file and sentences $(head -1 "$T/x$run.jqerr")"
    else
      # "start end line column" of each sentence, then of each dropped line
      # (no column: 0), and their texts one after another
      jq -r '(.sentences[] | "\(.start) \(.end) \(.line) \(.column)"), (.dropped[] | "\(.start) \(.end) \(.line) 0")' \
        "$j" >"$T/x$run.spans"
      jq -j '(.sentences[], .dropped[]) | .text, "\n~\n"' "$j" >"$T/x$run.want"
      : >"$T/x$run.wrong"
      while read -r s e l c; do
        slice "$file" "$s" "$e"; printf '\n~\n'
        line=$(($(slice "$file" 0 "$s" | wc -l) + 1))
        col=$({ slice "$file" 0 "$s"; printf x; } | tail -n 1 | LC_ALL=C.UTF-8 wc -m)
        if [ "$line" != "$l" ] || { [ "$c" != 0 ] && [ "$col" != "$c" ]; }; then
          echo "[$s, $e) says line $l column $c, is at line $line column $col" >>"$T/x$run.wrong"
        fi
      done <"$T/x$run.spans" >"$T/x$run.got"
      spans=$(wc -l <"$T/x$run.spans")
      if ! cmp -s "$T/x$run.want" "$T/x$run.got"; then
        echo "offsets" >"$T/x$run.broken"
        bad "extract $file" "start/end do not point at the text:"
        diff "$T/x$run.want" "$T/x$run.got" | sed 's/^/     /' | head -6
      elif [ -s "$T/x$run.wrong" ]; then
        echo "positions" >"$T/x$run.broken"
        bad "extract $file" "$(wc -l <"$T/x$run.wrong") of $spans spans have a wrong line or column:"
        sed 's/^/     /' "$T/x$run.wrong" | head -3
      else
        ok "extract $file: exit 0, $spans spans whose offsets, lines and columns point at their text"
      fi
    fi
  fi
  if [ -f "$T/x$run.broken" ]; then bad "extract #$n: $why" "the run failed ($(cat "$T/x$run.broken"))"; continue; fi
  # shellcheck disable=SC2016
  hit=$(jq -r --arg s "$sentence" --arg p "$pred" \
    'first(.sentences[] | select(.text | contains($s))) | [.claims[] | select(.predicate == $p)]
     | if length == 0 then "no claim" elif any(.[]; '"$test"') then "ok" else "test false on: \(map(tostring) | join(" "))" end' \
    "$j" 2>&1)
  case "$hit" in
    ok) ok "extract #$n: $why" ;;
    '') bad "extract #$n: $why" "no sentence of $file contains '$sentence'" ;;
    *) bad "extract #$n: $why" "$pred: $hit" ;;
  esac
done <tests/extract-cmd.tsv

echo "commands: $pass passed, $fail failed"
[ "$fail" = 0 ]
