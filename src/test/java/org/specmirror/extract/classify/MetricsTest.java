package org.specmirror.extract.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void figuresFromAConfusionMatrix() {
    Metrics m = Metrics.of(8, 2, 4, 6); // tp fp fn tn
    assertThat(m.n()).isEqualTo(20);
    assertThat(m.accuracy()).isCloseTo(0.7, within(1e-12));
    assertThat(m.precision()).isCloseTo(0.8, within(1e-12));
    assertThat(m.recall()).isCloseTo(8 / 12.0, within(1e-12));
    double f1Req = 2 * 0.8 * (8 / 12.0) / (0.8 + 8 / 12.0);
    double f1Not = 2 * 0.6 * 0.75 / (0.6 + 0.75); // precision 6/10, recall 6/8
    assertThat(m.f1()).isCloseTo(f1Req, within(1e-12));
    assertThat(m.macroF1()).isCloseTo((f1Req + f1Not) / 2, within(1e-12));
  }

  @Test
  void flagsAndEmptyClasses() {
    Metrics m = Metrics.of(new boolean[] {true, false, true}, new boolean[] {true, false, false});
    assertThat(m).isEqualTo(Metrics.of(1, 0, 1, 1));
    Metrics none = Metrics.of(0, 0, 0, 5);
    assertThat(none.precision()).isZero();
    assertThat(none.f1()).isZero();
    assertThat(none.macroF1()).isEqualTo(0.5);
  }
}
