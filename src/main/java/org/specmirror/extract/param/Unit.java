package org.specmirror.extract.param;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A unit spelling's meaning: the canonical quantity and unit, and the conversion {@code canonical =
 * (value + preOffset) × num / den}. Differences (tolerances) use {@code value × num / den} only.
 */
final class Unit {
  /** Quantity marker: K is colour temperature when every value is ≥ 1000 K, else a temperature difference. */
  static final String KELVIN = "kelvin*";
  /** Quantity marker: "g" is mass, or acceleration in a vibration/shock context. */
  static final String GRAM = "gram*";
  /** Quantity marker: "G"/"gn" is acceleration only in a vibration/shock context. */
  static final String GN = "gn*";

  final String quantity;
  final String unit;
  final BigDecimal num;
  final BigDecimal den;
  final BigDecimal preOffset;

  Unit(String quantity, String unit, BigDecimal num, BigDecimal den, BigDecimal preOffset) {
    this.quantity = quantity;
    this.unit = unit;
    this.num = num;
    this.den = den;
    this.preOffset = preOffset;
  }

  /** Quantity family used to decide whether the two ends of a range are compatible. */
  String family() {
    if (quantity.startsWith("voltage")) {
      return "voltage";
    }
    if (quantity.equals("relative-humidity")) {
      return "percentage";
    }
    return quantity;
  }

  BigDecimal toCanonical(BigDecimal v) {
    BigDecimal x = preOffset.signum() == 0 ? v : v.add(preOffset);
    return scale(x);
  }

  BigDecimal differenceToCanonical(BigDecimal v) {
    return scale(v);
  }

  private BigDecimal scale(BigDecimal x) {
    BigDecimal y = x.multiply(num);
    if (den.compareTo(BigDecimal.ONE) == 0) {
      return y;
    }
    return y.divide(den, MathContext.DECIMAL64);
  }

  @Override
  public String toString() {
    return quantity + "[" + unit + "]";
  }
}
