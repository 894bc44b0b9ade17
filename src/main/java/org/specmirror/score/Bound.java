package org.specmirror.score;

import java.util.SplittableRandom;

/**
 * {@code rnd.nextInt(bound)} for a bound fixed in advance: the same draws from the generator and
 * the same results (the JDK's rejection method, {@code RandomSupport.boundedNextInt}), with the
 * remainder taken by a multiplication (Lemire's "fastmod") instead of a division. The resampling
 * tests draw about 10^8 bounded numbers on a 1,000 × 50 panel, and the division was most of their
 * time. {@code BoundTest} checks the equality with {@code nextInt(bound)} draw by draw.
 */
final class Bound {
  private final int bound;
  private final int m;
  private final boolean powerOfTwo;
  /** ceil(2^64 / bound), as an unsigned 64-bit number. */
  private final long c;

  Bound(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    this.bound = bound;
    this.m = bound - 1;
    this.powerOfTwo = (bound & m) == 0;
    this.c = Long.divideUnsigned(-1L, bound) + 1;
  }

  /** The next number in [0, bound), exactly as {@code rnd.nextInt(bound)} would return it. */
  int next(SplittableRandom rnd) {
    int r = rnd.nextInt();
    if (powerOfTwo) {
      return r & m;
    }
    for (int u = r >>> 1; u + m - (r = mod(u)) < 0; u = rnd.nextInt() >>> 1) {
      // rejected: an over-represented candidate (as in the JDK)
    }
    return r;
  }

  /** {@code u % bound} for {@code u >= 0}. */
  int mod(int u) {
    long low = c * u;
    return (int) (Math.multiplyHigh(low, bound) + ((low >> 63) & bound));
  }
}
