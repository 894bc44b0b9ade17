package org.specmirror.extract.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementClassifierTest {

  private static final List<LabeledSentence> DATA = SyntheticData.make(6);

  @Test
  void trainingTwiceGivesIdenticalModelBytes(@TempDir Path dir) throws IOException {
    TrainerOptions opts = TrainerOptions.defaults();
    Path a = dir.resolve("a.tsv");
    Path b = dir.resolve("b.tsv");
    ClassifierTrainer.train(DATA, opts).save(a);
    ClassifierTrainer.train(List.copyOf(DATA), opts).save(b);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readString(a)).contains("threshold-source\tgrouped-cv5");
  }

  @Test
  void saveLoadRoundTripKeepsPredictionsAndBytes(@TempDir Path dir) throws IOException {
    RequirementClassifier model = ClassifierTrainer.train(DATA, TrainerOptions.defaults());
    Path file = dir.resolve("sub/model.tsv");
    model.save(file);
    RequirementClassifier loaded = RequirementClassifier.load(file);

    assertThat(loaded.threshold()).isEqualTo(model.threshold());
    assertThat(loaded.featureSpec()).isEqualTo(model.featureSpec());
    assertThat(loaded.weights()).isEqualTo(model.weights());
    for (LabeledSentence s : DATA) {
      assertThat(loaded.predict(s.text())).isEqualTo(model.predict(s.text()));
    }
    assertThat(loaded.predict("A sentence with unseen words entirely, zyxxy."))
        .isEqualTo(model.predict("A sentence with unseen words entirely, zyxxy."));
    Path again = dir.resolve("again.tsv");
    loaded.save(again);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void learnsTheSyntheticTaskAndExplainsItself() {
    RequirementClassifier model = ClassifierTrainer.train(DATA, TrainerOptions.defaults());
    Prediction p = model.predict("The gateway shall encrypt incoming messages.");
    assertThat(p.requirement()).isTrue();
    assertThat(p.probability()).isGreaterThan(model.threshold());
    assertThat(p.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(RequirementClassifier.MAX_REASONS);
    assertThat(p.reasons()).extracting(c -> Math.abs(c.weight()))
        .isSortedAccordingTo((x, y) -> Double.compare(y, x));
    assertThat(p.reasons()).allSatisfy(c -> assertThat(model.weight(c.feature())).isEqualTo(c.weight()));
    assertThat(model.predict("Table of Contents").requirement()).isFalse();
  }

  @Test
  void crossValidationIsDeterministicAndGroupsDocuments() {
    TrainerOptions opts = TrainerOptions.defaults().withFixedThreshold(0.5);
    CvResult a = ClassifierTrainer.groupedCrossValidation(DATA, 3, opts);
    CvResult b = ClassifierTrainer.groupedCrossValidation(DATA, 3, opts);
    assertThat(a.probabilities()).isEqualTo(b.probabilities());
    assertThat(a.pooled()).isEqualTo(b.pooled());
    assertThat(a.foldOfDocument()).hasSize(6);
    assertThat(a.foldOfDocument().values()).containsOnly(0, 1, 2);
    assertThat(a.perFold()).hasSize(3).allSatisfy(m -> assertThat(m.n()).isEqualTo(80));
    assertThat(a.pooled().n()).isEqualTo(DATA.size());
    assertThat(a.pooled().macroF1()).isGreaterThan(0.8);
  }

  @Test
  void documentNamesThatDifferOnlyInPunctuationAreOneGroup() {
    assertThat(ClassifierTrainer.groupKey("inventory 2.0.pdf")).isEqualTo(ClassifierTrainer.groupKey("Inventory-2.0.pdf"));
    assertThat(ClassifierTrainer.groupKey("inventory.pdf")).isNotEqualTo(ClassifierTrainer.groupKey("inventory 2.0.pdf"));
  }

  @Test
  void tooFewDocumentsForCvIsAClearError() {
    assertThatThrownBy(() -> ClassifierTrainer.groupedCrossValidation(SyntheticData.make(2), 5, TrainerOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 5 documents");
  }

  @Test
  void predictIsThreadSafe() {
    RequirementClassifier model = ClassifierTrainer.train(DATA, TrainerOptions.defaults().withFixedThreshold(0.5));
    List<Prediction> sequential = DATA.stream().map(s -> model.predict(s.text())).toList();
    for (int round = 0; round < 5; round++) {
      List<Prediction> parallel = IntStream.range(0, DATA.size()).parallel()
          .mapToObj(i -> model.predict(DATA.get(i).text())).toList();
      assertThat(parallel).isEqualTo(sequential);
    }
  }

  @Test
  void loadRejectsBrokenFiles(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("broken.tsv");
    Files.writeString(f, "format\tsomething-else/9\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RequirementClassifier.load(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("broken.tsv:1").hasMessageContaining("unknown format");
    Files.writeString(f, "format\t" + RequirementClassifier.FORMAT + "\nweight\tword:x\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RequirementClassifier.load(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("broken.tsv:2");
  }
}
