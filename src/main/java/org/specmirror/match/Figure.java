package org.specmirror.match;

import java.util.List;

/**
 * A document-level figure with what it is computed from, so that every number can be traced to the
 * requirement pairs behind it.
 *
 * @param value the figure
 * @param numerator the sum on top of the fraction
 * @param denominator the sum below
 * @param pairs the requirement ids (or vendor statement ids, for reverse coverage) counted on top
 */
public record Figure(double value, double numerator, double denominator, List<String> pairs) {
  public Figure {
    pairs = List.copyOf(pairs);
  }

  static Figure of(double numerator, double denominator, List<String> pairs) {
    return new Figure(denominator == 0 ? 0 : numerator / denominator, numerator, denominator, pairs);
  }
}
