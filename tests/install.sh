#!/bin/sh
# install.sh: make install with PREFIX and DESTDIR; the installed binary,
# run from another directory, finds its rules and gives the H20 golden
# report; the man page renders (when man or groff is on the machine).
top=$(pwd)
T=$top/build/install-tmp
rm -rf "$T" && mkdir -p "$T/elsewhere"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }

make -s --no-print-directory install PREFIX=/opt/cd DESTDIR="$T/stage" >"$T/log" 2>&1 &&
  [ -x "$T/stage/opt/cd/bin/claimdiff" ] && [ -f "$T/stage/opt/cd/share/claimdiff/rules/entities.yaml" ] &&
  [ -f "$T/stage/opt/cd/share/man/man1/claimdiff.1" ] && [ -f "$T/stage/opt/cd/share/doc/claimdiff/report-json.md" ] &&
  [ -f "$T/stage/opt/cd/share/doc/claimdiff/rules.md" ] && ok "DESTDIR staging" || no "DESTDIR staging"

make -s --no-print-directory install PREFIX="$T/x" >"$T/log" 2>&1 && ok "make install PREFIX" || no "make install PREFIX"
# another directory, no CLAIMDIFF_RULES, data reached by the same relative paths
ln -s "$top/data" "$T/elsewhere/data"
( cd "$T/elsewhere" && env -u CLAIMDIFF_RULES "$T/x/bin/claimdiff" --color never \
    $(sed 's/--rules rules //; s/--color never //' "$top/tests/golden/h20.args") >"$T/h20.out" 2>"$T/h20.err" )
if cmp -s "$T/h20.out" "$top/tests/golden/h20.out"; then ok "installed binary finds its rules: same H20 report"
else no "installed binary's H20 report differs"; diff "$top/tests/golden/h20.out" "$T/h20.out" | head -5; head -3 "$T/h20.err"; fi
( cd "$T/elsewhere" && env -u CLAIMDIFF_RULES "$T/x/bin/claimdiff" check-rules >"$T/cr.out" 2>&1 ) &&
  grep -q "^$T/x/bin/../share/claimdiff/rules: " "$T/cr.out" && ok "check-rules uses the installed rules" ||
  { no "check-rules uses the installed rules"; tail -2 "$T/cr.out"; }

if command -v man >/dev/null 2>&1; then
  MANWIDTH=80 man -l "$T/x/share/man/man1/claimdiff.1" 2>"$T/man.err" | grep -q "check, claim by claim" &&
    [ ! -s "$T/man.err" ] && ok "man -l renders the page" || { no "man -l"; head -3 "$T/man.err"; }
elif command -v groff >/dev/null 2>&1; then
  groff -man -Tutf8 -ww "$T/x/share/man/man1/claimdiff.1" 2>"$T/man.err" | grep -q "claim by claim" &&
    [ ! -s "$T/man.err" ] && ok "groff renders the page" || { no "groff"; head -3 "$T/man.err"; }
else
  echo "skip man page rendering: neither man nor groff here"
fi
echo "install: $pass passed, $fail failed"
[ "$fail" = 0 ]
