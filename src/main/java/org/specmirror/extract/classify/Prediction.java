package org.specmirror.extract.classify;

import java.util.List;

/**
 * The classifier's verdict on one sentence.
 *
 * @param requirement {@code probability >= threshold}
 * @param probability estimated probability that the sentence is a requirement
 * @param reasons     the features that pushed the decision most, by decreasing |contribution|
 *                    (at most {@link RequirementClassifier#MAX_REASONS})
 */
public record Prediction(boolean requirement, double probability, List<Contribution> reasons) {
  public Prediction {
    reasons = List.copyOf(reasons);
  }
}
