package org.specmirror.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PanelStatisticsTest {

  /** The bootstrap's sparse coverages must equal the dense ones bit for bit (same sums, same order). */
  @Test
  void sparseCoveragesEqualDenseOnes() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int trial = 0; trial < 200; trial++) {
      int nR = 1 + rnd.nextInt(120);
      int nV = 1 + rnd.nextInt(12);
      double density = rnd.nextDouble();
      boolean[][] met = new boolean[nR][nV];
      double[] w = new double[nR];
      for (int r = 0; r < nR; r++) {
        w[r] = rnd.nextInt(3) == 0 ? 0.5 : rnd.nextDouble() * 2;
        for (int v = 0; v < nV; v++) {
          met[r][v] = rnd.nextDouble() < density;
        }
      }
      int[] sample = new int[nR];
      for (int i = 0; i < nR; i++) {
        sample[i] = rnd.nextInt(nR);
      }
      double[] dense = PanelScorer.coverages(met, w, sample);
      double[] sparse = PanelScorer.coverages(PanelScorer.metLists(met), nV, w, sample);
      assertThat(sparse).containsExactly(dense);
      for (double c : sparse) {
        assertThat(c).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void metListsKeepVendorOrder() {
    boolean[][] met = {{true, false, true}, {false, false, false}, {false, true, true}};
    int[][] lists = PanelScorer.metLists(met);
    assertThat(lists[0]).containsExactly(0, 2);
    assertThat(lists[1]).isEmpty();
    assertThat(lists[2]).containsExactly(1, 2);
  }
}
