package org.specmirror.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point formatting of doubles, the same text as {@code String.format(Locale.ROOT, "%.2f", d)}
 * (rounding half up on the shortest decimal form of the double) without parsing a format string
 * for every number: a large report prints hundreds of thousands of them.
 */
final class Decimals {

  private Decimals() {}

  /** Two decimals, as {@code %.2f}. */
  static String f2(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return String.format(java.util.Locale.ROOT, "%.2f", d);
    }
    String s = new BigDecimal(Double.toString(d)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    // %.2f keeps the sign of a negative number that rounds to zero ("-0.00"); so does this
    return d < 0 || (d == 0 && 1 / d < 0) ? (s.startsWith("-") ? s : "-" + s) : s;
  }
}
