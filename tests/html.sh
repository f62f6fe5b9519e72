#!/bin/sh
# html.sh: --format html. Without a browser: the page's style and script
# are what src/gen_html.sh makes of src/html_report.css and .js, a page
# loads nothing from anywhere, and a summary's markup is escaped. Where
# Debian's Chromium is (make htmldeps installs it, with playwright-core,
# pinned in tests/html/package-lock.json, into build/html; CI does),
# tests/html/check.mjs opens every story of data/ and of the development
# set in it: each finding of the list is highlighted on its sides and,
# selected, in view and joined by a line; j moves on; the kind boxes
# filter; a hostile summary stays text; a baseline's findings are listed
# as accepted. HTML_SHOTS=DIR writes its two screenshots there (make
# html-shots: docs/).
NAME=html
. tests/lib.sh

ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }

if sh src/gen_html.sh "$T/assets.inc" && cmp -s "$T/assets.inc" src/html_report.inc; then
  ok "src/html_report.inc is what gen_html.sh makes of the .css and .js"
else
  no "src/html_report.inc is stale: run make html-assets"
fi

# every story: a page and its JSON report
page_of() {
  # shellcheck disable=SC2086
  "$BIN" --rules rules $r --format html --fail-on none "$s" $srcs >"$T/$n.html" 2>"$T/$n.err" ||
    no "$d: exit $? ($(head -1 "$T/$n.err"))"
  # shellcheck disable=SC2086
  "$BIN" --rules rules $r --format json --fail-on none "$s" $srcs >"$T/$n.json"
  printf '%s\t%s\n' "$PWD/$T/$n.html" "$PWD/$T/$n.json" >>"$T/stories.tsv"
}
: >"$T/stories.tsv"
each_story page_of

# a page names no address but the standards' own, and has one script
if ! grep -l 'src=\|href="http\|url(\|@import' "$T"/*.html >/dev/null && [ "$(cat "$T"/*.html | grep -c '<script')" = "$n" ]; then
  ok "$n pages: one inline script each, no src, link, url() or @import"
else
  no "a page loads something: $(grep -o 'src=[^ ]*\|href="http[^"]*\|url([^)]*)\|@import' "$T"/*.html | head -3)"
fi

# a hostile summary: markup, controls and quotes in its text and its name
H="$T/x\"<b>.zh.txt"
printf 'Nvidia <script>alert(1)</script> said <img src=x onerror=alert(2)> it \342\200\256 will pay \302\205 $5.5 billion \033[2J.\n' >"$H"
printf 'Nvidia said it will pay $5.5 billion in fees.\n' >"$T/src.en.txt"
"$BIN" --rules rules --format html --fail-on none "$H" "$T/src.en.txt" >"$T/hostile.html"
if [ "$(grep -c '<script' "$T/hostile.html")" = 1 ] && ! grep -q '<img\|<b>\.zh' "$T/hostile.html" &&
  ! LC_ALL=C grep -q "$(printf '\342\200\256\|\302\205\|\033')" "$T/hostile.html"; then
  ok "a hostile summary is escaped: one script, no img, no control left"
else
  no "a hostile summary reaches the page: $(grep -o '<script[^>]*>\|<img[^>]*>' "$T/hostile.html" | head -3)"
fi

# a baseline with notes, applied
RE="--rules rules --rules data/rare-earths/rules data/rare-earths/summary.zh.txt data/rare-earths/000-metalsdesk.en.txt data/rare-earths/001-techledger.en.txt"
# shellcheck disable=SC2086
"$BIN" baseline write "$T/base.txt" --note "reviewed by the desk" $RE >/dev/null 2>&1
# shellcheck disable=SC2086
"$BIN" --baseline "$T/base.txt" --format html --fail-on none $RE >"$T/baseline.html"
# shellcheck disable=SC2086
"$BIN" --baseline "$T/base.txt" --format json --fail-on none $RE >"$T/baseline.json"
hidden=$(jq .baseline.hidden "$T/baseline.json")
if [ "$hidden" -gt 0 ] && [ "$(grep -c '<li id="f[0-9]*" class="f k-[a-z]* base"' "$T/baseline.html")" = "$hidden" ] &&
  [ "$(grep -c 'in the baseline: reviewed by the desk' "$T/baseline.html")" = "$hidden" ]; then
  ok "a baseline's $hidden findings are in the page, as accepted, with their note"
else
  no "a baseline's $hidden findings are not all in the page as accepted"
fi
# shellcheck disable=SC2086
"$BIN" --format html --fail-on none $RE >"$T/shots.html"

if ! command -v chromium >/dev/null 2>&1 && [ -z "$CHROMIUM" ]; then
  echo "SKIP the browser checks: no Chromium here (make htmldeps installs it; CI does)"
  echo "$NAME: $pass passed, $fail failed"
  [ $fail = 0 ]
  exit
fi
D=build/html
mkdir -p "$D"
cp tests/html/package.json tests/html/package-lock.json "$D/"
if [ ! -f "$D/node_modules/.package-lock.json" ] || [ tests/html/package-lock.json -nt "$D/node_modules/.package-lock.json" ]; then
  (cd "$D" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null 2>&1) ||
    { no "npm ci of playwright-core failed (make htmldeps)"; echo "$NAME: $pass passed, $fail failed"; exit 1; }
fi
cp tests/html/check.mjs "$D/check.mjs"
shots=${HTML_SHOTS:+$PWD/$HTML_SHOTS}
tt=$PWD/$T
(cd "$D" && timeout 600 node check.mjs "$tt" $shots) >"$T/browser.log" 2>&1
st=$?
cat "$T/browser.log" | grep '^ok\|^FAIL'
pass=$((pass + $(grep -c '^ok' "$T/browser.log")))
fail=$((fail + $(grep -c '^FAIL' "$T/browser.log")))
if [ $st != 0 ] && ! grep -q '^FAIL' "$T/browser.log"; then
  no "the browser checks $(status_text $st): $(tail -3 "$T/browser.log")"
fi
echo "$NAME: $pass passed, $fail failed"
[ $fail = 0 ]
