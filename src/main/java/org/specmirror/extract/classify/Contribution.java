package org.specmirror.extract.classify;

/**
 * How much one feature pushed a decision: {@code weight} is the feature's contribution to the
 * log-odds of "requirement" (model weight times feature value). Positive pushes towards
 * {@code req}, negative towards {@code not_req}.
 *
 * @param feature human-readable feature name, e.g. {@code modal:shall}, {@code word:system},
 *                {@code bigram:shall provide}, {@code shape:ends-with-colon}
 * @param weight  contribution to the log-odds
 */
public record Contribution(String feature, double weight) {
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s(%+.2f)", feature, weight);
  }
}
