# claimdiff: a plain Makefile (cmark/redis style).
#
#   make demo                 build, then compare data/h20's Chinese summary with its sources
#   make test                 build and run the cmocka suite, the rule examples, golden reports
#   make test SANITIZE=1      the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make deps                 install the Debian packages the build needs (as root), or say how
#   make install              the binary, the rules and the man page under PREFIX (and DESTDIR)
#   make bench-peers          value extraction side by side with Recognizers-Text (npm)
#
# Dependencies come from Debian's -dev packages through pkg-config. A missing
# one is installed with apt-get when run as root; otherwise the exact command
# is printed and make stops.

CC       ?= cc
PKGS     := libutf8proc yaml-0.1
TESTPKGS := cmocka
DEBS     := gcc make pkg-config libc6-dev libutf8proc-dev libyaml-dev libcmocka-dev

SANITIZE ?=
ifeq ($(SANITIZE),1)
BUILD    := build/san
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
OPT      ?= -O1 -g
else
BUILD    := build/rel
SANFLAGS :=
OPT      ?= -O2 -g
endif

WARN     := -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -Wshadow -pedantic
# evaluated when a recipe runs, i.e. after `deps` has made sure pkg-config is there
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))
TEST_CFLAGS = $(shell pkg-config --cflags $(TESTPKGS))
TEST_LIBS   = $(shell pkg-config --libs $(TESTPKGS))
RULES_DIR  := $(CURDIR)/rules
CFLAGS_ALL = $(WARN) $(OPT) $(SANFLAGS) $(PKG_CFLAGS) -DCD_RULES_DIR='"$(RULES_DIR)"' $(CFLAGS)

LIB_SRC  := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRC))
LIB      := $(BUILD)/libclaimdiff.a
BIN      := $(BUILD)/claimdiff
TESTS    := $(patsubst tests/%.c,$(BUILD)/tests/%,$(wildcard tests/test_*.c))

H20      := data/h20/summary.zh.txt data/h20/000-ap.en.txt data/h20/001-qatar-tribune.en.txt \
            data/h20/002-wccftech.en.txt data/h20/003-techblog.en.txt

.PHONY: all deps demo test examples findings golden mutations guide cli pathological headertest install installtest bench-peers t2s clean

PREFIX  ?= /usr/local
DESTDIR ?=

all: $(BIN)

deps:
	@missing=""; \
	command -v $(CC) >/dev/null 2>&1 || missing="$$missing gcc libc6-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
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

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*.h) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(BUILD)/obj/main.o $(LIB)
	$(CC) $(OPT) $(SANFLAGS) $^ $(PKG_LIBS) -lm $(LDFLAGS) -o $@

$(BUILD)/tests/%: tests/%.c tests/*.h $(LIB) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(TEST_CFLAGS) -Isrc $< $(LIB) $(PKG_LIBS) $(TEST_LIBS) -lm $(LDFLAGS) -o $@

demo: $(BIN)
	@$(BIN) --rules rules $(H20); status=$$?; \
	  echo "(exit status $$status: 0 no contradiction, 1 contradictions found, 2 trouble)"; \
	  test $$status -le 1

# The whole suite; every part runs even when an earlier one fails, and the
# target fails if any did.
test: $(BIN) $(TESTS)
	@fail=0; \
	for t in $(TESTS); do $$t || fail=1; done; \
	for part in examples findings golden mutations guide cli pathological installtest headertest; do \
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

headertest: | deps
	@echo "[ header test ]"; printf '#include "claimdiff.h"\nint main(void){return 0;}\n' | \
	  $(CC) -std=c11 -pedantic -Wall -Wextra -Werror -Isrc -x c - -o $(BUILD)/headertest && \
	  echo "claimdiff.h compiles alone: 1 passed, 0 failed"

# The binary finds the rules installed beside it (../share/claimdiff/rules),
# wherever PREFIX and DESTDIR put them.
install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/claimdiff/rules \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/claimdiff
	install -m 644 rules/*.yaml $(DESTDIR)$(PREFIX)/share/claimdiff/rules/
	install -m 644 docs/claimdiff.1 $(DESTDIR)$(PREFIX)/share/man/man1/claimdiff.1

pathological: $(BIN)
	@echo "[ pathological inputs ]"; BIN=$(BIN) sh tests/pathological.sh

# The Traditional -> Simplified table is generated and committed; to
# regenerate it (needs Debian's opencc and python3): make t2s
t2s:
	sh src/gen_t2s.sh src/t2s.inc

# Not part of make test: it installs Microsoft Recognizers-Text from npm
# (bench/peers/package-lock.json) and compares it with `claimdiff values`
# on the rows of tests/values/.
bench-peers: $(BIN)
	sh bench/peers/run.sh

installtest: $(BIN)
	@echo "[ install ]"; BIN=$(BIN) sh tests/install.sh

clean:
	rm -rf build
