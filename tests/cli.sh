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
check "bad --format" 2 "--format must be text, json, sarif, github, junit or html, not 'xml'" -- "$BIN" --format xml "$S" "$D"
check "bad extract --format" 2 "--format must be text or json, not 'sarif'" -- "$BIN" extract --format sarif "$S"
check "bad --date" 2 "--date must be YYYY-MM-DD" -- "$BIN" --date 1/8/2025 "$S" "$D"
check "impossible --date" 2 "--date must be YYYY-MM-DD, not '2025-13-45'" -- "$BIN" --date 2025-13-45 "$S" "$D"
check "negative --max-bytes" 2 "--max-bytes must be a positive number" -- "$BIN" --max-bytes -1 "$S" "$D"
check "too large" 2 "larger than the limit of 100 bytes" -- "$BIN" --max-bytes 100 "$S" "$D"
check "--help" 0 "usage: claimdiff" -- "$BIN" --help
check "--fail-on none" 0 "agreement" -- "$BIN" --fail-on none --color never "$S" "$D"
check "json schema" 0 '"schema": "claimdiff/1"' -- "$BIN" --fail-on none --format json "$S" "$D"
# the default rules are an absolute path; a report run inside the tree
# names them relative to it, not after the machine (was /home/.../rules/...)
rule=$(env -u CLAIMDIFF_RULES "$BIN" --fail-on none --format json "$S" "$D" | jq -r '[.findings[].claims[].rule] | first')
case "$rule" in
rules/*.yaml:[0-9]*) pass=$((pass + 1)); echo "ok   default rules named relative to the tree: $rule" ;;
*) fail=$((fail + 1)); echo "FAIL default rules named '$rule'" ;;
esac

# --fail-on: a single name is a level (that kind and the kinds above it),
# a list with commas exactly the kinds named. rare-earths against its
# second source: 1 contradiction, 3 omissions, 1 unsupported claim (the
# Korean and Japanese reactions no source tells); the Traditional H20
# summary against its English original: 1 unsupported claim and nothing
# else, so the level "unsupported" fails it and the list "omission," not.
RE="--rules rules --rules data/rare-earths/rules data/rare-earths/summary.zh-hant.txt data/rare-earths/001-techledger.en.txt"
HE="data/h20/summary.zh-hant.txt data/h20/004-summary.en.txt"
fail_on() { # FAIL-ON WANT-STATUS DOCS...
  f=$1 want=$2
  shift 2
  check "--fail-on $f" "$want" "" -- "$BIN" --fail-on "$f" "$@"
}
# shellcheck disable=SC2086
{
  fail_on contradiction 1 $RE
  fail_on unsupported 1 $RE
  fail_on unsupported, 1 $RE
  fail_on unsupported 1 $HE
  fail_on omission, 0 $HE
  fail_on omission,unsupported 1 $RE
  fail_on contradiction,unsupported 1 $RE
  fail_on omission 0 $HE
  fail_on contradiction,omission 0 $HE
  fail_on contradiction,unsupported 1 $HE
}
check "--fail-on none in a list" 2 "or a list of the first three" -- "$BIN" --fail-on none,omission "$S" "$D"
check "--fail-on an unknown kind" 2 "not 'contradiction,bogus'" -- "$BIN" --fail-on contradiction,bogus "$S" "$D"
check "--fail-on a list of nothing" 2 "must name a level or a list of kinds, not ','" -- "$BIN" --fail-on , "$S" "$D"

# the option parser: --opt=value, '-' as standard input, '--', unknown
# options (with the hint to that command's --help), values --format text

# same NAME WANT_STATUS -- ARGS...: the output of ARGS (standard input from
# $T/stdin when it exists, <stdin> in it read as $SAME_PATH) must equal
# $T/want byte for byte, with exit status WANT_STATUS
same() {
  name=$1 want=$2
  shift 3
  if [ -f "$T/stdin" ]; then "$@" <"$T/stdin" >"$T/got" 2>&1; else "$@" </dev/null >"$T/got" 2>&1; fi
  got=$?
  [ -n "$SAME_PATH" ] && sed "s#<stdin>#$SAME_PATH#g" "$T/got" >"$T/got.s" && mv "$T/got.s" "$T/got"
  if [ "$got" = "$want" ] && cmp -s "$T/want" "$T/got"; then
    pass=$((pass + 1)); echo "ok   $name"
  else
    fail=$((fail + 1)); echo "FAIL $name: exit $got (want $want), output differs:"
    diff "$T/want" "$T/got" | head -5 | sed 's/^/     | /'
  fi
  rm -f "$T/stdin"; SAME_PATH=
}

# usage_err NAME HINT_CMD MESSAGE -- ARGS...: exit 2, MESSAGE on stderr as
# "claimdiff: MESSAGE", then the hint line, nothing on stdout
usage_err() {
  name=$1 cmd=$2 msg=$3
  shift 4
  "$@" </dev/null >"$T/out" 2>"$T/err"
  got=$?
  printf 'claimdiff: %s\nUse claimdiff%s --help for help.\n' "$msg" "${cmd:+ $cmd}" >"$T/want-err"
  if [ "$got" = 2 ] && cmp -s "$T/want-err" "$T/err" && [ ! -s "$T/out" ]; then
    pass=$((pass + 1)); echo "ok   $name"
  else
    fail=$((fail + 1)); echo "FAIL $name: exit $got (want 2), stderr:"
    sed 's/^/     | /' "$T/err" | head -3
  fi
}

"$BIN" --fail-on none --format json "$S" "$D" >"$T/want" 2>&1
same "compare --format=json" 0 -- "$BIN" --fail-on=none --format=json "$S" "$D"
"$BIN" --rules rules --color never --date 2025-08-01 --max-bytes 100000 "$S" "$D" >"$T/want" 2>&1
same "compare --rules= --color= --date= --max-bytes=" $? -- "$BIN" --rules=rules --color=never --date=2025-08-01 --max-bytes=100000 "$S" "$D"
"$BIN" extract --rules rules --date 2025-08-01 --format json "$D" >"$T/want" 2>&1
same "extract --rules= --date= --format=" 0 -- "$BIN" extract --rules=rules --date=2025-08-01 --format=json "$D"
printf 'about $5.5 billion on Thursday\n' >"$T/vals.txt"
"$BIN" values --date 2025-08-01 --format text <"$T/vals.txt" >"$T/want" 2>&1
cp "$T/vals.txt" "$T/stdin"
same "values --date= --format=" 0 -- "$BIN" values --date=2025-08-01 --format=text
usage_err "check-rules --help=x" check-rules "check-rules: option '--help' takes no value" -- "$BIN" check-rules --help=x
usage_err "flag with a value" "" "option '--explain' takes no value" -- "$BIN" --explain=yes "$S" "$D"
usage_err "--opt at the end" extract "extract: option '--rules' needs a value" -- "$BIN" extract "$D" --rules
usage_err "--rules= (empty)" "" "--rules needs a directory" -- "$BIN" --rules= "$S" "$D"
usage_err "extract --rules '' (empty)" extract "extract: --rules needs a directory" -- "$BIN" extract --rules '' "$D"

# '-' is standard input, once; the report is the file's, named <stdin>
"$BIN" --fail-on none --format json "$S" "$D" >"$T/want" 2>&1
cp "$S" "$T/stdin"; SAME_PATH=$S
same "compare: summary from -" 0 -- "$BIN" --fail-on none --format json - "$D"
cp "$D" "$T/stdin"; SAME_PATH=$D
same "compare: a source from -" 0 -- "$BIN" --fail-on none --format json "$S" -
"$BIN" --fail-on none --explain "$S" "$D" >"$T/want" 2>&1
cp "$S" "$T/stdin"; SAME_PATH=$S
same "compare text: summary from -" 0 -- "$BIN" --fail-on none --explain - "$D"
"$BIN" extract "$D" >"$T/want" 2>&1
cp "$D" "$T/stdin"; SAME_PATH=$D
same "extract -" 0 -- "$BIN" extract -
"$BIN" extract --format json "$D" >"$T/want" 2>&1
cp "$D" "$T/stdin"; SAME_PATH=$D
same "extract --format json -" 0 -- "$BIN" extract --format json -
usage_err "- twice" "" "standard input ('-') can be read only once" -- "$BIN" - -
check "empty standard input" 2 "<stdin>:1:1: empty file" -- "$BIN" - "$D"
printf 'Nvidia \377 said.\n' | "$BIN" "$S" - >"$T/out" 2>"$T/err"
if [ $? = 2 ] && grep -qF "<stdin>:1:8: invalid UTF-8 byte 0xff" "$T/err"; then pass=$((pass + 1)); echo "ok   invalid UTF-8 on standard input"
else fail=$((fail + 1)); echo "FAIL invalid UTF-8 on standard input"; fi
"$BIN" --max-bytes 100 - "$D" <"$S" >"$T/out" 2>"$T/err"
if [ $? = 2 ] && grep -qF "<stdin>: file is larger than the limit of 100 bytes" "$T/err"; then pass=$((pass + 1)); echo "ok   --max-bytes on standard input"
else fail=$((fail + 1)); echo "FAIL --max-bytes on standard input"; fi

# '--' ends the options: what follows is files, even '-x.txt'
cp "$S" "$T/-s.txt"
case $BIN in /*) ABS=$BIN ;; *) ABS=$(pwd)/$BIN ;; esac
(cd "$T" && "$ABS" --rules ../../rules --fail-on none --format json -- -s.txt "../../$D") >"$T/got" 2>&1
st=$?
if [ $st = 0 ] && grep -qF '"path": "-s.txt"' "$T/got"; then pass=$((pass + 1)); echo "ok   -- then a file named -s.txt"
else fail=$((fail + 1)); echo "FAIL -- then a file named -s.txt: exit $st"; head -3 "$T/got"; fi
usage_err "without --, -s.txt is an option" "" "unknown option '-s.txt'" -- "$BIN" -s.txt "$D"
"$BIN" --fail-on none "$S" "$D" >"$T/want" 2>&1
same "-- before every file" 0 -- "$BIN" --fail-on none -- "$S" "$D"

# an unknown option, for each command: the message, the hint, exit 2
usage_err "compare: unknown option" "" "unknown option '--x'" -- "$BIN" --x "$S" "$D"
usage_err "compare: unknown --x=1" "" "unknown option '--x'" -- "$BIN" --x=1 "$S" "$D"
usage_err "check-rules: unknown option" check-rules "check-rules: unknown option '--x'" -- "$BIN" check-rules --x
usage_err "extract: unknown option" extract "extract: unknown option '--x'" -- "$BIN" extract --x "$D"
usage_err "extract: --explain is compare's" extract "extract: unknown option '--explain'" -- "$BIN" extract --explain "$D"
usage_err "values: unknown option" values "values: unknown option '--x'" -- "$BIN" values --x
usage_err "values: --lang is gone" values "values: unknown option '--lang'" -- "$BIN" values --lang zh
usage_err "values: --lang= is gone" values "values: unknown option '--lang'" -- "$BIN" values --lang=zh
usage_err "compare: --lang" "" "unknown option '--lang'" -- "$BIN" --lang zh "$S" "$D"

# values --format text: one readable line a value; json stays the default
printf '约55亿美元，上周四\n\nabout $5.5 billion\n' >"$T/vals.txt"
printf '1:0-14  money  约55亿美元  5500000000 USD  approx\n1:17-26  date  上周四  2025-07-24\n3:0-18  money  about $5.5 billion  5500000000 USD  approx\n' >"$T/want"
cp "$T/vals.txt" "$T/stdin"
same "values --format text" 0 -- "$BIN" values --date 2025-08-01 --format text
printf '1:17-26  date  上周四  unresolved 上周四\n' >"$T/want"
printf '，上周四\n' | sed 's/^/约55亿美元/' >"$T/stdin"
"$BIN" values --format text <"$T/stdin" | sed -n 2p >"$T/got"
if cmp -s "$T/want" "$T/got"; then pass=$((pass + 1)); echo "ok   values --format text: unresolved date"
else fail=$((fail + 1)); echo "FAIL values --format text: unresolved date: $(cat "$T/got")"; fi
rm -f "$T/stdin"
"$BIN" values --date 2025-08-01 <"$T/vals.txt" >"$T/want" 2>&1
cp "$T/vals.txt" "$T/stdin"
same "values: json is the default" 0 -- "$BIN" values --date 2025-08-01 --format json
check "values --format json" 0 '{"line": 3, "start": 0, "end": 18, "kind": "money", "text": "about $5.5 billion", "value": "5500000000 USD", "approx": true}' -- "$BIN" values --date 2025-08-01 <"$T/vals.txt"
check "values --format xml" 2 "--format must be text or json, not 'xml'" -- "$BIN" values --format xml

# control characters of scraped text never reach the terminal
printf 'Nvidia was banned \033[2J in April.\n' >"$T/esc.txt"
"$BIN" --fail-on none --color never "$T/esc.txt" "$D" >"$T/esc.out" 2>&1
if grep -q "$(printf '\033')" "$T/esc.out"; then fail=$((fail + 1)); echo "FAIL escape in text passes through"; else pass=$((pass + 1)); echo "ok   escape sequences in text are neutralised"; fi
# C1 controls (U+009B is a one-byte CSI to some terminals) and bidi
# controls (U+202E turns the rest of the line around) are shown escaped
printf 'Nvidia was banned \342\200\256 in April \302\2332J.\n' >"$T/bidi.txt"
"$BIN" --fail-on none --color never "$T/bidi.txt" "$D" >"$T/bidi.out" 2>&1
if grep -q "$(printf '\342\200\256')" "$T/bidi.out" || grep -q "$(printf '\302\233')" "$T/bidi.out" ||
  ! grep -q 'banned <U+202E> in April <U+009B>2J' "$T/bidi.out"; then
  fail=$((fail + 1)); echo "FAIL C1 and bidi controls: $(grep banned "$T/bidi.out" | head -2)"
else
  pass=$((pass + 1)); echo "ok   C1 and bidi controls shown as <U+009B>, <U+202E>"
fi

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
  tty_run() { CLAIMDIFF_PAGER=cat script -qec "$1" /dev/null </dev/null >"$T/tty" 2>&1; }
  tty_run "TERM=xterm $BIN --fail-on none $S $D"
  if grep -q "$(printf '\033')\[" "$T/tty"; then pass=$((pass + 1)); echo "ok   tty: colour"; else fail=$((fail + 1)); echo "FAIL tty: no colour"; fi
  tty_run "TERM=xterm NO_COLOR=1 $BIN --fail-on none $S $D"
  if grep -q "$(printf '\033')\[" "$T/tty"; then fail=$((fail + 1)); echo "FAIL tty+NO_COLOR: colour"; else pass=$((pass + 1)); echo "ok   tty+NO_COLOR: none"; fi
  # a pager that cannot run is no pager: the report is still shown
  script -qec "CLAIMDIFF_PAGER='no-such-pager -R' $BIN --fail-on none --color never $S $D" /dev/null </dev/null >"$T/tty" 2>&1
  if grep -q "agreements" "$T/tty" && ! grep -q "not found" "$T/tty"; then pass=$((pass + 1)); echo "ok   tty: a pager that cannot run is passed over"; else fail=$((fail + 1)); echo "FAIL tty: a missing pager took the report: $(head -3 "$T/tty")"; fi
  tty_run "TERM=dumb $BIN --fail-on none $S $D"
  if grep -q "$(printf '\033')\[" "$T/tty"; then fail=$((fail + 1)); echo "FAIL tty+TERM=dumb: colour"; else pass=$((pass + 1)); echo "ok   tty+TERM=dumb: none"; fi
else
  echo "skip tty cases: no script(1)"
fi

# the rule cache: where it goes by default, that a warm run reports what a
# cold one did, and that no cache (off, or one that cannot be written)
# changes nothing
# (and the two lexicons' snapshots: aliases and cues, abbreviations)
count_trees() { ls "$1" 2>/dev/null | grep -c '\.tree$'; }
count_lex() { ls "$1" 2>/dev/null | grep -c '\.lex$'; }
cache_case() { # NAME DIR WANT-TREES -- ENV...: two runs, the same report, WANT-TREES files in DIR
  name=$1 dir=$2 want=$3 want_lex=2
  shift 4
  [ "$want" = 0 ] && want_lex=0
  env "$@" "$BIN" --fail-on none --color never "$S" "$D" >"$T/cold" 2>&1
  env "$@" "$BIN" --fail-on none --color never "$S" "$D" >"$T/warm" 2>&1
  got=$(count_trees "$dir") got_lex=$(count_lex "$dir")
  if [ "$got" = "$want" ] && [ "$got_lex" = "$want_lex" ] && cmp -s "$T/cold" "$T/warm" && cmp -s "$T/cold" "$T/plain"; then
    pass=$((pass + 1)); echo "ok   cache: $name"
  else
    fail=$((fail + 1)); echo "FAIL cache: $name: $got trees and $got_lex lexicons in $dir (want $want and $want_lex), or reports differ"
  fi
}
nrules=$(ls rules/*.yaml | wc -l)
mkdir -p "$T/home" "$T/off"
CLAIMDIFF_CACHE=off "$BIN" --fail-on none --color never "$S" "$D" >"$T/plain" 2>&1
cache_case "CLAIMDIFF_CACHE" "$T/cd" "$nrules" -- CLAIMDIFF_CACHE="$T/cd"
cache_case "XDG_CACHE_HOME" "$T/xdg/claimdiff" "$nrules" -- -u CLAIMDIFF_CACHE XDG_CACHE_HOME="$PWD/$T/xdg"
cache_case "HOME" "$T/home/.cache/claimdiff" "$nrules" -- -u CLAIMDIFF_CACHE -u XDG_CACHE_HOME HOME="$PWD/$T/home"
cache_case "off" "$T/off/.cache/claimdiff" 0 -- CLAIMDIFF_CACHE=off HOME="$PWD/$T/off"
printf 'x' >"$T/file"
cache_case "not writable" "$T/file" 0 -- CLAIMDIFF_CACHE="$T/file/cache"

# Trees are named by their rule file's path, so every new path added one
# for good (a fresh clone a CI run: 544 files, 74 MB in a day of ours): a
# load that writes keeps the newest 256 and removes the temporary files of
# writes an hour old, and nothing else.
old_files() { # DIR SUFFIX N: files 1..N named as the cache names them, file i the i-th oldest
  mkdir -p "$1"
  i=1
  while [ $i -le "$3" ]; do
    f="$1/$(printf '%016x' $i)$2"
    : >"$f" && touch -d "@$((1577836800 + i))" "$f"
    i=$((i + 1))
  done
}
P="$T/prune"
old_files "$P" .tree 300
: >"$P/00000000000000aa.tree.123.tmp" && touch -d "@1577836800" "$P/00000000000000aa.tree.123.tmp"
: >"$P/00000000000000bb.tree.124.tmp"
: >"$P/notes.txt" && touch -d "@1577836800" "$P/notes.txt"
CLAIMDIFF_CACHE="$P" "$BIN" --fail-on none --color never "$S" "$D" >"$T/pruned" 2>&1
oldest_kept=$(printf '%016x' $((300 - 256 + nrules + 1)))
oldest_gone=$(printf '%016x' $((300 - 256 + nrules)))
if [ "$(count_trees "$P")" = 256 ] && [ -f "$P/$oldest_kept.tree" ] && [ ! -f "$P/$oldest_gone.tree" ] &&
  [ ! -f "$P/00000000000000aa.tree.123.tmp" ] && [ -f "$P/00000000000000bb.tree.124.tmp" ] &&
  [ -f "$P/notes.txt" ] && cmp -s "$T/pruned" "$T/plain" &&
  [ "$(ls -t "$P" | grep -v '\.lex$' | head -n "$nrules" | grep -c '\.tree$')" = "$nrules" ]; then
  pass=$((pass + 1)); echo "ok   cache: the newest 256 trees kept"
else
  fail=$((fail + 1)); echo "FAIL cache: $(count_trees "$P") trees after pruning (want 256, the oldest gone, temporary files an hour old gone, others kept)"
fi

# Lexicon snapshots are named by their keys, so every change to the rules
# makes new ones: a run that writes one keeps the newest 16.
L="$T/prune-lex"
old_files "$L" .lex 20
CLAIMDIFF_CACHE="$L" "$BIN" --fail-on none --color never "$S" "$D" >"$T/pruned" 2>&1
if [ "$(count_lex "$L")" = 16 ] && [ ! -f "$L/$(printf '%016x' 6).lex" ] && [ -f "$L/$(printf '%016x' 7).lex" ] &&
  [ "$(ls -t "$L" | head -n 2 | grep -c '\.lex$')" = 2 ] && [ -s "$L/$(ls -t "$L" | head -n 1)" ] &&
  cmp -s "$T/pruned" "$T/plain"; then
  pass=$((pass + 1)); echo "ok   cache: the newest 16 lexicon snapshots kept"
else
  fail=$((fail + 1)); echo "FAIL cache: $(count_lex "$L") lexicon snapshots after pruning (want 16: the run's two and the newest 14 before)"
fi

# A write that fails (a full disk) is exit 2 and "write error", for every
# command that writes a report: extract and values once exited 0 with
# nothing written, and a report now streams out in pieces (buf.h).
full() {
  name=$1
  shift 2
  "$@" >/dev/full 2>"$T/err" </dev/null
  got=$?
  if [ "$got" = 2 ] && grep -qF "<stdout>: write error" "$T/err"; then
    pass=$((pass + 1)); echo "ok   $name"
  else
    fail=$((fail + 1)); echo "FAIL $name: exit $got (want 2 and a write error)"
  fi
}
if [ -w /dev/full ]; then
  full "compare to a full disk" -- "$BIN" --color never "$S" "$D"
  full "compare --format json to a full disk" -- "$BIN" --format json "$S" "$D"
  full "extract to a full disk" -- "$BIN" extract "$D"
  full "extract --format json to a full disk" -- "$BIN" extract --format json "$D"
  printf '5.5 billion dollars\n' >"$T/stdin"
  full "values to a full disk" -- sh -c '"$1" values <"$2"' - "$BIN" "$T/stdin"
  rm -f "$T/stdin"
else
  echo "skip full-disk cases: no /dev/full"
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
