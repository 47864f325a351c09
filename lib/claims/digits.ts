/** Digit runs with their separators: "1,370", "7.7", "40 000". Read with charCodeAt, no match arrays. */

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const POWERS_OF_TEN = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/** Shape of the digits read last by `readDigits`: one shared record, so the hot path allocates nothing. */
export const digits = { value: 0, count: 0, hasComma: false, hasDot: false };

/**
 * Reads "1,370" / "7.7" / "1,370.5" at `start`; returns the end, or `start` when no digit is there.
 * Commas count only as thousands groups of exactly three digits after a 1–3 digit head.
 */
export function readDigits(text: string, start: number): number {
  let i = start;
  let mantissa = 0;
  let count = 0;
  while (isDigit(text.charCodeAt(i))) {
    mantissa = mantissa * 10 + (text.charCodeAt(i) - 48);
    i++;
  }
  count = i - start;
  digits.hasComma = false;
  digits.hasDot = false;
  if (count === 0) return start;
  if (count <= 3) {
    while (
      text.charCodeAt(i) === 44 &&
      isDigit(text.charCodeAt(i + 1)) &&
      isDigit(text.charCodeAt(i + 2)) &&
      isDigit(text.charCodeAt(i + 3)) &&
      !isDigit(text.charCodeAt(i + 4))
    ) {
      mantissa =
        mantissa * 1000 +
        (text.charCodeAt(i + 1) - 48) * 100 +
        (text.charCodeAt(i + 2) - 48) * 10 +
        (text.charCodeAt(i + 3) - 48);
      count += 3;
      i += 4;
      digits.hasComma = true;
    }
    if (!digits.hasComma) {
      const groups = spacedGroups(text, i);
      for (let g = 0; g < groups; g++) {
        mantissa =
          mantissa * 1000 +
          (text.charCodeAt(i + 1) - 48) * 100 +
          (text.charCodeAt(i + 2) - 48) * 10 +
          (text.charCodeAt(i + 3) - 48);
        count += 3;
        i += 4;
        digits.hasComma = true;
      }
    }
  }
  let decimals = 0;
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i++;
    digits.hasDot = true;
    while (isDigit(text.charCodeAt(i))) {
      mantissa = mantissa * 10 + (text.charCodeAt(i) - 48);
      decimals++;
      i++;
    }
    count += decimals;
  }
  digits.count = count;
  // Exact integer over an exact power of ten is correctly rounded; very long digit strings take the slow path.
  if (count <= 15) digits.value = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals]!;
  else digits.value = Number(text.slice(start, i).replace(/[,\s\u00a0\u202f\u2009]/g, ""));
  return i;
}

function isGroupAt(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3)) &&
    !isDigit(text.charCodeAt(at + 4))
  );
}

/**
 * Thousands groups set off by spaces ("40 000", "1 414 021 100"): always after a thin or
 * non-breaking space; after a plain space only for "000" or two groups in a row, so that
 * "aged 15 100 times" stays two numbers.
 */
function spacedGroups(text: string, at: number): number {
  const separator = text.charCodeAt(at);
  if (separator !== 32 && separator !== 0xa0 && separator !== 0x202f && separator !== 0x2009)
    return 0;
  let groups = 0;
  while (text.charCodeAt(at + groups * 4) === separator && isGroupAt(text, at + groups * 4))
    groups++;
  if (groups === 0 || separator !== 32) return groups;
  if (groups >= 2) return groups;
  const zeros =
    text.charCodeAt(at + 1) === 48 &&
    text.charCodeAt(at + 2) === 48 &&
    text.charCodeAt(at + 3) === 48;
  return zeros ? 1 : 0;
}
