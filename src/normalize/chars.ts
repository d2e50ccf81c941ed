// Character classes tested code by code on hot paths (readers, report builder, prose rules): one
// definition each, so the readers and the rules agree on what is white space and what is a digit.

/**
 * White space as String.prototype.trim and the regex \s see it. Ordered for the common case: CJK text
 * (above U+3000), then ASCII letters, digits and punctuation.
 */
export function isJsWhitespace(c: number): boolean {
  return c > 0x3000
    ? c === 0xfeff
    : c <= 32
      ? c === 32 || (c >= 9 && c <= 13)
      : c >= 0xa0 && (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x202f || c === 0x205f);
}

/** 0–9. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A digit as tables print it: 0–9 or full-width ０–９. */
export function isTableDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
