package org.specmirror.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BoundTest {

  /** Draw for draw the same numbers as nextInt(bound), and the generators stay in step. */
  @Test
  void drawsWhatNextIntDraws() {
    int[] bounds = {1, 2, 3, 5, 7, 10, 16, 51, 52, 64, 100, 991, 1000, 1024, 65_537, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE};
    for (int bound : bounds) {
      SplittableRandom a = new SplittableRandom(bound * 31L + 7);
      SplittableRandom b = new SplittableRandom(bound * 31L + 7);
      Bound fast = new Bound(bound);
      for (int i = 0; i < 200_000; i++) {
        int expected = a.nextInt(bound);
        int actual = fast.next(b);
        if (actual != expected) {
          assertThat(actual).as("bound %d, draw %d", bound, i).isEqualTo(expected);
        }
      }
      assertThat(b.nextLong()).as("generator in step after bound %d", bound).isEqualTo(a.nextLong());
    }
  }

  @Test
  void remainderIsExactForEveryBoundUpToAThousand() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int bound = 1; bound <= 1000; bound++) {
      Bound fast = new Bound(bound);
      for (int u : new int[] {0, 1, bound - 1, bound, bound + 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1}) {
        if (u >= 0) {
          assertThat(fast.mod(u)).as("%d %% %d", u, bound).isEqualTo(u % bound);
        }
      }
      for (int i = 0; i < 2000; i++) {
        int u = rnd.nextInt() >>> 1;
        if (fast.mod(u) != u % bound) {
          assertThat(fast.mod(u)).as("%d %% %d", u, bound).isEqualTo(u % bound);
        }
      }
    }
  }
}
