#!/bin/sh
# formats.sh: the CI formats. --format sarif on every story of data/ and
# of the development set is SARIF 2.1.0: valid against the schema (Debian's
# python3-jsonschema with the schema the pinned SARIF Multitool package
# ships), with no error from the Multitool's own checks; a result's region
# holds the sentence it quotes, at the byte offset and line it gives.
# --format github writes a workflow command a finding but agreements,
# --format junit well-formed JUnit XML, a test case a key, failed by the
# kinds --fail-on counts. make formatsdeps (run by make test) installs
# what it needs.
NAME=formats
. tests/lib.sh

ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }

D=build/sarif
MT=$D/node_modules/@microsoft/sarif-multitool-linux
mkdir -p "$D"
cp tests/sarif/package.json tests/sarif/package-lock.json "$D/"
# npm keeps a copy of the lock it installed from in node_modules/.package-lock.json
if [ ! -f "$D/node_modules/.package-lock.json" ] || [ tests/sarif/package-lock.json -nt "$D/node_modules/.package-lock.json" ]; then
  (cd "$D" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null 2>&1) ||
    { no "npm ci of the SARIF Multitool failed (make sarifdeps installs npm)"; echo "$NAME: $pass passed, $fail failed"; exit 1; }
fi
chmod u+x "$MT/Sarif.Multitool"

sarif_of() {
  # shellcheck disable=SC2086
  "$BIN" --rules rules $r --format sarif --fail-on none "$s" $srcs >"$T/$n.sarif" 2>"$T/$n.err" ||
    no "$d: exit $? ($(head -1 "$T/$n.err"))"
}
each_story sarif_of

if /usr/bin/python3 - "$MT/sarif-2.1.0.json" "$T"/*.sarif >"$T/schema.log" 2>&1 <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
cls = jsonschema.validators.validator_for(schema)
bad = 0
for path in sys.argv[2:]:
    for e in cls(schema).iter_errors(json.load(open(path))):
        bad += 1
        print(path, "/".join(str(p) for p in e.absolute_path), e.message[:200])
sys.exit(1 if bad else 0)
PY
then
  ok "$n SARIF logs valid against the SARIF 2.1.0 schema"
else
  no "SARIF not valid against the schema: $(head -5 "$T/schema.log")"
fi

"$MT/Sarif.Multitool" validate -o "$T/multitool.sarif" -j "$MT/sarif-2.1.0.json" "$T"/*.sarif >"$T/multitool.log" 2>&1
errors=$(jq '[.runs[].results[]? | select(.level == "error")] | length' "$T/multitool.sarif" 2>/dev/null)
if [ "$errors" = 0 ]; then
  ok "the SARIF Multitool finds no error in them"
else
  no "the SARIF Multitool: ${errors:-no output} errors: $(jq -r '.runs[].results[]? | select(.level == "error") | .message.text' "$T/multitool.sarif" 2>/dev/null | head -3) $(head -3 "$T/multitool.log")"
fi

# the first result of the H20 story: its region is the sentence it quotes
"$BIN" --rules rules --format sarif --fail-on none data/h20/summary.zh.txt data/h20/000-ap.en.txt >"$T/h20.sarif"
jq -r '.runs[0].results[0].locations[0].physicalLocation | [.artifactLocation.uri, .region.byteOffset, .region.byteLength, .region.startLine] | @tsv' "$T/h20.sarif" >"$T/where"
IFS='	' read -r uri off len line <"$T/where"
jq -j '.runs[0].results[0].locations[0].physicalLocation.region.snippet.text' "$T/h20.sarif" >"$T/snippet"
tail -c +$((off + 1)) "$uri" | head -c "$len" >"$T/bytes"
if cmp -s "$T/snippet" "$T/bytes" && sed -n "${line}p" "$uri" | grep -qF -- "$(head -c 30 "$T/snippet")"; then
  ok "a result's region holds its sentence ($uri, byte $off, line $line)"
else
  no "a result's region ($uri $off $len line $line) does not hold its snippet"
fi

# GitHub annotations and JUnit on rare-earths (1 contradiction, 1 unsupported, 5 omissions)
RE="--rules rules --rules data/rare-earths/rules data/rare-earths/summary.zh.txt data/rare-earths/000-metalsdesk.en.txt data/rare-earths/001-techledger.en.txt"
# shellcheck disable=SC2086
"$BIN" --format json --fail-on none $RE >"$T/re.json"
want=$(jq '[.findings[] | select(.kind != "agreement")] | length' "$T/re.json")
keys=$(jq '[.findings[].key] | unique | length' "$T/re.json")
# shellcheck disable=SC2086
"$BIN" --format github $RE >"$T/re.github"
st=$?
cmd='^::\(error\|warning\|notice\) file=[^,:]*,line=[0-9]*,col=[0-9]*,endLine=[0-9]*,endColumn=[0-9]*,title=[^:]*::.'
if [ $st = 1 ] && [ "$(wc -l <"$T/re.github")" = "$want" ] && [ "$(grep -c "$cmd" "$T/re.github")" = "$want" ] &&
  [ "$(grep -c '^::error ' "$T/re.github")" = 1 ] && [ "$(grep -c '^::notice ' "$T/re.github")" = 5 ]; then
  ok "github: $want workflow commands, one error (the contradiction), five notices"
else
  no "github: exit $st, $(wc -l <"$T/re.github") lines for $want findings: $(head -c 300 "$T/re.github")"
fi
# shellcheck disable=SC2086
"$BIN" --format junit --fail-on contradiction $RE >"$T/re.xml"
st=$?
if [ $st = 1 ] && /usr/bin/python3 - "$T/re.xml" "$keys" >"$T/junit.log" 2>&1 <<'PY'
import sys, xml.etree.ElementTree as E
suite = E.parse(sys.argv[1]).getroot().find("testsuite")
cases = suite.findall("testcase")
failed = [c for c in cases if c.find("failure") is not None]
assert int(suite.get("tests")) == len(cases) == int(sys.argv[2]), (suite.get("tests"), len(cases))
assert int(suite.get("failures")) == len(failed) == 1, suite.get("failures")
assert failed[0].find("failure").get("type") == "contradiction"
assert failed[0].get("name").startswith("take_effect/")
PY
then
  ok "junit: well-formed, a test case a key ($keys), the contradiction's the one failure"
else
  no "junit: exit $st: $(cat "$T/junit.log")"
fi

echo "$NAME: $pass passed, $fail failed"
[ $fail = 0 ]
