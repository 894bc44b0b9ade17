package org.specmirror.extract.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures quoted in docs/classifier.md, re-measured on the PURE data in
 * {@code ${specmirror.datasets}/requirements/} (skipped when the datasets are absent).
 */
class DatasetFiguresTest {

  private static final Path ROOT = Path.of(System.getProperty("specmirror.datasets", "../shared/datasets"));
  private final Path train = ROOT.resolve("requirements/pure-train.csv");
  private final Path valid = ROOT.resolve("requirements/pure-valid.csv");

  @BeforeEach
  void requireDatasets() {
    Assumptions.assumeTrue(Files.isRegularFile(train) && Files.isRegularFile(valid),
        "PURE datasets not found under " + ROOT.toAbsolutePath() + " (set -Dspecmirror.datasets)");
  }

  @Test
  void retrainingOnPureTrainReproducesTheShippedModelByteForByte() throws IOException {
    List<LabeledSentence> data = ClassifierTrainer.readCsv(train);
    assertThat(data).hasSize(5306);
    String retrained = ClassifierTrainer.train(data, TrainerOptions.defaults()).serialise();
    try (InputStream in = RequirementClassifier.class.getResourceAsStream(RequirementClassifier.DEFAULT_RESOURCE)) {
      assertThat(in).as("shipped model resource").isNotNull();
      assertThat(retrained).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void groupedCrossValidationOnPureTrain() throws IOException {
    CvResult cv = ClassifierTrainer.groupedCrossValidation(ClassifierTrainer.readCsv(train), 5, TrainerOptions.defaults());
    Metrics m = cv.pooled();
    assertThat(m.n()).isEqualTo(5306);
    assertThat(m.macroF1()).isCloseTo(0.8182, within(5e-5));
    assertThat(m.accuracy()).isCloseTo(0.8183, within(5e-5));
    assertThat(m.precision()).isCloseTo(0.8617, within(5e-5));
    assertThat(m.recall()).isCloseTo(0.7857, within(5e-5));
    assertThat(cv.meanMacroF1()).isCloseTo(0.7891, within(5e-5));
  }

  @Test
  void shippedModelOnPureValid() throws IOException {
    Metrics m = Metrics.of(RequirementClassifier.loadDefault(), ClassifierTrainer.readCsv(valid));
    assertThat(m.n()).isEqualTo(905);
    assertThat(m.macroF1()).isCloseTo(0.8052, within(5e-5));
    assertThat(m.accuracy()).isCloseTo(0.8276, within(5e-5));
    assertThat(m.precision()).isCloseTo(0.6443, within(5e-5));
    assertThat(m.recall()).isCloseTo(0.8667, within(5e-5));
    assertThat(m.f1()).isCloseTo(0.7391, within(5e-5));
  }
}
