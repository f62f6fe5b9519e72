# claimdiff: a plain Makefile (cmark/redis style).
#
#   make demo                 build, then compare data/h20's Chinese summary with its sources
#   make test                 build and run the cmocka suite, the rule examples, golden reports
#   make test SANITIZE=1      the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make fuzz FUZZ_SECONDS=N  each libFuzzer target for N seconds (clang)
#   make deps                 install the Debian packages the build needs (as root), or say how
#   make install              the binary, the rules and the man page under PREFIX (and DESTDIR)
#   make bench                speed and memory on kept text (BENCH_ARGS=--quick: inputs up to 4 MB),
#                             and instructions a byte (bench/ipb.sh, when valgrind is there)
#   make bench-peers          value extraction side by side with Recognizers-Text (npm)
#   make htmldeps             Chromium for the HTML report's browser tests (make test runs
#                             them where it is; CI installs it)
#   make format               clang-format every C file in place (.clang-format)
#   make lint                 clang-format --dry-run and clang-tidy (.clang-tidy), warnings as errors
#   make eval                 score ../shared/eval and eval/ (score.py), check tests/eval-floor
#
# Dependencies come from Debian's -dev packages through pkg-config, and jq,
# with which the test scripts read JSON reports, and GNU parallel, with
# which tests/batch.sh runs the README's recipe. A missing one is installed
# with apt-get when run as root; otherwise the exact command is printed and
# make stops.

CC       ?= cc
PKGS     := libutf8proc yaml-0.1
TESTPKGS := cmocka
DEBS     := gcc make pkg-config libc6-dev libutf8proc-dev libyaml-dev libcmocka-dev jq parallel valgrind

SANITIZE ?=
ifeq ($(SANITIZE),1)
BUILD    := build/san
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
OPT      ?= -O1 -g
else
BUILD    := build/rel
SANFLAGS :=
OPT      ?= -O3 -g
endif

WARN     := -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -Wshadow -pedantic
# the rule files are parsed on two threads (src/rules_files.c)
THREADS  := -pthread
# evaluated when a recipe runs, i.e. after `deps` has made sure pkg-config is there
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))
TEST_CFLAGS = $(shell pkg-config --cflags $(TESTPKGS))
TEST_LIBS   = $(shell pkg-config --libs $(TESTPKGS))
RULES_DIR  := $(CURDIR)/rules
CFLAGS_ALL = $(WARN) $(OPT) $(SANFLAGS) $(THREADS) $(PKG_CFLAGS) -DCD_RULES_DIR='"$(RULES_DIR)"' $(CFLAGS)

LIB_SRC  := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRC))
LIB      := $(BUILD)/libclaimdiff.a
BIN      := $(BUILD)/claimdiff
TESTS    := $(patsubst tests/%.c,$(BUILD)/tests/%,$(wildcard tests/test_*.c))

H20      := data/h20/summary.zh.txt data/h20/000-ap.en.txt data/h20/001-qatar-tribune.en.txt \
            data/h20/002-wccftech.en.txt data/h20/003-techblog.en.txt

.PHONY: all deps demo test examples findings golden mutations guide cli batch baseline formats screen html htmldeps html-assets html-shots testdeps commands claims pathological linear limits leakcheck headertest install installtest bench bench-peers t2s format lint lintdeps eval evaldeps clean

PREFIX  ?= /usr/local
DESTDIR ?=

all: $(BIN)

deps:
	@missing=""; \
	command -v $(CC) >/dev/null 2>&1 || missing="$$missing gcc libc6-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v jq >/dev/null 2>&1 || missing="$$missing jq"; \
	command -v parallel >/dev/null 2>&1 || missing="$$missing parallel"; \
	command -v valgrind >/dev/null 2>&1 || missing="$$missing valgrind"; \
	if command -v pkg-config >/dev/null 2>&1; then \
	  pkg-config --exists libutf8proc || missing="$$missing libutf8proc-dev"; \
	  pkg-config --exists yaml-0.1 || missing="$$missing libyaml-dev"; \
	  pkg-config --exists cmocka || missing="$$missing libcmocka-dev"; \
	else missing="$$missing libutf8proc-dev libyaml-dev libcmocka-dev"; fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "claimdiff: installing:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing </dev/null >/dev/null || exit 1; \
	  else \
	    echo "claimdiff: missing packages:$$missing"; \
	    echo "install them with:  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*.h src/*.inc) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

# A lexicon snapshot in the cache is read only by the code that built it:
# its key holds a hash of the lexicon's sources (lexicon_snap.c)
LEX_SOURCES := src/lexicon.c src/lexicon_int.h src/lexicon_snap.c
$(BUILD)/obj/lexicon_snap.o: $(LEX_SOURCES)
$(BUILD)/obj/lexicon_snap.o: CFLAGS_ALL += -DCD_LEX_STAMP='"$(shell cat $(LEX_SOURCES) | cksum | tr -c '0-9\n' _)"'

# A compiled pattern in the cache is read only by the code that saved it:
# cd_pattern_format holds a hash of pattern.c and pattern.h
PAT_SOURCES := src/pattern.c src/pattern.h
$(BUILD)/obj/pattern.o: $(PAT_SOURCES)
$(BUILD)/obj/pattern.o: CFLAGS_ALL += -DCD_PATTERN_STAMP='"$(shell cat $(PAT_SOURCES) | cksum | tr -c '0-9\n' _)"'

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(BUILD)/obj/main.o $(LIB)
	$(CC) $(OPT) $(SANFLAGS) $(THREADS) $^ $(PKG_LIBS) -lm $(LDFLAGS) -o $@

$(BUILD)/tests/%: tests/%.c tests/*.h $(wildcard src/*.inc) $(LIB) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(TEST_CFLAGS) -Isrc $< $(LIB) $(PKG_LIBS) $(TEST_LIBS) -lm $(LDFLAGS) -o $@

demo: $(BIN)
	@$(BIN) --rules rules $(H20); status=$$?; \
	  echo "(exit status $$status: 0 no contradiction, 1 contradictions found, 2 trouble)"; \
	  test $$status -le 1

# The whole suite; every part runs even when an earlier one fails, and the
# target fails if any did.
# The suite keeps its rule cache in build/ (a user's is left alone): the
# first part to load the rules fills it, the rest read it back.
test: $(BIN) $(TESTS)
	@fail=0; export CLAIMDIFF_CACHE=$(CURDIR)/$(BUILD)/test-cache; \
	for t in $(TESTS); do $$t || fail=1; done; \
	for part in examples findings golden mutations guide cli batch baseline formats screen html commands claims pathological linear limits leakcheck installtest headertest; do \
	  $(MAKE) -s --no-print-directory $$part || fail=1; done; \
	if [ $$fail = 0 ]; then echo "make test: all passed"; else echo "make test: FAILED"; fi; \
	test $$fail = 0

examples: $(BIN)
	@echo "[ rule examples ]"; $(BIN) check-rules rules

golden: $(BIN)
	@echo "[ golden reports ]"; BIN=$(BIN) sh tests/golden.sh

findings: $(BIN)
	@echo "[ required findings ]"; BIN=$(BIN) sh tests/findings.sh

mutations: $(BIN)
	@echo "[ mutations ]"; BIN=$(BIN) sh tests/mutations.sh

guide: $(BIN)
	@echo "[ the guide's commands ]"; BIN=$(BIN) sh tests/guide.sh

cli: $(BIN)
	@echo "[ command line ]"; BIN=$(BIN) sh tests/cli.sh

batch: $(BIN)
	@echo "[ batch ]"; BIN=$(BIN) sh tests/batch.sh

baseline: $(BIN)
	@echo "[ baseline ]"; BIN=$(BIN) sh tests/baseline.sh

# The CI formats: SARIF is checked against the SARIF 2.1.0 schema with
# Debian's python3-jsonschema, and by the SARIF Multitool, which npm
# installs (pinned: tests/sarif/package-lock.json) into build/sarif; JUnit
# is read with python3.
formats: $(BIN) | testdeps
	@echo "[ CI formats ]"; BIN=$(BIN) sh tests/formats.sh

screen: $(BIN) | testdeps
	@echo "[ the first screen ]"; BIN=$(BIN) sh tests/screen.sh

# --format html: checked without a browser, and in Debian's Chromium where
# it is (make htmldeps installs it, a CJK font for the screenshots, and
# playwright-core from npm, pinned by tests/html/package-lock.json, into
# build/html; CI runs it first). make html-assets rewrites src/html_report.inc
# from src/html_report.css and .js; make html-shots the screenshots in docs/.
html: $(BIN) | testdeps
	@echo "[ HTML report ]"; BIN=$(BIN) sh tests/html.sh

htmldeps: | testdeps
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk' || missing="$$missing fonts-wqy-microhei"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "claimdiff: installing:$$missing (for the browser tests)"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing </dev/null >/dev/null || exit 1; \
	  else echo "claimdiff: the browser tests need: sudo apt-get install -y$$missing"; exit 1; fi; \
	fi

html-assets:
	sh src/gen_html.sh

html-shots: $(BIN) | htmldeps
	@BIN=$(BIN) HTML_SHOTS=docs sh tests/html.sh

# what the CI formats' and the terminal's tests need beyond deps
testdeps:
	@missing=""; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v less >/dev/null 2>&1 || missing="$$missing less"; \
	/usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1 || missing="$$missing python3-jsonschema"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "claimdiff: installing:$$missing (for the tests)"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing </dev/null >/dev/null || exit 1; \
	  else echo "claimdiff: the tests need: sudo apt-get install -y$$missing"; exit 1; fi; \
	fi

claims: $(BIN)
	@echo "[ claims, sentence by sentence ]"; BIN=$(BIN) sh tests/claims.sh

commands: $(BIN)
	@echo "[ values and extract, read with jq ]"; BIN=$(BIN) sh tests/commands.sh

headertest: | deps
	@echo "[ header test ]"; printf '#include "claimdiff.h"\nint main(void){return 0;}\n' | \
	  $(CC) -std=c11 -pedantic -Wall -Wextra -Werror -Isrc -x c - -o $(BUILD)/headertest && \
	  echo "claimdiff.h compiles alone: 1 passed, 0 failed"

# The binary finds the rules installed beside it (../share/claimdiff/rules),
# wherever PREFIX and DESTDIR put them.
install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/claimdiff/rules \
	  $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/doc/claimdiff
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/claimdiff
	install -m 644 rules/*.yaml $(DESTDIR)$(PREFIX)/share/claimdiff/rules/
	install -m 644 docs/claimdiff.1 $(DESTDIR)$(PREFIX)/share/man/man1/claimdiff.1
	install -m 644 docs/rules.md docs/report-json.md $(DESTDIR)$(PREFIX)/share/doc/claimdiff/

limits: $(BIN)
	@echo "[ hostile input ]"; BIN=$(BIN) sh tests/limits.sh

# valgrind on the demo run: no leak, no error (skipped where valgrind is
# absent, and under SANITIZE=1, whose ASan checks the same)
leakcheck: $(BIN) $(BUILD)/tests/test_pattern
	@echo "[ valgrind ]"; \
	if [ -n "$(SANITIZE)" ]; then echo "valgrind: skipped under SANITIZE (ASan/LSan run instead)"; \
	elif command -v valgrind >/dev/null 2>&1; then \
	  valgrind -q --leak-check=full --errors-for-leak-kinds=all --error-exitcode=9 \
	    $(BIN) --rules rules --fail-on none $(H20) >/dev/null 2>build/valgrind.log; st=$$?; \
	  if [ $$st = 0 ]; then echo "valgrind: 1 passed, 0 failed (make demo: no leak, no error)"; \
	  else cat build/valgrind.log; echo "valgrind: 0 passed, 1 failed"; exit 1; fi; \
	  valgrind -q --error-exitcode=9 $(BUILD)/tests/test_pattern >/dev/null 2>build/valgrind-pattern.log; st=$$?; \
	  if [ $$st = 0 ]; then echo "valgrind: 1 passed, 0 failed (test_pattern: no uninitialised read)"; \
	  else cat build/valgrind-pattern.log; echo "valgrind: 0 passed, 1 failed"; exit 1; fi; \
	else echo "valgrind: not installed (make deps installs it)"; exit 1; fi

pathological: $(BIN)
	@echo "[ pathological inputs ]"; BIN=$(BIN) sh tests/pathological.sh

# work at n and 4n, in instructions (valgrind): on the optimised build only
ifeq ($(SANITIZE),1)
linear:
	@echo "[ linear work ]"; echo "linear: skipped under sanitizers (make test counts the optimised build's instructions)"
else
linear: $(BIN) build/bench/bench
	@echo "[ linear work ]"; BIN=$(BIN) BENCH=build/bench/bench sh tests/linear.sh
endif

# make bench: speed and memory (bench/bench.c), optimised build
build/bench/bench: bench/bench.c $(LIB) | deps
	@mkdir -p build/bench
	$(CC) $(CFLAGS_ALL) -Isrc $< $(LIB) $(PKG_LIBS) -lm -o $@

bench: build/bench/bench $(BIN)
	@build/bench/bench --bin $(BIN) $(BENCH_ARGS)
	@if command -v valgrind >/dev/null 2>&1; then sh bench/ipb.sh build/bench/bench; \
	else echo "ipb      skipped: no valgrind (callgrind counts the instructions a byte)"; fi

# The Traditional -> Simplified table and its bits (t2s_bits.inc) are
# generated and committed; to regenerate them (needs Debian's opencc and
# python3): make t2s
t2s:
	sh src/gen_t2s.sh src/t2s.inc

# Not part of make test: it installs Microsoft Recognizers-Text from npm
# (bench/peers/package-lock.json) and compares it with `claimdiff values`
# on the rows of tests/values/.
bench-peers: $(BIN)
	sh bench/peers/run.sh

installtest: $(BIN)
	@echo "[ install ]"; BIN=$(BIN) sh tests/install.sh

# ---- fuzzing (libFuzzer, clang) -------------------------------------------
# make fuzz FUZZ_SECONDS=N runs each target for N seconds, seeded from
# data/, the value rows, the rule files and tests/fuzz/regressions/
# (TARGET-what: each input a crash once found, run again every time); a crash fails the target and
# leaves the input in build/fuzz/crash-TARGET-*. Corpora grow in
# build/fuzz/corpus-TARGET across runs.
FUZZ_SECONDS ?= 30
FUZZERS      := doc norm values rules compare tree manifest lex
FUZZ_BINS    := $(patsubst %,build/fuzz/fuzz_%,$(FUZZERS))
FUZZ_CFLAGS   = -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined $(THREADS) \
                -fno-sanitize-recover=all -fno-omit-frame-pointer -Isrc $(PKG_CFLAGS) \
                -DCD_RULES_DIR='"$(RULES_DIR)"'

.PHONY: fuzz fuzzdeps fuzzseeds

fuzzdeps: | deps
	@if ! command -v clang >/dev/null 2>&1 || ! printf 'int LLVMFuzzerTestOneInput(const char*d,unsigned long n){(void)d;(void)n;return 0;}' | \
	    clang -x c -fsanitize=fuzzer - -o /dev/null >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "claimdiff: installing: clang libclang-rt-14-dev (for make fuzz)"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev </dev/null >/dev/null || exit 1; \
	  else echo "claimdiff: make fuzz needs: sudo apt-get install -y clang libclang-rt-14-dev"; exit 1; fi; \
	fi

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_SRC) $(wildcard src/*.h src/*.inc) | fuzzdeps
	@mkdir -p build/fuzz
	clang $(FUZZ_CFLAGS) $< $(LIB_SRC) $(PKG_LIBS) -lm -o $@

# seeds: the option bytes each target reads first, then real inputs
fuzzseeds: $(BIN)
	@rm -rf build/fuzz/seeds-* && for t in $(FUZZERS); do mkdir -p build/fuzz/seeds-$$t build/fuzz/corpus-$$t; done
	@for f in data/*/*.txt; do n=$$(echo $$f | tr '/' '_'); \
	  { printf '\000'; cat $$f; } >build/fuzz/seeds-doc/$$n; cp $$f build/fuzz/seeds-norm/$$n; done
	@for f in rules/*.yaml data/*/rules/*.yaml tests/rules-bad/*.yaml tests/rules-check/*.yaml tests/rules-ok/*.yaml; do \
	  cp $$f build/fuzz/seeds-rules/$$(echo $$f | tr '/' '_'); done
	@awk -F'\t' -v dir=build/fuzz/seeds-values '!/^#/ && NF >= 4 { f = dir "/" FNR "_" substr(FILENAME, 14); \
	  printf "%c%c%s", 25, 7, $$2 > f; close(f) }' tests/values/*.tsv
	@CLAIMDIFF_CACHE=build/fuzz/seeds-tree $(BIN) check-rules rules data/*/rules >/dev/null
	@for f in tests/fuzz/regressions/*; do t=$${f##*/}; cp $$f build/fuzz/seeds-$${t%%-*}/regression-$$t; done
	@printf '%s\n' '{"summary": "h20/summary.zh.txt", "sources": ["h20/000-ap.en.txt", "a\u00e9\ud83d\ude00.en.txt"], "rules": ["r"], "name": "h20"}' \
	  '' '{"summary": "s.zh.txt", "sources": "x.en.txt", "rules": "r"}' >build/fuzz/seeds-manifest/two.jsonl
	@for d in data/*/; do s=$$d/summary.zh.txt; for src in $$d/0*.txt; do \
	  n=$$(echo $$src | tr '/' '_'); { printf '\004'; cat $$s; printf '\377'; cat $$src; } >build/fuzz/seeds-compare/$$n; done; done

fuzz: $(FUZZ_BINS) fuzzseeds
	@for t in $(FUZZERS); do \
	  dict=; case $$t in values) dict=-dict=tests/fuzz/values.dict;; rules) dict=-dict=tests/fuzz/yaml.dict;; tree|lex) dict=;; \
	    *) dict=-dict=tests/fuzz/text.dict;; esac; \
	  echo "[ fuzz $$t: $(FUZZ_SECONDS) s ]"; \
	  build/fuzz/fuzz_$$t build/fuzz/corpus-$$t build/fuzz/seeds-$$t $$dict -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build/fuzz/crash-$$t- \
	    </dev/null >build/fuzz/$$t.log 2>&1; st=$$?; \
	  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" build/fuzz/$$t.log | tr '\n' ' '; echo; \
	  if [ $$st != 0 ]; then echo "fuzz $$t FAILED:"; tail -30 build/fuzz/$$t.log; exit 1; fi; \
	done; echo "fuzz: all targets ran without a crash"

# The house style is .clang-format; generated tables (t2s.inc, t2s_bits.inc) are left as made.
FORMAT_SRC = $(wildcard src/*.c src/*.h tests/*.c tests/*.h tests/fuzz/*.c bench/*.c)

format: | lintdeps
	clang-format -i $(FORMAT_SRC)

# lint: the sources as make format would leave them, and clang-tidy's
# bugprone and static-analyser checks (.clang-tidy says which are left out
# and why) on every file of src/, two at a time.
lint: | lintdeps deps
	@echo "[ lint ]"; mkdir -p build; fail=0; \
	clang-format --dry-run --Werror $(FORMAT_SRC) || fail=1; \
	ls src/*.c | xargs -P2 -I{} clang-tidy --quiet {} -- $(WARN) $(PKG_CFLAGS) -DCD_RULES_DIR='"rules"' -Isrc \
	  >build/lint.log 2>&1 || fail=1; \
	grep -E '(warning|error):' build/lint.log | sort -u; \
	if [ $$fail = 0 ]; then echo "lint: clean"; else echo "lint: FAILED"; exit 1; fi

# eval: the development set and the team's own stories, scored by
# ../shared/eval/score.py (Python 3, standard library), against the floors
# of tests/eval-floor. Not part of make test: it needs ../shared beside
# the project; CI runs it.
eval: $(BIN) | evaldeps
	@echo "[ evaluation ]"; BIN=$(BIN) sh tests/eval.sh

evaldeps:
	@if ! command -v python3 >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "claimdiff: installing: python3 (for make eval)"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 </dev/null >/dev/null || exit 1; \
	  else echo "claimdiff: make eval needs: sudo apt-get install -y python3"; exit 1; fi; \
	fi

lintdeps:
	@if ! command -v clang-format >/dev/null 2>&1 || ! command -v clang-tidy >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "claimdiff: installing: clang-format clang-tidy (for make lint)"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang-format clang-tidy </dev/null >/dev/null || exit 1; \
	  else echo "claimdiff: make lint needs: sudo apt-get install -y clang-format clang-tidy"; exit 1; fi; \
	fi

clean:
	rm -rf build
