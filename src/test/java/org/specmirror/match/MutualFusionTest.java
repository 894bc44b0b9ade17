package org.specmirror.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The fusion of the row- and column-normalised signals (docs/matching.md, section 3). */
class MutualFusionTest {

  @Test
  void zeroIsThePlainSumAndOneIsTwiceTheSmallerSide() {
    assertThat(Engine.mutual(3, 1, 0)).isEqualTo(4);
    assertThat(Engine.mutual(3, 1, 1)).isEqualTo(2);
    assertThat(Engine.mutual(-1, 2, 1)).isEqualTo(-2);
  }

  @Test
  void theDefaultPenalisesAPairLiftedByOneSideOnly() {
    double both = Engine.mutual(2, 2, Engine.MUTUAL);
    double oneSide = Engine.mutual(4, 0, Engine.MUTUAL);
    assertThat(both).isEqualTo(4);
    assertThat(oneSide).isCloseTo(2, within(1e-12));
    assertThat(MatchOptions.defaults().mutual()).isEqualTo(0.5);
  }

  @Test
  void outOfRangeWeightsAreRefused() {
    assertThatThrownBy(() -> MatchOptions.defaults().withMutual(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MatchOptions.defaults().withMutual(-0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
