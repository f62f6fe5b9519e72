#!/bin/sh
# golden.sh: reports on data/ compared byte for byte with tests/golden/.
#
# Each case is tests/golden/NAME.args (the command line after the binary,
# one line) with NAME.out (expected standard output) and NAME.status
# (expected exit status). A mismatch prints a unified diff. To accept new
# output after a deliberate change: UPDATE=1 sh tests/golden.sh, then read
# the diff in git before committing it.
BIN=${BIN:-build/rel/claimdiff}
T=build/golden-tmp
rm -rf "$T" && mkdir -p "$T"
pass=0 fail=0
for args in tests/golden/*.args; do
  name=$(basename "$args" .args)
  # shellcheck disable=SC2046
  "$BIN" $(cat "$args") >"$T/$name.out" 2>"$T/$name.err"
  echo $? >"$T/$name.status"
  if [ -n "$UPDATE" ]; then
    cp "$T/$name.out" "tests/golden/$name.out"
    cp "$T/$name.status" "tests/golden/$name.status"
  fi
  if cmp -s "$T/$name.out" "tests/golden/$name.out" && cmp -s "$T/$name.status" "tests/golden/$name.status"; then
    pass=$((pass + 1)); echo "ok   $name"
  else
    fail=$((fail + 1)); echo "FAIL $name ($(cat "$args"))"
    diff -u "tests/golden/$name.status" "$T/$name.status" | sed 's/^/     /'
    diff -u "tests/golden/$name.out" "$T/$name.out" | head -40 | sed 's/^/     /'
    sed 's/^/     stderr: /' "$T/$name.err" | head -5
  fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" = 0 ]
