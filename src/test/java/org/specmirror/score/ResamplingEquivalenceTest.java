package org.specmirror.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The resampling tests were sped up (fast bounded draws, bit rows, sparse sums); each must give
 * exactly what the plain form gave. The plain forms are kept here as the reference.
 */
class ResamplingEquivalenceTest {
  private static final PanelOptions OPTIONS = new PanelOptions(300, 300, 11, 0.95, 0.05);
  private final PanelScorer scorer = new PanelScorer(null, null, OPTIONS);

  @Test
  void sameResultsAsThePlainForms() {
    SplittableRandom rnd = new SplittableRandom(99);
    for (int trial = 0; trial < 12; trial++) {
      int nR = 5 + rnd.nextInt(80);
      int nV = trial == 11 ? 70 : 2 + rnd.nextInt(trial < 6 ? 8 : 63); // 70: the path for more than 64 vendors
      boolean[][] met = new boolean[nR][nV];
      double[] w = new double[nR];
      for (int r = 0; r < nR; r++) {
        w[r] = rnd.nextBoolean() ? 1 : 0.5;
        for (int v = 0; v < nV; v++) {
          met[r][v] = rnd.nextDouble() < (v == 0 ? 0.7 : 0.45);
        }
      }
      double observed = PanelScorer.lead(PanelScorer.coverages(met, w, identity(nR)), 0);
      assertThat(scorer.permutation(met, w, observed)).as("permutation p, trial %d", trial).isEqualTo(plainPermutation(met, w, observed));
      assertThat(scorer.bootstrap(met, w, nR)).as("bootstrap interval, trial %d", trial).containsExactly(plainBootstrap(met, w, nR));
      assertThat(scorer.exclusiveTest(met, 0)).as("exclusive test, trial %d", trial).containsExactly(plainExclusive(met, 0));
    }
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private static double plainPermutation(boolean[][] met, double[] w, double observed) {
    SplittableRandom rnd = new SplittableRandom(OPTIONS.seed() + 1);
    int nR = met.length;
    int nV = met[0].length;
    boolean[][] perm = new boolean[nR][nV];
    int atLeast = 0;
    for (int p = 0; p < OPTIONS.permutations(); p++) {
      for (int r = 0; r < nR; r++) {
        System.arraycopy(met[r], 0, perm[r], 0, nV);
        for (int i = nV - 1; i > 0; i--) {
          int j = rnd.nextInt(i + 1);
          boolean t = perm[r][i];
          perm[r][i] = perm[r][j];
          perm[r][j] = t;
        }
      }
      double[] cov = PanelScorer.coverages(perm, w, identity(nR));
      int top = 0;
      for (int v = 1; v < nV; v++) {
        if (cov[v] > cov[top]) {
          top = v;
        }
      }
      if (PanelScorer.lead(cov, top) >= observed - 1e-12) {
        atLeast++;
      }
    }
    return (1.0 + atLeast) / (1.0 + OPTIONS.permutations());
  }

  private static double[] plainBootstrap(boolean[][] met, double[] w, int nR) {
    SplittableRandom rnd = new SplittableRandom(OPTIONS.seed());
    double[] leads = new double[OPTIONS.bootstrap()];
    int[] sample = new int[nR];
    for (int b = 0; b < leads.length; b++) {
      for (int i = 0; i < nR; i++) {
        sample[i] = rnd.nextInt(nR);
      }
      leads[b] = PanelScorer.lead(PanelScorer.coverages(met, w, sample), 0);
    }
    Arrays.sort(leads);
    double tail = (1 - OPTIONS.confidence()) / 2;
    return new double[] {quantile(leads, tail), quantile(leads, 1 - tail)};
  }

  private static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }

  private static double[] plainExclusive(boolean[][] met, int top) {
    int nR = met.length;
    int nV = met[0].length;
    boolean[][] m = new boolean[nR][];
    int[] rowSum = new int[nR];
    int observed = 0;
    for (int r = 0; r < nR; r++) {
      m[r] = met[r].clone();
      for (boolean b : met[r]) {
        rowSum[r] += b ? 1 : 0;
      }
      if (rowSum[r] == 1 && met[r][top]) {
        observed++;
      }
    }
    SplittableRandom rnd = new SplittableRandom(OPTIONS.seed() + 2);
    long cells = (long) nR * nV;
    int burn = (int) Math.min(20 * cells, 20_000_000L);
    int thin = (int) Math.max(1, Math.min(5 * cells, 20_000_000L / OPTIONS.permutations()));
    swaps(m, rnd, burn);
    int atLeast = 0;
    double sum = 0;
    for (int s = 0; s < OPTIONS.permutations(); s++) {
      swaps(m, rnd, thin);
      int e = 0;
      for (int r = 0; r < nR; r++) {
        if (rowSum[r] == 1 && m[r][top]) {
          e++;
        }
      }
      sum += e;
      if (e >= observed) {
        atLeast++;
      }
    }
    return new double[] {sum / OPTIONS.permutations(), (1.0 + atLeast) / (1.0 + OPTIONS.permutations())};
  }

  private static void swaps(boolean[][] m, SplittableRandom rnd, int attempts) {
    int nR = m.length;
    int nV = m[0].length;
    for (int a = 0; a < attempts; a++) {
      int r1 = rnd.nextInt(nR);
      int r2 = rnd.nextInt(nR);
      int v1 = rnd.nextInt(nV);
      int v2 = rnd.nextInt(nV);
      if (m[r1][v1] && !m[r1][v2] && !m[r2][v1] && m[r2][v2]) {
        m[r1][v1] = false;
        m[r1][v2] = true;
        m[r2][v1] = true;
        m[r2][v2] = false;
      }
    }
  }
}
