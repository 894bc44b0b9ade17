package org.specmirror.match;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.specmirror.match.semantic.Embeddings;
import org.specmirror.model.Modality;
import org.specmirror.normalise.Glossary;

/**
 * How matching is done. {@link #defaults()} is the one configuration used by {@code compare},
 * {@code score}, {@code check} and {@code eval trace}; nothing in it was tuned per dataset.
 *
 * @param glossary acronyms and synonyms (built-in plus any user file)
 * @param embeddings sentence embeddings, or null for lexical matching only ({@code --no-semantic})
 * @param candidates how many vendor statements are scored in full for each requirement (the best
 *     ones by the row-normalised signals)
 * @param metThreshold calibrated score from which a pair counts as met
 * @param partialThreshold calibrated score from which a pair counts as a partial match
 * @param weights modality weights for coverage (MUST 1.0, SHOULD 0.6, MAY 0.3 by default)
 * @param mutual weight of the disagreement between the row- and column-normalised signals in the
 *     fused value ({@link Engine#MUTUAL} by default; other values only for {@code eval trace
 *     --mutual}, since the calibration was fitted for the default)
 */
public record MatchOptions(
    Glossary glossary,
    Embeddings embeddings,
    int candidates,
    double metThreshold,
    double partialThreshold,
    Map<Modality, Double> weights,
    double mutual) {

  public MatchOptions {
    if (!(mutual >= 0 && mutual <= 1)) {
      throw new IllegalArgumentException("mutual must be between 0 and 1");
    }
    Objects.requireNonNull(glossary, "glossary");
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be at least 1");
    }
    if (!(partialThreshold > 0 && partialThreshold <= metThreshold && metThreshold < 1)) {
      throw new IllegalArgumentException("need 0 < partial threshold <= met threshold < 1");
    }
    weights = Map.copyOf(weights);
  }

  /**
   * Default thresholds on the calibrated score: where F1 (MET) and F2 (PARTIAL, recall first) are
   * highest over the five public trace sets pooled (0.256 and 0.101), rounded to 0.05; see
   * docs/matching.md.
   */
  public static final double MET = 0.25;

  public static final double PARTIAL = 0.10;

  /** Default modality weights for coverage. */
  public static Map<Modality, Double> defaultWeights() {
    Map<Modality, Double> w = new EnumMap<>(Modality.class);
    w.put(Modality.MUST, 1.0);
    w.put(Modality.MUST_NOT, 1.0);
    w.put(Modality.SHOULD, 0.6);
    w.put(Modality.SHOULD_NOT, 0.6);
    w.put(Modality.MAY, 0.3);
    return w;
  }

  /** Built-in glossary, semantic signal with in-memory embeddings, default thresholds. */
  public static MatchOptions defaults() {
    return new MatchOptions(Glossary.builtIn(), Embeddings.inMemory(), 100, MET, PARTIAL, defaultWeights(), Engine.MUTUAL);
  }

  public boolean semantic() {
    return embeddings != null;
  }

  public MatchOptions withEmbeddings(Embeddings e) {
    return new MatchOptions(glossary, e, candidates, metThreshold, partialThreshold, weights, mutual);
  }

  public MatchOptions withGlossary(Glossary g) {
    return new MatchOptions(g, embeddings, candidates, metThreshold, partialThreshold, weights, mutual);
  }

  public MatchOptions withWeights(Map<Modality, Double> w) {
    return new MatchOptions(glossary, embeddings, candidates, metThreshold, partialThreshold, w, mutual);
  }

  public MatchOptions withThresholds(double met, double partial) {
    return new MatchOptions(glossary, embeddings, candidates, met, partial, weights, mutual);
  }

  public MatchOptions withCandidates(int k) {
    return new MatchOptions(glossary, embeddings, k, metThreshold, partialThreshold, weights, mutual);
  }

  public MatchOptions withMutual(double m) {
    return new MatchOptions(glossary, embeddings, candidates, metThreshold, partialThreshold, weights, m);
  }

  /** Weight of a modality in coverage (0 for non-normative ones). */
  public double weight(Modality m) {
    Double w = weights.get(m);
    return w == null ? 0 : w;
  }
}
