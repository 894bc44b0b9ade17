package org.specmirror.extract.classify;

import java.util.Locale;
import java.util.Objects;

/**
 * Everything that determines a trained model besides the data. Training is deterministic: the
 * optimiser (L-BFGS on the L2-regularised logistic loss) uses no randomness and the
 * cross-validation folds are assigned from document names and sizes only.
 *
 * @param features           which features to extract
 * @param l2                 L2 penalty on the weights (objective = mean weighted log-loss + l2/2 |w|^2)
 * @param minCount           a feature is kept only if at least this many training sentences have it
 * @param minDocuments       ... and if it occurs in at least this many distinct documents (generalisation:
 *                           drops document-specific names such as product acronyms)
 * @param documentWeighting  how sentences are weighted so that big documents do not dominate
 * @param balanceClasses     re-weight so that both classes carry the same total weight
 * @param thresholdFolds     0: use {@code fixedThreshold}; otherwise pick the decision threshold that
 *                           maximises macro-F1 of out-of-fold probabilities in a document-grouped
 *                           cross-validation with this many folds inside the training data
 * @param fixedThreshold     the decision threshold when {@code thresholdFolds == 0}
 * @param maxIterations      L-BFGS iteration cap
 * @param pruneBelow         weights with smaller magnitude are dropped from the model (size)
 * @param lexicalL2Factor    the L2 penalty of lexical features ({@code word:}, {@code bigram:}, {@code open*:},
 *                           {@code chars:}) is {@code l2 * lexicalL2Factor}; the hand-written cue and shape
 *                           features keep {@code l2}
 */
public record TrainerOptions(
    FeatureSpec features,
    double l2,
    int minCount,
    int minDocuments,
    DocumentWeighting documentWeighting,
    boolean balanceClasses,
    int thresholdFolds,
    double fixedThreshold,
    int maxIterations,
    double pruneBelow,
    double lexicalL2Factor) {

  /** Per-sentence weight as a function of the size n of its document. */
  public enum DocumentWeighting {
    /** Every sentence weighs 1. */
    NONE,
    /** 1/sqrt(n): big documents still count more, but less. */
    SQRT,
    /** 1/n: every document weighs the same. */
    EQUAL
  }

  public TrainerOptions {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(documentWeighting, "documentWeighting");
    if (!(l2 > 0)) throw new IllegalArgumentException("l2 must be > 0: " + l2);
    if (minCount < 1) throw new IllegalArgumentException("minCount must be >= 1");
    if (minDocuments < 1) throw new IllegalArgumentException("minDocuments must be >= 1");
    if (thresholdFolds < 0 || thresholdFolds == 1) {
      throw new IllegalArgumentException("thresholdFolds must be 0 or >= 2");
    }
    if (!(fixedThreshold > 0 && fixedThreshold < 1)) {
      throw new IllegalArgumentException("fixedThreshold must be in (0,1)");
    }
    if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be >= 1");
    if (pruneBelow < 0) throw new IllegalArgumentException("pruneBelow must be >= 0");
    if (!(lexicalL2Factor > 0)) throw new IllegalArgumentException("lexicalL2Factor must be > 0");
  }

  /** The options of the shipped model (chosen by grouped cross-validation on pure-train). */
  public static TrainerOptions defaults() {
    return new TrainerOptions(FeatureSpec.defaults(), 0.01, 2, 1, DocumentWeighting.EQUAL,
        false, 5, 0.5, 500, 0.02, 1.0);
  }

  public TrainerOptions withFeatures(FeatureSpec f) {
    return new TrainerOptions(f, l2, minCount, minDocuments, documentWeighting, balanceClasses,
        thresholdFolds, fixedThreshold, maxIterations, pruneBelow, lexicalL2Factor);
  }

  public TrainerOptions withL2(double v) {
    return new TrainerOptions(features, v, minCount, minDocuments, documentWeighting, balanceClasses,
        thresholdFolds, fixedThreshold, maxIterations, pruneBelow, lexicalL2Factor);
  }

  public TrainerOptions withMinCount(int v) {
    return new TrainerOptions(features, l2, v, minDocuments, documentWeighting, balanceClasses,
        thresholdFolds, fixedThreshold, maxIterations, pruneBelow, lexicalL2Factor);
  }

  public TrainerOptions withMinDocuments(int v) {
    return new TrainerOptions(features, l2, minCount, v, documentWeighting, balanceClasses,
        thresholdFolds, fixedThreshold, maxIterations, pruneBelow, lexicalL2Factor);
  }

  public TrainerOptions withDocumentWeighting(DocumentWeighting v) {
    return new TrainerOptions(features, l2, minCount, minDocuments, v, balanceClasses,
        thresholdFolds, fixedThreshold, maxIterations, pruneBelow, lexicalL2Factor);
  }

  public TrainerOptions withBalanceClasses(boolean v) {
    return new TrainerOptions(features, l2, minCount, minDocuments, documentWeighting, v,
        thresholdFolds, fixedThreshold, maxIterations, pruneBelow, lexicalL2Factor);
  }

  /** Tune the threshold by inner grouped CV with {@code folds} folds (0 = keep the fixed one). */
  public TrainerOptions withThresholdFolds(int folds) {
    return new TrainerOptions(features, l2, minCount, minDocuments, documentWeighting, balanceClasses,
        folds, fixedThreshold, maxIterations, pruneBelow, lexicalL2Factor);
  }

  /** Use this fixed threshold (turns threshold tuning off). */
  public TrainerOptions withFixedThreshold(double t) {
    return new TrainerOptions(features, l2, minCount, minDocuments, documentWeighting, balanceClasses,
        0, t, maxIterations, pruneBelow, lexicalL2Factor);
  }

  public TrainerOptions withMaxIterations(int v) {
    return new TrainerOptions(features, l2, minCount, minDocuments, documentWeighting, balanceClasses,
        thresholdFolds, fixedThreshold, v, pruneBelow, lexicalL2Factor);
  }

  public TrainerOptions withPruneBelow(double v) {
    return new TrainerOptions(features, l2, minCount, minDocuments, documentWeighting, balanceClasses,
        thresholdFolds, fixedThreshold, maxIterations, v, lexicalL2Factor);
  }

  public TrainerOptions withLexicalL2Factor(double v) {
    return new TrainerOptions(features, l2, minCount, minDocuments, documentWeighting, balanceClasses,
        thresholdFolds, fixedThreshold, maxIterations, pruneBelow, v);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%s l2=%s minCount=%d minDocuments=%d documentWeighting=%s balanceClasses=%s threshold=%s "
            + "maxIterations=%d pruneBelow=%s lexicalL2Factor=%s",
        features, l2, minCount, minDocuments, documentWeighting.name().toLowerCase(Locale.ROOT),
        balanceClasses, thresholdFolds == 0 ? Double.toString(fixedThreshold) : "cv" + thresholdFolds,
        maxIterations, pruneBelow, lexicalL2Factor);
  }
}
