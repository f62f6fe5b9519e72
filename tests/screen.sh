#!/bin/sh
# screen.sh: what an editor sees first. `make demo`'s comparison run in a
# terminal of 100 columns and 40 lines (tmux), through the default pager
# (less): the first screen holds the counts and every contradiction and
# unsupported claim, agreements are folded away, quotes are wrapped to
# the terminal; --no-pager and --show all behave. The screen is read
# with tmux capture-pane.
NAME=screen
. tests/lib.sh

ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }

if ! command -v tmux >/dev/null 2>&1 || ! command -v less >/dev/null 2>&1; then
  no "tmux and less are needed (make testdeps installs them)"
  echo "$NAME: $pass passed, $fail failed"
  exit 1
fi
H="data/h20/summary.zh.txt data/h20/000-ap.en.txt data/h20/001-qatar-tribune.en.txt data/h20/002-wccftech.en.txt data/h20/003-techblog.en.txt"
SOCK="$T/tmux.sock"
ABS=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

# screen NAME ARGS...: the first screen of claimdiff ARGS, in $T/NAME
screen() {
  name=$1
  shift
  rm -f "$T/$name.done"
  tmux -S "$SOCK" -f /dev/null new-session -d -x 100 -y 40 -s "$name" \
    "env -u CLAIMDIFF_PAGER -u PAGER -u LESS -u COLUMNS TERM=xterm $ABS --rules rules $* $H; touch $T/$name.done; sleep 30"
  i=0
  # less waits at the end of its first screen; without it the run ends
  while [ $i -lt 100 ]; do
    tmux -S "$SOCK" capture-pane -p -J -t "$name" >"$T/$name" 2>/dev/null
    grep -q ':' "$T/$name" && { [ -f "$T/$name.done" ] || grep -q '^:' "$T/$name"; } && break
    sleep 0.1
    i=$((i + 1))
  done
  tmux -S "$SOCK" kill-session -t "$name" 2>/dev/null
}

# the sentences of the summary's unsupported claims, and the counts
"$BIN" --rules rules --format json $H | jq -r '.findings[] | select(.kind == "unsupported" or .kind == "contradiction") | .key' >"$T/keys"
want=$(wc -l <"$T/keys")
counts=$("$BIN" --rules rules --color never $H | sed -n 's/^\([0-9]* contradictions\?, .*\)$/\1/p' | head -1)
agreements=$(printf '%s\n' "$counts" | sed -n 's/.* \([0-9]*\) agreements\{0,1\}$/\1/p')

screen paged
missing=0
while read -r key; do grep -qF "$key" "$T/paged" || missing=$((missing + 1)); done <"$T/keys"
if [ "$want" -gt 0 ] && [ $missing = 0 ] && grep -qF "$counts" "$T/paged" && ! grep -q "^@@ agreement" "$T/paged" &&
  [ -n "$agreements" ] && grep -q "not shown: $agreements agreement" "$T/paged" && [ ! -f "$T/paged.done" ]; then
  ok "first screen (100x40, less): the counts and all $want contradictions and unsupported claims"
else
  no "first screen: $missing of $want keys missing, counts '$counts': $(head -12 "$T/paged")"
fi
# capture-pane -J joins the lines the terminal wrapped: a quote's lines
# (a statement's, or the indented rest of one) must fit 100 columns
grep -e '^[-+=!] [SD]' -e '^      ' "$T/paged" >"$T/quotes"
wide=$(LC_ALL=C.UTF-8 wc -L <"$T/quotes")
if [ "$wide" -le 100 ] && grep -q '^      ' "$T/paged"; then
  ok "quotes wrapped to 100 columns (the widest $wide), the next lines indented"
else
  no "quotes not wrapped: $wide columns"
fi

screen nopager --no-pager --show all
if [ -f "$T/nopager.done" ] && grep -q "agreements$" "$T/nopager"; then
  ok "--no-pager --show all: no pager, the run ends with the agreements and the counts"
else
  no "--no-pager --show all: $(tail -5 "$T/nopager")"
fi

tmux -S "$SOCK" kill-server 2>/dev/null
echo "$NAME: $pass passed, $fail failed"
[ $fail = 0 ]
