/* fuzz_regex.c - libFuzzer harness for the regular expression compiler and
 * matcher (regex.h).  Input: one byte of RX_* flag bits, the pattern up to
 * the first NUL byte, then the subject; bytes are code units (0xF0..0xFF
 * stand for surrogates and other wide units, so both u-mode paths run).
 * Every compile either succeeds or reports an error text; every match
 * ends within its budget; caps stay inside the subject. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "regex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint16_t unit_of(uint8_t b) {
  static const uint16_t wide[] = {0xD83D, 0xDE00, 0xDC00, 0x017F, 0x212A, 0x03C2, 0x2028, 0x00C4,
                                  0xFEFF, 0x0130, 0x0131, 0x1E9E, 0xD800, 0xDBFF, 0xDFFF, 0x00B5};
  return b >= 0xF0 ? wide[b - 0xF0] : b;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  unsigned flags = data[0] & ~(unsigned)RX_V;
  const uint8_t *rest = data + 1;
  size_t n = size - 1, np = 0;
  while (np < n && rest[np]) np++;
  size_t ns = np < n ? n - np - 1 : 0;
  uint16_t *pat = malloc((np + 1) * sizeof *pat), *subj = malloc((ns + 1) * sizeof *subj);
  for (size_t i = 0; i < np; i++) pat[i] = unit_of(rest[i]);
  for (size_t i = 0; i < ns; i++) subj[i] = unit_of(rest[np + 1 + i]);
  char err[160];
  RxProg *p = rx_compile(pat, (uint32_t)np, flags, err, sizeof err);
  if (!p) {
    if (!err[0]) abort(); /* an error always has a message */
  } else {
    int32_t *caps = malloc(2 * rx_groups(p) * sizeof *caps);
    for (uint32_t start = 0; start <= ns && start < 4; start++) {
      uint64_t budget = 200000;
      if (rx_exec(p, subj, (uint32_t)ns, start, caps, &budget) == RX_MATCH)
        for (uint32_t k = 0; k < 2 * rx_groups(p); k++)
          if (caps[k] < -1 || caps[k] > (int32_t)ns) abort();
    }
    free(caps);
    rx_free(p);
  }
  uint16_t *esc = malloc((6 * np + 4) * sizeof *esc);
  rx_escape_source(pat, (uint32_t)np, esc);
  free(esc);
  free(pat);
  free(subj);
  return 0;
}
