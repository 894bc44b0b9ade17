package org.specmirror.score;

/**
 * Resampling settings of the panel statistics.
 *
 * @param bootstrap resamples of the requirements for the confidence interval of the lead
 * @param permutations random re-attributions of each requirement's verdicts across vendors for the
 *     p-value of the lead
 * @param seed seed of the pseudo-random generator (results are reproducible)
 * @param confidence level of the interval, e.g. 0.95
 * @param alpha significance level for calling a lead clear
 */
public record PanelOptions(int bootstrap, int permutations, long seed, double confidence, double alpha) {
  public PanelOptions {
    if (bootstrap < 100 || permutations < 100) {
      throw new IllegalArgumentException("at least 100 bootstrap resamples and permutations");
    }
    if (!(confidence > 0.5 && confidence < 1) || !(alpha > 0 && alpha < 0.5)) {
      throw new IllegalArgumentException("confidence in (0.5, 1), alpha in (0, 0.5)");
    }
  }

  public static PanelOptions defaults() {
    return new PanelOptions(2000, 2000, 1, 0.95, 0.05);
  }
}
