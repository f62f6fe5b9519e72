#!/bin/sh
# limits.sh: hostile input, each a row of the README's table. Every case
# must end in a clear error (exit 2, a message naming the file) or a
# normal report (exit 0 or 1) - never a crash or a hang (the timeout is a
# hang guard only). Inputs are built here.
BIN=${BIN:-build/rel/claimdiff}
T=build/limits-tmp
rm -rf "$T" && mkdir -p "$T"
pass=0 fail=0
D=data/h20/000-ap.en.txt
S=data/h20/summary.zh.txt

# expect NAME STATUS PATTERN -- ARGS...: status 0/1 means "a report";
# PATTERN is looked for in stderr (errors) or stdout (reports)
expect() {
  name=$1 want=$2 pat=$3
  shift 4
  timeout 120 "$@" >"$T/out" 2>"$T/err"
  got=$?
  case $want in
    report) ok=0; [ $got -le 1 ] && grep -qF -- "$pat" "$T/out" && ok=1 ;;
    *) ok=0; [ $got = "$want" ] && grep -qF -- "$pat" "$T/err" && ok=1 ;;
  esac
  if [ $ok = 1 ]; then pass=$((pass + 1)); echo "ok   $name"
  else fail=$((fail + 1)); echo "FAIL $name: exit $got"; head -c 300 "$T/err"; echo; fi
}

# a file over the size limit (default 64 MiB; --max-bytes sets it)
head -c 70000000 /dev/zero | tr '\0' 'a' >"$T/big.txt"
expect "file over 64 MiB" 2 "big.txt: file is larger than the limit of 67108864 bytes" -- "$BIN" "$T/big.txt" "$D"
rm -f "$T/big.txt"
# a line of 4 MB
awk 'BEGIN { printf "Nvidia "; for (i = 0; i < 700000; i++) printf "chips "; print "were banned." }' >"$T/longline.txt"
expect "a 4 MB line" report "agreement" -- "$BIN" --fail-on none "$T/longline.txt" "$D"
# a million sentences
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "A b. "; print "" }' >"$T/million.txt"
expect "a million sentences" report "summary" -- "$BIN" --fail-on none "$T/million.txt" "$D"
# NUL bytes, overlong UTF-8, surrogates, a BOM in the middle
printf 'Nvidia\000said.\n' >"$T/nul.txt"
expect "a NUL byte" 2 "nul.txt:1:7: NUL byte in text" -- "$BIN" "$T/nul.txt" "$D"
printf 'Nvidia \300\257 said.\n' >"$T/overlong.txt"
expect "overlong UTF-8" 2 "overlong.txt:1:8: invalid UTF-8 byte 0xc0" -- "$BIN" "$T/overlong.txt" "$D"
printf 'Nvidia \355\240\200 said.\n' >"$T/surrogate.txt"
expect "a surrogate" 2 "surrogate.txt:1:8: invalid UTF-8 byte 0xed" -- "$BIN" "$T/surrogate.txt" "$D"
printf 'Nvidia said.\nA BOM \357\273\277 here.\n' >"$T/bom.txt"
expect "a BOM in the middle" 2 "bom.txt:2:7: byte order mark in the middle of the text" -- "$BIN" "$T/bom.txt" "$D"
# rules: anchor bombs, deep nesting, huge scalars, huge files, not UTF-8
mk_rules() { rm -rf "$T/r-$1" && mkdir -p "$T/r-$1" && cp rules/*.yaml "$T/r-$1/"; }
mk_rules bomb && cp tests/rules-bad/anchor-bomb.yaml "$T/r-bomb/zz.yaml"
expect "a YAML anchor bomb" 2 "zz.yaml:1:5: aliases and anchors are not allowed" -- "$BIN" --rules "$T/r-bomb" "$S" "$D"
mk_rules deep && cp tests/rules-bad/deep.yaml "$T/r-deep/zz.yaml"
expect "deeply nested YAML" 2 "zz.yaml:1:27: rule file nested deeper than 16 levels" -- "$BIN" --rules "$T/r-deep" "$S" "$D"
mk_rules scalar && awk 'BEGIN { printf "entities:\n  - id: long\n    type: company\n    en: [\""; for (i = 0; i < 200000; i++) printf "long name "; print "\"]" }' >"$T/r-scalar/zz.yaml"
expect "a 2 MB scalar" report "agreement" -- "$BIN" --fail-on none --rules "$T/r-scalar" "$S" "$D"
mk_rules hugefile && { printf 'entities:\n'; head -c 17000000 /dev/zero | tr '\0' '#'; printf '\n'; } >"$T/r-hugefile/zz.yaml"
expect "a rule file over 16 MiB" 2 "zz.yaml: file is larger than the limit of 16777216 bytes" -- "$BIN" --rules "$T/r-hugefile" "$S" "$D"
rm -rf "$T/r-hugefile"
mk_rules latin1 && printf 'entities:\n  - id: cafe\n    type: company\n    en: [Caf\351]\n' >"$T/r-latin1/zz.yaml"
expect "a rule file not in UTF-8" 2 "zz.yaml:4:13: invalid UTF-8 byte 0xe9" -- "$BIN" --rules "$T/r-latin1" "$S" "$D"
# a rules directory with thousands of files
mk_rules many && i=0 && while [ $i -lt 4100 ]; do printf 'cues:\n  ignore:\n    en: ["x%d"]\n' $i >"$T/r-many/z$i.yaml"; i=$((i + 1)); done
expect "4,100 rule files" 2 "more than 4096 rule files" -- "$BIN" --rules "$T/r-many" "$S" "$D"
rm -f "$T"/r-many/z[1-4][0-9][0-9][0-9].yaml
expect "1,000 rule files" report "agreement" -- "$BIN" --fail-on none --rules "$T/r-many" "$S" "$D"
# more entities than a claim's 16-bit roles can name (CD_CLAIM_ENTITIES)
mk_rules ents && awk 'BEGIN { print "entities:"; for (i = 0; i < 32768; i++) printf "  - id: e%d\n    type: company\n    en: [\"Qorvex %d\"]\n", i, i }' >"$T/r-ents/zz.yaml"
expect "32,768 more entities" 2 "more than 32767 entities" -- "$BIN" --rules "$T/r-ents" "$S" "$D"
# symlink loops, as a document and as a rule file
ln -s loop.txt "$T/loop.txt"
expect "a symlink loop (document)" 2 "loop.txt: cannot open: Too many levels of symbolic links" -- "$BIN" "$T/loop.txt" "$D"
mk_rules loop && ln -s zz.yaml "$T/r-loop/zz.yaml"
expect "a symlink loop (rule file)" 2 "zz.yaml: cannot open: Too many levels of symbolic links" -- "$BIN" --rules "$T/r-loop" "$S" "$D"
rm -rf "$T"
echo "limits: $pass passed, $fail failed"
[ "$fail" = 0 ]
