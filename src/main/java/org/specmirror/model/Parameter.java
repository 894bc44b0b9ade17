package org.specmirror.model;

import java.util.Objects;

/**
 * A value found in a statement, stored so that values (not strings) can be compared later.
 *
 * <p>For {@link Type#QUANTITY}: {@code min}/{@code max} are normalised to the canonical {@code unit}
 * of the {@code quantity} (e.g. kV → V, mA → A, ms → s); a single value has {@code min == max}; "up to
 * 20 dBm" has {@code min == null, max == 20}; "≥ 95 %" has {@code min == 95, max == null}.
 * For {@link Type#RATING} (IP/IK codes) and {@link Type#INTERFACE} (DALI-2, NB-IoT, TLS 1.3, ...):
 * {@code value} holds the canonical token; for ratings {@code min}/{@code max} hold the comparable
 * digits (IP66 → 66) when meaningful.
 *
 * @param type what kind of parameter
 * @param quantity canonical quantity name, lower-case, e.g. {@code temperature}, {@code voltage},
 *     {@code ingress-protection}, {@code protocol}
 * @param text the span as written in the statement
 * @param min lower bound in the canonical unit, or null when unbounded
 * @param max upper bound in the canonical unit, or null when unbounded
 * @param unit canonical unit symbol ({@code °C}, {@code V}, {@code W}, {@code %}, {@code dBm}, ...), or
 *     null when the value has none
 * @param value canonical token for ratings and interfaces, else null
 * @param start offset of {@code text} in the statement (inclusive)
 * @param end offset of {@code text} in the statement (exclusive)
 */
public record Parameter(
    Type type,
    String quantity,
    String text,
    Double min,
    Double max,
    String unit,
    String value,
    int start,
    int end) {

  /** Kinds of parameters. */
  public enum Type {
    QUANTITY,
    RATING,
    INTERFACE
  }

  public Parameter {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("min > max: " + min + " > " + max);
    }
  }
}
