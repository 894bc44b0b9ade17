package org.specmirror.extract.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model shipped as a classpath resource (no dataset needed). */
class ShippedModelTest {

  @Test
  void loadsOnceAndIsCached() {
    RequirementClassifier a = RequirementClassifier.loadDefault();
    assertThat(a).isSameAs(RequirementClassifier.loadDefault());
    assertThat(a.size()).isBetween(100, 50_000);
    assertThat(a.threshold()).isBetween(0.05, 0.95);
  }

  @Test
  void obviousCases() {
    RequirementClassifier model = RequirementClassifier.loadDefault();
    Prediction req = model.predict("The system shall log every access.");
    assertThat(req.requirement()).isTrue();
    assertThat(req.reasons()).extracting(Contribution::feature).contains("modal:shall");
    assertThat(req.reasons()).hasSizeLessThanOrEqualTo(5);

    Prediction toc = model.predict("Table of Contents");
    assertThat(toc.requirement()).isFalse();
    assertThat(toc.reasons()).extracting(Contribution::feature).contains("modal:none");

    assertThat(model.predict("Implementations MUST NOT send a RST in response to a RST.").requirement()).isTrue();
    assertThat(model.predict("3.2 Functional Requirements").requirement()).isFalse();
  }

  @Test
  void emptyAndOddInputDoNotFail() {
    RequirementClassifier model = RequirementClassifier.loadDefault();
    assertThat(model.predict("").requirement()).isFalse();
    assertThat(model.predict("   \n\t ").probability()).isBetween(0.0, 1.0);
    assertThat(model.predict("\u2022 \u2026 \uD83D\uDE00 12.3.4 ::").probability()).isBetween(0.0, 1.0);
  }
}
