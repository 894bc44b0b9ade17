package org.specmirror.match;

import java.util.Comparator;
import java.util.List;

/**
 * One scored requirement × vendor-statement pair.
 *
 * @param target index of the vendor statement
 * @param lexical TF-IDF cosine
 * @param semantic best sentence-embedding cosine (NaN in lexical mode)
 * @param z the fused, normalised signal
 * @param parameters the parameter term added to {@code z}
 * @param score the calibrated score in [0,1]
 * @param checks the parameter comparisons behind the parameter term
 */
public record Candidate(
    int target, double lexical, double semantic, double z, double parameters, double score, List<ParameterCheck> checks) {

  /** Best first; ties by target index (deterministic). */
  static final Comparator<Candidate> ORDER =
      Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::target);

  public Candidate {
    checks = List.copyOf(checks);
  }
}
