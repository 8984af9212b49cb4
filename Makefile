# ticktock - a model checker for the JavaScript event loop.
#
#   make            build ./ticktock (objects in build/)
#   make check      unit tests (CUnit) and data-driven case tests (tests/*/check.sh,
#                   among them `ticktock check specs/` in tests/expect)
#   make asan       the same tests under AddressSanitizer + UBSan (build-asan/)
#   make fuzz       build and run the libFuzzer harnesses (build-fuzz/, clang)
#   make bench      benchmarks (see bench/README.md); not part of check
#   make install    PREFIX=/usr/local DESTDIR= (binary, man page doc/ticktock.1,
#                   prelude.js for `ticktock validate` in PREFIX/share/ticktock)
#
# Generated parser and lexer sources go to $(BUILD)/gen, never into git.

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2 -g
PREFIX  ?= /usr/local
DESTDIR ?=
VERSION := 0.1.0

WARN    := -Wall -Wextra -Werror -pedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes
CFLAGS_ALL := -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(OPT) $(EXTRA_CFLAGS) \
           -Isrc -I$(BUILD)/gen -DTT_VERSION='"$(VERSION)"' -DTT_DATADIR='"$(PREFIX)/share/ticktock"' -MMD -MP
LDLIBS  := -lm

SRC      := $(filter-out src/main.c,$(wildcard src/*.c))
PRELUDE  := $(sort $(wildcard src/prelude/*.js))
LIB_OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRC)) \
            $(BUILD)/obj/parser.o $(BUILD)/obj/lexer.o $(BUILD)/obj/prelude.o
IMG_OBJ  := $(BUILD)/obj/prelude_img.o
LIB_OBJ  += $(IMG_OBJ)
MKPRELUDE := $(BUILD)/mkprelude
MAIN_OBJ := $(BUILD)/obj/main.o
LIB      := $(BUILD)/libticktock.a
BIN      := $(BUILD)/ticktock

UNIT_SRC := $(wildcard tests/unit/*.c)
UNIT_OBJ := $(patsubst tests/unit/%.c,$(BUILD)/unit/%.o,$(UNIT_SRC))
UNIT_BIN := $(BUILD)/unit_tests

.PHONY: all check unit cases asan fuzz bench install uninstall clean
all: $(BIN) ticktock

ticktock: $(BIN)
	@if [ "$(BUILD)" = build ]; then ln -sf $(BIN) ticktock; fi

$(BIN): $(MAIN_OBJ) $(LIB)
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

# --- generated front end ---------------------------------------------------
$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h: grammar/parser.y
	@mkdir -p $(BUILD)/gen
	bison -Wall -Werror --defines=$(BUILD)/gen/parser.h -o $(BUILD)/gen/parser.c $<

$(BUILD)/gen/lexer.c $(BUILD)/gen/lexer.h: grammar/lexer.l $(BUILD)/gen/parser.h
	@mkdir -p $(BUILD)/gen
	flex --header-file=$(BUILD)/gen/lexer.h -o $(BUILD)/gen/lexer.c $<

$(BUILD)/obj/parser.o: $(BUILD)/gen/parser.c $(BUILD)/gen/lexer.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(BUILD)/obj/lexer.o: $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

# The prelude (built-ins written in JavaScript) becomes an array of C string
# literals, one per line (a single literal would exceed C11's 4095 limit).
$(BUILD)/gen/prelude.c: $(PRELUDE) Makefile
	@mkdir -p $(@D)
	@{ echo '#include "prelude.h"'; echo 'const char *const prelude_lines[] = {'; \
	  for f in $(PRELUDE); do sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/?/\\?/g' -e 's/^/  "/' -e 's/$$/\\n",/' $$f; done; \
	  echo '};'; echo 'const size_t prelude_nlines = sizeof prelude_lines / sizeof prelude_lines[0];'; } > $@.tmp
	@mv $@.tmp $@

$(BUILD)/obj/prelude.o: $(BUILD)/gen/prelude.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

# The prelude compiled at build time (src/prelude_image.h): mkprelude links
# the library's other objects with an empty image, compiles the prelude from
# source and prints the image every program then loads instead.
$(BUILD)/gen/prelude_img0.c:
	@mkdir -p $(@D)
	@{ echo '#include "prelude_image.h"'; echo 'const PreludeImage prelude_image = {0};'; } > $@

$(MKPRELUDE): $(BUILD)/obj/mkprelude.o $(filter-out $(IMG_OBJ),$(LIB_OBJ)) $(BUILD)/obj/prelude_img0.o
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(BUILD)/gen/prelude_img.c: $(MKPRELUDE)
	$(MKPRELUDE) > $@.tmp
	@mv $@.tmp $@

$(BUILD)/obj/prelude_img.o $(BUILD)/obj/prelude_img0.o: $(BUILD)/obj/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(BUILD)/obj/mkprelude.o: tools/mkprelude.c | $(BUILD)/gen/parser.h $(BUILD)/gen/lexer.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

# Every object may include the generated headers, so they come first.
$(BUILD)/obj/%.o: src/%.c | $(BUILD)/gen/parser.h $(BUILD)/gen/lexer.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

# --- tests -------------------------------------------------------------------
# Each tests/unit/test_NAME.c defines `void suite_NAME(void)`; the runner calls
# every one listed in the generated suites.h.
$(BUILD)/unit/suites.h: $(UNIT_SRC)
	@mkdir -p $(@D)
	@grep -ho '^void suite_[a-z0-9_]*(void)' $(UNIT_SRC) | \
	  sed 's/^void \(suite_[a-z0-9_]*\)(void)/TT_SUITE(\1)/' | sort -u > $@.tmp && mv $@.tmp $@

$(BUILD)/unit/%.o: tests/unit/%.c $(BUILD)/unit/suites.h | $(BUILD)/gen/parser.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -I$(BUILD)/unit -Itests/unit -c -o $@ $<

$(UNIT_BIN): $(UNIT_OBJ) $(LIB)
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LDFLAGS) -lcunit $(LDLIBS)

unit: $(UNIT_BIN)
	$(UNIT_BIN)

cases: $(BIN)
	tests/run_cases.sh $(BIN)

check: unit cases

asan:
	$(MAKE) BUILD=build-asan OPT='-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all' \
	  LDFLAGS='-fsanitize=address,undefined' check

# --- fuzzing (clang + libFuzzer) ---------------------------------------------
FUZZ_SECONDS ?= 60
# Each harness (parse, engine; see tests/fuzz/README.md) runs FUZZ_SECONDS.
fuzz:
	$(MAKE) BUILD=build-fuzz CC=clang OPT='-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' \
	  $(BUILD:build=build-fuzz)/libticktock.a
	tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

bench: $(BIN)
	bench/run.sh $(BIN)

# --- install -------------------------------------------------------------------
install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/ticktock
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/ticktock
	install -m 644 doc/ticktock.1 $(DESTDIR)$(PREFIX)/share/man/man1/ticktock.1
	install -m 644 tools/prelude.js $(DESTDIR)$(PREFIX)/share/ticktock/prelude.js

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/ticktock $(DESTDIR)$(PREFIX)/share/man/man1/ticktock.1
	rm -rf $(DESTDIR)$(PREFIX)/share/ticktock

clean:
	rm -rf build build-asan build-fuzz ticktock

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/unit/*.d)
