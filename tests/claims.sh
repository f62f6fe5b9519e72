#!/bin/sh
# claims.sh: what extraction must make of a sentence, table by table
# (tests/claims/*.tsv), read from `claimdiff extract --format json` with jq.
#
# Row:   text <TAB> date <TAB> expect <TAB> why
#   text    the document's text; \n starts a new line (hard-wrapped lines)
#   date    the document's date (YYYY-MM-DD) or -
#   expect  claims separated by " ; ". A claim is a predicate id, then
#           attributes separated by ", ":
#             negated | hedged | reported   (default: affirmed, asserted;
#                                            both are always checked)
#             by=ENTITY  the speaker; by=- no speaker; by=commentator
#                          an analyst's, a lawyer's (no entity)
#             with=ENTITY  an entity among the claim's (give it again
#                          for more: each must be there)
#             value=TEXT   a value as extract prints it ("5500000000 USD");
#                          give it again for more: each must be there
#             date=TEXT    the claim's date ("2025-04")
#             agent=ENTITY, patient=ENTITY, to=ENTITY  its roles (to: the
#                          recipient or destination); =- for none
#             tense=done, tense=to-come, tense=-  told as done (已, "already"),
#                          as to come (将, 计划, "will", "plans to") or neither
#           "no PREDICATE" asserts that no claim of that predicate is made;
#           "no PREDICATE, ATTRIBUTES" that no claim matches the rest
#           ("no backdoor, by=-": no affirmed, asserted backdoor claim
#           without a speaker; other claims of backdoor may be made).
#           A leading "todo " marks a row the code does not pass yet: it
#           is run and counted, and reported when it starts to pass.
#   why     what the row is for
# Prints "ok   ..." / "FAIL ..." a row and "claims: N passed, M failed"
# (todo rows are counted apart and do not fail the suite).
NAME=claims
. tests/lib.sh
todo=0 fixed=0

# one_claim JSON SPEC: exit 0 when SPEC holds in the extraction JSON
one_claim() {
  spec=$1
  case "$spec" in
    "no "*", "*)
      one_claim "${spec#no }" "$2"
      case $? in 0) return 1 ;; 1) return 0 ;; *) return 2 ;; esac ;;
    "no "*)
      p=${spec#no }
      jq -e --arg p "$p" '[.sentences[].claims[] | select(.predicate == $p)] | length == 0' "$2" >/dev/null
      return ;;
  esac
  # attrs, not rest: the caller walks its own list in $rest
  p=${spec%%, *}; [ "$p" = "$spec" ] && attrs= || attrs=${spec#*, }
  pol=affirmed mod=asserted by= with= val= dt= ag= pa= to= te=
  while [ -n "$attrs" ]; do
    a=${attrs%%, *}; [ "$a" = "$attrs" ] && attrs= || attrs=${attrs#*, }
    case "$a" in
      negated) pol=negated ;;
      hedged) mod=hedged ;;
      reported) mod=reported ;;
      by=*) by=${a#by=} ;;
      with=*) with="$with ${a#with=}" ;;
      value=*) val="$val${val:+|}${a#value=}" ;;
      date=*) dt=${a#date=} ;;
      agent=*) ag=${a#agent=} ;;
      patient=*) pa=${a#patient=} ;;
      to=*) to=${a#to=} ;;
      tense=*) te=${a#tense=} ;;
      *) echo "bad attribute '$a'" >&2; return 2 ;;
    esac
  done
  jq -e --arg p "$p" --arg pol "$pol" --arg mod "$mod" --arg by "$by" --arg with "$with" \
    --arg val "$val" --arg dt "$dt" --arg ag "$ag" --arg pa "$pa" --arg to "$to" --arg te "$te" '
    def role($want; $got): $want == "" or ($want == "-" and $got == null) or $got == $want;
    [.sentences[].claims[]
     | select(.predicate == $p and .polarity == $pol and .modality == $mod)
     | select($by == "" or ($by == "-" and .attribution == null and .commentator != true) or
              ($by == "commentator" and .commentator == true) or .attribution == $by)
     | select(. as $c | all($with | split(" ")[] | select(. != ""); . as $w | $c.entities | index($w) != null))
     | select([.values[].value] as $have | all($val | split("|")[] | select(. != ""); . as $v | $have | index($v) != null))
     | select($dt == "" or .date == $dt)
     | select(role($ag; .roles.agent) and role($pa; .roles.patient) and role($to; .roles.recipient))
     | select($te == "" or ($te == "-" and .tense == null) or .tense == ($te | sub("-"; " ")))] | length > 0' "$2" >/dev/null
}

n=0
for table in tests/claims/*.tsv; do
  [ -f "$table" ] || continue
  while IFS="$TAB" read -r text date expect why; do
    case "$text" in ''|'#'*) continue ;; esac
    n=$((n + 1))
    name="$(basename "$table" .tsv) #$n"
    is_todo=0
    case "$expect" in "todo "*) is_todo=1; expect=${expect#todo } ;; esac
    printf '%b\n' "$text" >"$T/$n.txt"
    dateopt=; [ "$date" != "-" ] && dateopt="--date $date"
    # shellcheck disable=SC2086
    "$BIN" extract --rules rules --format json $dateopt "$T/$n.txt" >"$T/$n.json" 2>"$T/$n.err"
    st=$?
    ok=1 failed=
    if [ $st != 0 ] || ! jq -e '.sentences' "$T/$n.json" >/dev/null 2>&1; then
      ok=0 failed="$(status_text $st), no extraction"
    else
      rest=$expect
      while [ -n "$rest" ]; do
        c=${rest%% ; *}; [ "$c" = "$rest" ] && rest= || rest=${rest#* ; }
        if ! one_claim "$c" "$T/$n.json"; then ok=0; failed="$failed [$c]"; fi
      done
    fi
    if [ $is_todo = 1 ]; then
      if [ $ok = 1 ]; then fixed=$((fixed + 1)); echo "NOW  $name: $why (passes: drop its todo)"
      else todo=$((todo + 1)); fi
    elif [ $ok = 1 ]; then
      pass=$((pass + 1)); echo "ok   $name: $why"
    else
      fail=$((fail + 1)); echo "FAIL $name: $why: not found:$failed"
      jq -r '.sentences[].claims[] | "     got: \(.predicate) \(.polarity) \(.modality) by=\(.attribution) values=\([.values[].value]) date=\(.date) entities=\(.entities)"' \
        "$T/$n.json" 2>/dev/null | head -6
    fi
  done <"$table"
done
[ $todo = 0 ] && [ $fixed = 0 ] || echo "claims: $todo rows still todo, $fixed todo rows now pass"
echo "claims: $pass passed, $fail failed"
[ "$fail" = 0 ]
