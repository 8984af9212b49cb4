/* str.h - the shared string table: every JavaScript string is interned.
 *
 * A string is identified by a 32-bit id; equal contents always have the same
 * id, so string equality is id equality and a string Value is canonical
 * across all machine states that share the table (the explorer's states do).
 * Contents are UTF-16 code units, stored one byte per unit when every unit
 * is below 256 ("narrow") and two bytes otherwise ("wide").
 *
 * Ownership: the StrTab owns all string data; ids stay valid until the
 * string is swept by str_gc_sweep (only strings not marked since
 * str_gc_begin and not permanent are swept).  Growth aborts on OOM.
 */
#ifndef TT_STR_H
#define TT_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "atoms.h"
#include "buf.h"

typedef struct StrTab StrTab;

/* The longest string node (V8 on a 64-bit machine, String::kMaxLength)
 * makes; operations that would make a longer one throw RangeError "Invalid
 * string length" (callers check: the table itself has no limit). */
#define STR_MAX_LEN ((1u << 29) - 24)

StrTab *str_new(void);
void str_free(StrTab *t);

/* Interning.  All return the id of the (possibly new) string. */
uint32_t str_intern8(StrTab *t, const uint8_t *latin1, size_t n);
uint32_t str_intern16(StrTab *t, const uint16_t *units, size_t n);
/* From WTF-8 (UTF-8 that may encode surrogates); invalid bytes become U+FFFD. */
uint32_t str_from_utf8(StrTab *t, const char *s, size_t n);
uint32_t str_cstr(StrTab *t, const char *s); /* NUL-terminated UTF-8 */

/* Access. */
uint32_t str_len(const StrTab *t, uint32_t id);
uint16_t str_at(const StrTab *t, uint32_t id, uint32_t i);
bool str_is_wide(const StrTab *t, uint32_t id);
const uint8_t *str_data8(const StrTab *t, uint32_t id);   /* narrow only */
const uint16_t *str_data16(const StrTab *t, uint32_t id); /* wide only */
uint32_t str_hash(const StrTab *t, uint32_t id);
/* Copies the units of id into out (capacity >= str_len). */
void str_units(const StrTab *t, uint32_t id, uint16_t *out);

/* Operations producing new strings. */
uint32_t str_concat(StrTab *t, uint32_t a, uint32_t b);
uint32_t str_substr(StrTab *t, uint32_t id, uint32_t start, uint32_t end);

/* Comparison by UTF-16 code units (<0, 0, >0). */
int str_cmp(const StrTab *t, uint32_t a, uint32_t b);
/* True when the string is an array index ("0".."4294967294", canonical). */
bool str_array_index(const StrTab *t, uint32_t id, uint32_t *index);
/* True when the string is ASCII-equal to the C string s. */
bool str_eq_cstr(const StrTab *t, uint32_t id, const char *s);

/* Appends the UTF-8 form (lone surrogates become U+FFFD, as node writes
 * them) to out. */
void str_to_utf8(const StrTab *t, uint32_t id, Buf *out);
/* Returns a NUL-terminated UTF-8 copy in a per-table scratch buffer that is
 * overwritten by the next call; for messages and debugging. */
const char *str_cstr_tmp(StrTab *t, uint32_t id);

/* Garbage collection of unreferenced strings (run mode only: explored
 * states reference strings by id, so the explorer never sweeps). */
void str_gc_begin(StrTab *t);
void str_mark(StrTab *t, uint32_t id);
size_t str_gc_sweep(StrTab *t); /* returns the number of strings freed */
void str_set_permanent(StrTab *t, uint32_t id);
uint32_t str_count(const StrTab *t);
size_t str_bytes(const StrTab *t);

#endif
