#!/bin/sh
# golden.sh: reports on data/ compared byte for byte with tests/golden/.
#
# Each case is tests/golden/NAME.args (the command line after the binary,
# one line) with NAME.out (expected standard output) and NAME.status
# (expected exit status). A mismatch prints a unified diff. To accept new
# output after a deliberate change: UPDATE=1 sh tests/golden.sh, then read
# the diff in git before committing it.
#
# A claim's rule is cited as FILE:LINE of the shipped rules; the line
# moves whenever a rule is added above it, so the comparison reads every
# such citation as FILE:N, and apart from it each citation is checked to
# name a line of its file that holds keys (en:, zh:, or a key list's
# continuation, not another field).
BIN=${BIN:-build/rel/claimdiff}
T=build/golden-tmp
rm -rf "$T" && mkdir -p "$T"
pass=0 fail=0
lineless() { sed -E 's#("rule": "[^":]*\.yaml):[0-9]+"#\1:N"#g' "$1"; }
# cites FILE: each rule citation of FILE that names no key line, as FILE:LINE
cites() {
  grep -o '"rule": "[^"]*\.yaml:[0-9]*"' "$1" | sed -E 's/"rule": "(.*):([0-9]+)"/\1 \2/' | sort -u |
    while read -r file line; do
      sed -n "${line}p" "$file" | awk '/^ +(en|zh): / || (/^ +[^ #]/ && !/^ +(- +)?[a-z_]+:( |$)/) { ok = 1 }
        END { exit !ok }' || echo "$file:$line"
    done
}
for args in tests/golden/*.args; do
  name=$(basename "$args" .args)
  # shellcheck disable=SC2046
  "$BIN" $(cat "$args") >"$T/$name.out" 2>"$T/$name.err"
  echo $? >"$T/$name.status"
  if [ -n "$UPDATE" ]; then
    cp "$T/$name.out" "tests/golden/$name.out"
    cp "$T/$name.status" "tests/golden/$name.status"
  fi
  lineless "$T/$name.out" >"$T/$name.cmp"
  lineless "tests/golden/$name.out" >"$T/$name.want"
  bad=$(cites "$T/$name.out")
  if [ -z "$bad" ] && cmp -s "$T/$name.cmp" "$T/$name.want" && cmp -s "$T/$name.status" "tests/golden/$name.status"; then
    pass=$((pass + 1)); echo "ok   $name"
  else
    fail=$((fail + 1)); echo "FAIL $name ($(cat "$args"))"
    diff -u "tests/golden/$name.status" "$T/$name.status" | sed 's/^/     /'
    [ -z "$bad" ] || echo "     rule citations that name no key line: $bad"
    diff -u "$T/$name.want" "$T/$name.cmp" | head -40 | sed 's/^/     /'
    sed 's/^/     stderr: /' "$T/$name.err" | head -5
  fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" = 0 ]
