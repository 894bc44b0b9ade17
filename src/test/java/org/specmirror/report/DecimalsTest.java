package org.specmirror.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The fast two-decimal formatting gives exactly what String.format gives. */
class DecimalsTest {

  @Test
  void edgeCasesMatchStringFormat() {
    double[] cases = {0, -0.0, 0.005, 0.015, 0.125, 1.005, 2.675, -0.001, -0.005, -1.005, 0.995, 9.995, 99.999, 1e-9,
        123456789.125, 1e15, 1.0E10, 0.7713, 0.2807, Double.MIN_VALUE, -Double.MIN_VALUE, 0.1 + 0.2};
    for (double d : cases) {
      assertThat(Decimals.f2(d)).as("%s", d).isEqualTo(String.format(Locale.ROOT, "%.2f", d));
    }
  }

  @Property(tries = 5000)
  void anyDoubleMatchesStringFormat(@ForAll double d) {
    assertThat(Decimals.f2(d)).isEqualTo(String.format(Locale.ROOT, "%.2f", d));
  }

  @Property(tries = 5000)
  void scoresMatchStringFormat(@ForAll @net.jqwik.api.constraints.IntRange(min = -20000, max = 20000) int thousandths) {
    double d = thousandths / 1000.0;
    assertThat(Decimals.f2(d)).isEqualTo(String.format(Locale.ROOT, "%.2f", d));
    double e = thousandths / 10000.0 + 0.00005;
    assertThat(Decimals.f2(e)).isEqualTo(String.format(Locale.ROOT, "%.2f", e));
  }
}
