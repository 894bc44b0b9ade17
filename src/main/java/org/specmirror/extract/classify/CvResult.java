package org.specmirror.extract.classify;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Outcome of a document-grouped cross-validation.
 *
 * @param folds            number of folds
 * @param foldOfDocument   the fold of every document group (group key: document name lower-cased with
 *                         everything but letters and digits removed, so "inventory 2.0.pdf" and
 *                         "inventory-2.0.pdf" are one group)
 * @param perFold          figures of each fold's held-out documents
 * @param pooled           figures over all out-of-fold predictions together (the headline figure)
 * @param meanMacroF1      unweighted mean of the folds' macro-F1
 * @param thresholds       the decision threshold each fold's model used
 * @param probabilities    out-of-fold probability of every input row, in input order
 * @param predictions      out-of-fold decision of every input row, in input order
 */
public record CvResult(int folds, Map<String, Integer> foldOfDocument, List<Metrics> perFold, Metrics pooled,
    double meanMacroF1, List<Double> thresholds, double[] probabilities, boolean[] predictions) {

  public CvResult {
    foldOfDocument = Map.copyOf(foldOfDocument);
    perFold = List.copyOf(perFold);
    thresholds = List.copyOf(thresholds);
    probabilities = probabilities.clone();
    predictions = predictions.clone();
  }

  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public boolean[] predictions() {
    return predictions.clone();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d-fold grouped CV: pooled %s; mean fold macroF1=%.4f",
        folds, pooled, meanMacroF1);
  }
}
