package org.specmirror.match;

import java.util.List;

/**
 * Output of {@link Engine#score}: for every source, its scored candidates, best first.
 *
 * @param sources analysed sources, in input order
 * @param targets analysed targets, in input order
 * @param stats term rarity over every statement counted
 * @param rows per source, the candidates (best first)
 * @param semantic whether the semantic signal was used
 */
public record Scored(
    List<Engine.Analysed> sources, List<Engine.Analysed> targets, TermStats stats, List<List<Candidate>> rows, boolean semantic) {

  /** Calibrated score of a pair, 0 when the target was not a candidate. */
  public double score(int source, int target) {
    for (Candidate c : rows.get(source)) {
      if (c.target() == target) {
        return c.score();
      }
    }
    return 0;
  }
}
