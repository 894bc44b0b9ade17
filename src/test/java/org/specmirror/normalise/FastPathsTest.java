package org.specmirror.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written fast paths of normalisation and analysis give what the plain forms give. */
class FastPathsTest {

  @Property(tries = 500)
  void textsWithoutIdentifiersGiveTheSameTermsWithoutTheSplitter(@ForAll("texts") String raw) {
    String text = TextNormaliser.normalise(raw);
    if (!TermAnalyzer.mayHoldIdentifier(text)) {
      assertThat(TermAnalyzer.stems(text, 0, false)).isEqualTo(TermAnalyzer.stems(text, 0, true));
    }
  }

  @Property(tries = 500)
  void spaceCollapsingEqualsTheRegularExpression(@ForAll("texts") String raw) {
    // the former implementation, kept here as the reference
    Pattern spaces = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");
    Pattern invisible = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\uFEFF]");
    String s = Normalizer.normalize(invisible.matcher(raw).replaceAll(""), Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> b.append('-');
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> b.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> b.append('"');
        default -> b.append(c);
      }
    }
    String expected = raw.isEmpty() ? "" : spaces.matcher(b).replaceAll(" ").trim();
    assertThat(TextNormaliser.normalise(raw)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "The", "luminaire", "shall", "support", "DALI-2", "dimming", "camelCase", "_FlightPlanScheduler_",
                "NB-IoT", "IP66", "3.30", "e.g.", "user's", "MQTT", "over-the-air", "x_y", "aB", "℃", "…"),
            Arbitraries.strings().withChars(" \t\n\r\u000B\f\u00A0\u2002\u2009\u200A\u2028\u2029\u202F\u205F\u3000\u00AD\u200B\u0001\u001Fa-Z_.")
                .ofMaxLength(4));
    return piece.list().ofMaxSize(15).map(ps -> String.join("", ps));
  }
}
