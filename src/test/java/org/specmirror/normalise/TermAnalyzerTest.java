package org.specmirror.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Terms of a statement: modality and stop words, stemming, identifiers, numbers, labels, offsets. */
class TermAnalyzerTest {

  private static final TermAnalyzer PLAIN = new TermAnalyzer(Glossary.empty());
  private static final TermAnalyzer STANDARD = TermAnalyzer.standard();

  private static List<String> keys(TermAnalyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    for (Term t : analyzer.terms(TextNormaliser.normalise(text))) {
      out.add(t.key());
    }
    return out;
  }

  private static List<String> keys(String text) {
    return keys(PLAIN, text);
  }

  // ------------------------------------------------------------------ modality words

  @Test
  void modalityWordsDoNotCount() {
    List<String> plain = keys("The system supports dimming.");
    assertThat(plain).containsExactly("system", "support", "dim");
    assertThat(keys("The system is required to support dimming.")).isEqualTo(plain);
    assertThat(keys("The system shall support dimming.")).isEqualTo(plain);
    assertThat(keys("The system must support dimming.")).isEqualTo(plain);
    assertThat(keys("The system should support dimming.")).isEqualTo(plain);
    assertThat(keys("The system may optionally support dimming.")).isEqualTo(plain);
    assertThat(keys("It is mandatory that the system supports dimming.")).isEqualTo(plain);
    assertThat(keys("The system shall be able to support dimming.")).isEqualTo(plain);
    assertThat(keys("The system shall be capable of supporting dimming.")).isEqualTo(plain);
  }

  @Test
  void recommendationAndLoggingExample() {
    List<String> plain = keys("The system logs.");
    assertThat(plain).containsExactly("system", "log");
    assertThat(keys("It is recommended that the system should log.")).isEqualTo(plain);
    assertThat(keys("The system shall be able to log.")).isEqualTo(plain);
  }

  @Test
  void everyModalityWordAloneGivesNoTermExceptAbbreviations() {
    for (String w : TermAnalyzer.MODALITY_WORDS) {
      if (w.contains(".")) {
        continue; // e.g / i.e: see eGAndIEAreNotContent
      }
      assertThat(PLAIN.terms(w)).as(w).isEmpty();
      assertThat(PLAIN.terms(w.toUpperCase(Locale.ROOT))).as(w.toUpperCase(Locale.ROOT)).isEmpty();
    }
  }

  @Test
  void eGAndIEAreNotContent() {
    assertThat(keys("e.g. lamps")).containsExactly("lamp");
    assertThat(keys("lamps, i.e. luminaires")).containsExactly("lamp", "luminair");
  }

  @Test
  void etcIsNotContent() {
    assertThat(keys("lamps, etc.")).containsExactly("lamp");
  }

  // ------------------------------------------------------------------ stop words

  @Test
  void stopWordsAreRemoved() {
    assertThat(keys("the a an of and or to in on for with by"))
        .as("Lucene English stop words")
        .isEmpty();
    assertThat(keys("which its from has have been were when where who whom what how than any all each every"))
        .as("added stop words")
        .isEmpty();
    assertThat(keys("both other only same so do does did being am within without upon via per whether while"))
        .isEmpty();
    assertThat(keys("about above below between more most less least some such very using used use")).isEmpty();
  }

  @Test
  void contentWordsSurviveBetweenStopWords() {
    assertThat(keys("The controller of the luminaire reports its status to the CMS via the network."))
        .containsExactly("control", "luminair", "report", "statu", "cm", "network");
  }

  // ------------------------------------------------------------------ stemming

  @Test
  void stemming() {
    assertThat(keys("dimming dims dimmed dim")).containsExactly("dim", "dim", "dim", "dim");
    assertThat(keys("running runs run")).containsExactly("run", "run", "run");
    assertThat(keys("configuration configured configure configures"))
        .containsOnly("configur")
        .hasSize(4);
    assertThat(keys("luminaire luminaires")).containsExactly("luminair", "luminair");
    assertThat(keys("report reports reported reporting")).containsOnly("report").hasSize(4);
  }

  // ------------------------------------------------------------------ case and locale

  @Test
  void lowerCasing() {
    assertThat(keys("DIMMING Dimming dimming")).containsExactly("dim", "dim", "dim");
    assertThat(keys("INFO TITLE")).containsExactly("info", "titl");
  }

  @Test
  void turkishDefaultLocaleDoesNotChangeResults() throws Exception {
    String[] texts = {
      "INFO TITLE IDENTIFICATION LIGHTING", "The LED driver SHALL support DIMMING via DALI.",
      "_FlightPlanScheduler_ INITIALISES the IoT node", "The light-emitting diode is IP66 rated.",
      "\u0130STANBUL \u0131\u0130iI"
    };
    List<List<Term>> root = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (String t : texts) {
      String n = TextNormaliser.normalise(t);
      root.add(STANDARD.terms(n));
      labels.add(TermAnalyzer.labelLength(n));
    }
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr"));
      // a glossary compiled under the Turkish locale folds to the same keys
      Path file = Files.createTempFile("glossary", ".yml");
      try {
        Files.writeString(file, "LIGHTING CONTROLLER: [ILLUMINATION CONTROLLER]\n");
        TermAnalyzer tr = new TermAnalyzer(Glossary.empty().with(file));
        assertThat(tr.terms("illumination controller").get(0).key()).isEqualTo("=light_control");
        assertThat(tr.terms("ILLUMINATION CONTROLLER").get(0).key()).isEqualTo("=light_control");
        assertThat(tr.glossary().entries()).containsOnlyKeys("lighting controller");
      } finally {
        Files.deleteIfExists(file);
      }
      for (int i = 0; i < texts.length; i++) {
        String n = TextNormaliser.normalise(texts[i]);
        assertThat(STANDARD.terms(n)).as(texts[i]).isEqualTo(root.get(i));
        assertThat(new TermAnalyzer(Glossary.builtIn()).terms(n)).as(texts[i]).isEqualTo(root.get(i));
        assertThat(TermAnalyzer.labelLength(n)).isEqualTo(labels.get(i));
      }
      assertThat(keys("INFO TITLE")).containsExactly("info", "titl");
    } finally {
      Locale.setDefault(saved);
    }
  }

  // ------------------------------------------------------------------ identifiers

  @Test
  void identifiersAreSplitAtCaseChangesAndUnderscores() {
    assertThat(keys("_FlightPlanScheduler_")).containsExactly("flight", "plan", "schedul");
    assertThat(keys("flightPlanScheduler")).containsExactly("flight", "plan", "schedul");
    assertThat(keys("FLIGHT_PLAN_SCHEDULER")).containsExactly("flight", "plan", "schedul");
    assertThat(keys("flight_plan_scheduler")).containsExactly("flight", "plan", "schedul");
    assertThat(keys("The flight plan scheduler")).containsExactly("flight", "plan", "schedul");
  }

  @Test
  void partsOfAnIdentifierKeepTheIdentifierAsSurface() {
    String text = "The _FlightPlanScheduler_ runs";
    List<Term> terms = PLAIN.terms(text);
    assertThat(terms).extracting(Term::key).containsExactly("flight", "plan", "schedul", "run");
    for (Term t : terms.subList(0, 3)) {
      assertThat(t.surface()).isEqualTo("_FlightPlanScheduler_");
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.surface());
    }
  }

  @Test
  void possessiveIsRemovedFromAPlainWord() {
    assertThat(keys("The system log")).containsExactly("system", "log");
  }

  @Test
  void englishPossessivesAreRemoved() {
    assertThat(keys("the system's log")).containsExactly("system", "log");
    assertThat(keys("the system\u2019s log")).containsExactly("system", "log");
  }

  // ------------------------------------------------------------------ numbers

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0", "1", "7", "12", "99", "05"})
  void smallIntegersAreDropped(String n) {
    assertThat(keys("record " + n + " items")).containsExactly("record", "item");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"100,#100", "123,#123", "4096,#4096", "007,#007", "65535,#65535"})
  void longerIntegersAreConstants(String n, String key) {
    assertThat(keys("store " + n + " records")).containsExactly("store", key, "record");
    Term t = PLAIN.terms("store " + n + " records").get(1);
    assertThat(t.constant()).isTrue();
    assertThat(t.concept()).isFalse();
    assertThat(t.surface()).isEqualTo(n);
  }

  @Test
  void numberInsideAHyphenatedWord() {
    assertThat(keys("The 4096-byte key")).containsExactly("#4096", "byte", "kei");
  }

  @Test
  void decimalNumbersAreConstants() {
    assertThat(keys("Supply 3.3 V")).containsExactly("suppli", "#3.3", "v");
    assertThat(keys("Supply 3.30 V")).containsExactly("suppli", "#3.3", "v");
    assertThat(keys("0.5 W")).containsExactly("#0.5", "w");
    assertThat(keys("1,000 records")).containsExactly("#1000", "record");
  }

  // ------------------------------------------------------------------ requirement labels

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[LC-07] The luminaire dims.|8",
        "[LC-07]The luminaire dims.|7",
        "[R-7.2-3] The luminaire dims.|10",
        "REQ-12: The luminaire dims.|8",
        "REQ12. The luminaire dims.|7",
        "SRS194 The luminaire dims.|7",
        "FR-3.1: The luminaire dims.|8",
        "FR 1 - The luminaire dims.|7",
        "SRS 12 - The luminaire dims.|9",
        "UR-3: The luminaire dims.|6",
        "NFR-2) The luminaire dims.|7",
        "[Note] The luminaire dims.|0", // no digit: not an id
        "[ABC] The luminaire dims.|0",
        "The FR 1 - luminaire dims.|0", // not at the start
        "1. The luminaire dims.|0",
        "a) The luminaire dims.|0",
        "The luminaire dims.|0",
      })
  void labelLength(String text, int expected) {
    assertThat(TermAnalyzer.labelLength(text)).isEqualTo(expected);
  }

  @Test
  void labelAtTheStartIsSkipped() {
    List<String> plain = keys("The luminaire dims.");
    assertThat(plain).containsExactly("luminair", "dim");
    assertThat(keys("[LC-07] The luminaire dims.")).isEqualTo(plain);
    assertThat(keys("REQ-12: The luminaire dims.")).isEqualTo(plain);
    assertThat(keys("FR 1 - The luminaire dims.")).isEqualTo(plain);
    assertThat(keys("SRS 120 - The luminaire dims.")).as("#120 is part of the label").isEqualTo(plain);
  }

  @Test
  void labelLaterInTheTextIsContent() {
    assertThat(keys("The luminaire dims as in REQ-120.")).containsExactly("luminair", "dim", "req", "#120");
  }

  @Test
  void offsetsOfTermsAfterALabelPointIntoTheText() {
    String text = "[LC-07] The luminaire dims.";
    List<Term> terms = PLAIN.terms(text);
    assertThat(terms.get(0).start()).isEqualTo(12);
    assertThat(text.substring(terms.get(0).start(), terms.get(0).end())).isEqualTo("luminaire");
  }

  @Test
  void ratingAtTheStartIsNotALabel() {
    assertThat(TermAnalyzer.labelLength("IP66 - dust-tight housing")).isZero();
    assertThat(keys("IP66 - dust-tight housing")).startsWith("ip66");
  }

  // ------------------------------------------------------------------ offsets

  @Test
  void surfaceIsTheTextBetweenTheOffsets() {
    String text = TextNormaliser.normalise("\u201CThe LED driver\u201D shall support 4096 dimming\u2013steps via DALI.");
    List<Term> terms = STANDARD.terms(text);
    assertThat(terms).isNotEmpty();
    for (Term t : terms) {
      assertThat(text.substring(t.start(), t.end())).as(t.toString()).isEqualTo(t.surface());
    }
  }

  @Test
  void foldedTermSpansTheWholePhrase() {
    String text = "The light-emitting diode driver";
    List<Term> terms = STANDARD.terms(text);
    assertThat(terms).extracting(Term::key).containsExactly("=led", "driver");
    Term led = terms.get(0);
    assertThat(led.concept()).isTrue();
    assertThat(led.constant()).isFalse();
    assertThat(led.surface()).isEqualTo("light \u2026 diode");
    assertThat(text.substring(led.start(), led.end())).isEqualTo("light-emitting diode");
  }

  @Test
  void surfaceOfAConceptInsideOneToken() {
    Term iot = STANDARD.terms("the IoT node").get(0);
    assertThat(iot.key()).isEqualTo("=io_t");
    assertThat(iot.surface()).isEqualTo("IoT");
  }

  @Property(tries = 500)
  void offsetsAreWellFormed(@ForAll("statements") String raw) {
    String text = TextNormaliser.normalise(raw);
    int last = 0;
    for (Term t : STANDARD.terms(text)) {
      assertThat(t.start()).isGreaterThanOrEqualTo(TermAnalyzer.labelLength(text));
      assertThat(t.start()).isGreaterThanOrEqualTo(0).isLessThan(t.end());
      assertThat(t.end()).isLessThanOrEqualTo(text.length());
      assertThat(t.start()).as("terms in order").isGreaterThanOrEqualTo(last);
      last = t.start();
      assertThat(t.key()).isNotEmpty().isEqualTo(t.key().toLowerCase(Locale.ROOT));
      if (!t.concept()) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.surface());
      }
    }
  }

  @Property(tries = 300)
  void neverThrowsOnAnyText(@ForAll("unicode") String raw) {
    String text = TextNormaliser.normalise(raw);
    assertThat(STANDARD.terms(text)).isNotNull();
    assertThat(TermAnalyzer.labelLength(text)).isBetween(0, text.length());
  }

  @Provide
  Arbitrary<String> statements() {
    return Arbitraries.of(
            "The", "luminaire", "shall", "support", "LED", "light-emitting", "diode", "NB-IoT", "narrowband", "IoT",
            "_FlightPlanScheduler_", "dimming", "4096", "3.3", "12", "V", "[LC-07]", "REQ-12:", "FR", "1", "-", "\u2013",
            "colour", "temperature", "color", "of", "the", "system's", "e.g.", "i.e.", ",", ".", "(", ")", "\u00A0",
            "\u00AD", "DALI-2", "IP66", "CamelCase", "snake_case")
        .list()
        .ofMaxSize(25)
        .map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMaxLength(200);
  }
}
