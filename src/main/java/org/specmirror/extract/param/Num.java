package org.specmirror.extract.param;

import java.math.BigDecimal;

/**
 * A number token: {@code 5}, {@code -0.5}, {@code 0,5}, {@code 100 000}, {@code 100,000}, {@code
 * 1.5e3}, {@code 1.5 × 10⁻³}.
 *
 * <p>Decimal comma: {@code ,} followed by exactly three digits after a first group of one to three
 * digits not starting with 0 is a thousands separator ({@code 1,500} = 1500, {@code 100,000}); any
 * other {@code ,digits} is a decimal comma ({@code 0,5}, {@code 1,25}, {@code 0,125}). Space-like
 * characters (space, no-break, thin, narrow no-break, figure) separate thousands only before a group
 * of exactly three digits. A number followed by another {@code .digit} or {@code ,digit} (clause
 * numbers {@code 7.1.2}, German {@code 1.000.000}, lists {@code 10,20,30}) is a <em>chain</em> and is
 * never used as a value.
 */
final class Num {
  /** Digit strings longer than this are not values (and would be slow to convert). */
  private static final int MAX_DIGITS = 300;

  final int start;
  final int end;
  /** Null when the token is a chain or too long to be a value. */
  final BigDecimal value;
  final boolean chain;
  final boolean signed;

  private Num(int start, int end, BigDecimal value, boolean chain, boolean signed) {
    this.start = start;
    this.end = end;
    this.value = value;
    this.chain = chain;
    this.signed = signed;
  }

  boolean usable() {
    return !chain && value != null;
  }

  /** True when a number (optionally signed) starts at {@code i}. */
  static boolean startsAt(CharSequence s, int i) {
    int n = s.length();
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (Chars.isDigit(c)) {
      return true;
    }
    if (c == '+' || Chars.isMinus(c)) {
      i++;
      if (i >= n) {
        return false;
      }
      c = s.charAt(i);
      if (Chars.isDigit(c)) {
        return true;
      }
    }
    return c == '.' && i + 1 < n && Chars.isDigit(s.charAt(i + 1));
  }

  /** Scans a number at {@code i}; returns null when none starts there. Linear in the token length. */
  static Num scan(CharSequence s, int i) {
    if (!startsAt(s, i)) {
      return null;
    }
    int n = s.length();
    int j = i;
    boolean negative = false;
    boolean signed = false;
    char c = s.charAt(j);
    if (c == '+' || Chars.isMinus(c)) {
      signed = true;
      negative = c != '+';
      j++;
    }
    StringBuilder sb = new StringBuilder();
    int d0 = j;
    while (j < n && Chars.isDigit(s.charAt(j))) {
      j++;
    }
    int intDigits = j - d0;
    appendDigits(sb, s, d0, j);
    char groupedBy = 0;
    if (intDigits >= 1 && intDigits <= 3 && s.charAt(d0) != '0') {
      while (j < n) {
        char g = s.charAt(j);
        boolean comma = g == ',' && groupedBy != 's';
        boolean space = Chars.isGroupSpace(g) && groupedBy != ',';
        if ((comma || space) && threeDigitsAt(s, j + 1)) {
          appendDigits(sb, s, j + 1, j + 4);
          j += 4;
          groupedBy = comma ? ',' : 's';
        } else {
          break;
        }
      }
    }
    boolean fraction = false;
    if (j + 1 < n && Chars.isDigit(s.charAt(j + 1))) {
      char d = s.charAt(j);
      if (d == '.' || (d == ',' && groupedBy != ',')) {
        fraction = true;
        sb.append('.');
        int f0 = ++j;
        while (j < n && Chars.isDigit(s.charAt(j))) {
          j++;
        }
        appendDigits(sb, s, f0, j);
      }
    }
    // a further .digit or ,digit makes it a chain (clause number, list, grouped with dots)
    if (j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == ',') && Chars.isDigit(s.charAt(j + 1))) {
      while (j < n) {
        char d = s.charAt(j);
        if (Chars.isDigit(d)) {
          j++;
        } else if ((d == '.' || d == ',') && j + 1 < n && Chars.isDigit(s.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      return new Num(i, j, null, true, signed);
    }
    if (intDigits == 0 && !fraction) {
      return null;
    }
    // exponent: e3, E-3, × 10^3, x10⁻³
    int exp = 0;
    boolean hasExp = false;
    long packed = scanExponent(s, j);
    if (packed >= 0) {
      hasExp = true;
      exp = (int) (packed & 0xFFFF) - 0x8000;
      j = (int) (packed >>> 16);
    }
    int digits = sb.length();
    BigDecimal value = null;
    if (digits <= MAX_DIGITS) {
      try {
        BigDecimal v = new BigDecimal(sb.toString());
        if (hasExp) {
          v = v.scaleByPowerOfTen(exp);
        }
        value = negative ? v.negate() : v;
      } catch (NumberFormatException | ArithmeticException ex) {
        value = null;
      }
    }
    return new Num(i, j, value, false, signed);
  }

  /** Returns {@code end << 16 | (exponent + 0x8000)}, or -1 when no exponent follows at {@code j}. */
  private static long scanExponent(CharSequence s, int j) {
    int n = s.length();
    if (j >= n) {
      return -1;
    }
    char c = s.charAt(j);
    if (c == 'e' || c == 'E') {
      int k = j + 1;
      boolean neg = false;
      if (k < n && (s.charAt(k) == '+' || Chars.isMinus(s.charAt(k)))) {
        neg = s.charAt(k) != '+';
        k++;
      }
      int d0 = k;
      while (k < n && Chars.isDigit(s.charAt(k)) && k - d0 < 4) {
        k++;
      }
      if (k == d0 || (k < n && Chars.isDigit(s.charAt(k)))) {
        return -1;
      }
      int v = Integer.parseInt(s.subSequence(d0, k).toString());
      return pack(k, neg ? -v : v);
    }
    // × 10^3 / x10⁻³ / ·10^-3 / *10^3
    int k = Chars.skipSpaces(s, j, 1);
    if (k >= n) {
      return -1;
    }
    char m = s.charAt(k);
    if (m != '\u00D7' && m != 'x' && m != 'X' && m != '\u00B7' && m != '*' && m != '\u22C5') {
      return -1;
    }
    k = Chars.skipSpaces(s, k + 1, 1);
    if (k + 2 > n || s.charAt(k) != '1' || s.charAt(k + 1) != '0') {
      return -1;
    }
    k += 2;
    if (k < n && s.charAt(k) == '^') {
      k++;
      boolean neg = false;
      if (k < n && (s.charAt(k) == '+' || Chars.isMinus(s.charAt(k)))) {
        neg = s.charAt(k) != '+';
        k++;
      }
      int d0 = k;
      while (k < n && Chars.isDigit(s.charAt(k)) && k - d0 < 3) {
        k++;
      }
      if (k == d0 || (k < n && Chars.isDigit(s.charAt(k)))) {
        return -1;
      }
      int v = Integer.parseInt(s.subSequence(d0, k).toString());
      return pack(k, neg ? -v : v);
    }
    boolean neg = false;
    if (k < n && (s.charAt(k) == '\u207B' || s.charAt(k) == '\u207A')) {
      neg = s.charAt(k) == '\u207B';
      k++;
    }
    int v = 0;
    int d0 = k;
    while (k < n && k - d0 < 3 && Chars.superscriptValue(s.charAt(k)) >= 0) {
      v = v * 10 + Chars.superscriptValue(s.charAt(k));
      k++;
    }
    if (k == d0) {
      return -1;
    }
    return pack(k, neg ? -v : v);
  }

  private static long pack(int end, int exp) {
    return ((long) end << 16) | (exp + 0x8000);
  }

  private static boolean threeDigitsAt(CharSequence s, int k) {
    int n = s.length();
    return k + 2 < n
        && Chars.isDigit(s.charAt(k))
        && Chars.isDigit(s.charAt(k + 1))
        && Chars.isDigit(s.charAt(k + 2))
        && (k + 3 >= n || !Chars.isDigit(s.charAt(k + 3)));
  }

  private static void appendDigits(StringBuilder sb, CharSequence s, int from, int to) {
    if (sb.length() > MAX_DIGITS) {
      return;
    }
    int stop = Math.min(to, from + MAX_DIGITS + 1);
    for (int k = from; k < stop; k++) {
      sb.append(s.charAt(k));
    }
  }
}
