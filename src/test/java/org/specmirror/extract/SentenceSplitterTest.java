package org.specmirror.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  @Test
  void splitsPlainSentences() {
    assertThat(SentenceSplitter.split("The node dims. It reports faults! Does it? Yes."))
        .containsExactly("The node dims.", "It reports faults!", "Does it?", "Yes.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Use a sensor, e.g. PIR or radar, when needed. Next one.|2",
        "Use a sensor, i.e. A radar. Next one.|2",
        "See Fig. 2 for the wiring. Then connect.|2",
        "Pole No. 3 reports 41.7 W. Then it fails.|2",
        "As given in clause 7.1.2 of the draft. Next.|2",
        "The fade time is 0.5 s or less. Next.|2",
        "[LC-07] The controller is required to report. [LC-08] It is required to meter.|2",
        "It uses 12 843.2 kWh. It stops.|2",
        "Devices from Acme Inc. Are tested. Next.|2",
        "The heartbeat (every 327 s.) is sent. Next.|2",
        "Mr. J. Smith wrote it. Next.|2",
        "It supports the U.S. market. Next.|2",
        "It ends with a quote.\" Next one.|2",
        "no terminator at all|1",
      })
  void countsSentences(String text, int expected) {
    assertThat(SentenceSplitter.split(text)).hasSize(expected);
  }

  @Test
  void keepsAbbreviationsInsideTheSentence() {
    List<String> s = SentenceSplitter.split("It offers a commissioning interface, e.g. NFC or BLE. It dims.");
    assertThat(s.get(0)).isEqualTo("It offers a commissioning interface, e.g. NFC or BLE.");
  }

  @Property
  void neverCrashesAndCoversAllNonSpaceCharacters(@ForAll @StringLength(max = 400) String text) {
    List<SentenceSplitter.Span> spans = SentenceSplitter.spans(text);
    int covered = 0;
    int last = 0;
    for (SentenceSplitter.Span sp : spans) {
      assertThat(sp.start()).isGreaterThanOrEqualTo(last);
      assertThat(sp.end()).isGreaterThan(sp.start()).isLessThanOrEqualTo(text.length());
      covered += nonSpace(sp.of(text));
      last = sp.end();
    }
    assertThat(covered).isEqualTo(nonSpace(text));
  }

  private static int nonSpace(String s) {
    return (int) s.chars().filter(c -> !Character.isWhitespace(c)).count();
  }

  @Property
  void resegmentingJoinedOutputIsStable(@ForAll("prose") String text) {
    List<String> once = SentenceSplitter.split(text);
    List<String> twice = SentenceSplitter.split(String.join(" ", once));
    assertThat(twice).isEqualTo(once);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> prose() {
    net.jqwik.api.Arbitrary<String> word =
        net.jqwik.api.Arbitraries.of(
            "The", "node", "shall", "dim", "e.g.", "No.", "3", "7.1.2", "0.5", "s.", "It", "reports.",
            "[LC-01]", "Fig.", "2", "kWh.", "i.e.", "DALI-2", "IP66.", "Yes!", "Why?", "U.S.", "\"quoted.\"", "(note)");
    return word.list().ofMinSize(1).ofMaxSize(40).map(ws -> String.join(" ", ws));
  }
}
