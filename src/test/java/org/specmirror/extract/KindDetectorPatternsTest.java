package org.specmirror.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The kind detector's marker patterns with their look-ahead/look-behind guards count exactly what
 * the unguarded patterns (kept here as the reference) count.
 */
class KindDetectorPatternsTest {

  private static final Pattern STANDARD_REF =
      Pattern.compile(
          ("\\b(?:Recommendation ITU-T|ITU-T Y\\.|ITU-T [A-Z]\\.|ISO/IEC|International Standard|this (?:Recommendation|International Standard|Standard|specification|document) (?:specifies|defines|describes|establishes|provides)"
                  + "|Request for Comments|RFC \\d{3,4}|BCP 14|ETSI (?:TS|EN|TR|GS)|IEEE Std|Normative references|Terms and definitions"
                  + "|conformance|Conventions|Requirements Language|draft Recommendation|shall|is required to)\\b")
              .toLowerCase(Locale.ROOT));
  private static final Pattern DATASHEET_REF =
      Pattern.compile(
          ("\\b(?:data ?sheet|product brief|technical (?:data|specifications?)|ordering (?:information|codes?)|key features"
                  + "|features and benefits|part number|model(?:s)? available|warranty|accessories|\u2122|\u00AE"
                  + "|supports|includes|available (?:up)?on request|optional)\\b|[\u2122\u00AE]")
              .toLowerCase(Locale.ROOT));
  private static final Pattern NORMATIVE_REF =
      Pattern.compile(
          "\\b(?:shall|must|is required to|are required to|is recommended to|is prohibited from|can optionally|SHOULD|MUST|MAY)\\b");

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Property(tries = 2000)
  void guardedPatternsCountWhatTheReferenceCounts(@ForAll("texts") String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    assertThat(count(KindDetector.STANDARD_LOWER, lower)).isEqualTo(count(STANDARD_REF, lower));
    assertThat(count(KindDetector.DATASHEET_LOWER, lower)).isEqualTo(count(DATASHEET_REF, lower));
    assertThat(count(KindDetector.NORMATIVE, text)).isEqualTo(count(NORMATIVE_REF, text));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(
                "shall", "SHALL", "must", "MUST", "MAY", "may", "SHOULD", "is required to", "can optionally", "datasheet",
                "data sheet", "supports", "includes", "optional", "warranty", "Recommendation ITU-T", "ITU-T Y.", "RFC 2119",
                "ISO/IEC", "BCP 14", "ETSI EN", "conformance", "brand\u2122", "\u00AE", "\u2122", "café", "x", "7",
                "unsupported", "optionally", "reshall", "mustard", "key features", "available on request", "Conventions"),
            Arbitraries.strings().withChars("abcdefimnoprstuwySMI0123456789é_-./\u2122\u00AE ").ofMaxLength(6));
    Arbitrary<String> sep = Arbitraries.of(" ", "", "-", ".", "_", "é", "\u2122", "9", ", ");
    return Combinators.pieces(word, sep);
  }

  /** Words joined by separators. */
  private static final class Combinators {
    static Arbitrary<String> pieces(Arbitrary<String> word, Arbitrary<String> sep) {
      return net.jqwik.api.Combinators.combine(word.list().ofMaxSize(12), sep.list().ofSize(12))
          .as(
              (ws, ss) -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < ws.size(); i++) {
                  b.append(ws.get(i)).append(ss.get(i));
                }
                return b.toString();
              });
    }
  }
}
