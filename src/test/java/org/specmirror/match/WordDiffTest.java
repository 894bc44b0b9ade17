package org.specmirror.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  private static String side(List<WordDiff.Segment> segs, WordDiff.Op skip) {
    StringBuilder b = new StringBuilder();
    for (WordDiff.Segment s : segs) {
      if (s.op() != skip) {
        b.append(s.text());
      }
    }
    return b.toString();
  }

  @Test
  void sharedWordsAreKeptAndRewritesAreOneChange() {
    List<WordDiff.Segment> d =
        WordDiff.of(
            "The lamp controller is required to transmit a heartbeat every 327 s by default.",
            "PulseBeat heartbeat every 327 s, adjustable from 60 s to 3 600 s.");
    assertThat(d)
        .containsExactly(
            new WordDiff.Segment(WordDiff.Op.DELETE, "The lamp controller is required to transmit a "),
            new WordDiff.Segment(WordDiff.Op.INSERT, "PulseBeat "),
            new WordDiff.Segment(WordDiff.Op.EQUAL, "heartbeat every 327 s "),
            new WordDiff.Segment(WordDiff.Op.DELETE, "by default"),
            new WordDiff.Segment(WordDiff.Op.INSERT, ", adjustable from 60 s to 3 600 s"),
            new WordDiff.Segment(WordDiff.Op.EQUAL, "."));
  }

  @Test
  void caseDoesNotMakeADifferenceButTheTextShownIsTheRequirements() {
    List<WordDiff.Segment> d = WordDiff.of("Supports DALI-2", "supports DALI-2");
    assertThat(d).containsExactly(new WordDiff.Segment(WordDiff.Op.EQUAL, "Supports DALI-2"));
  }

  @Test
  void identicalAndEmptyTexts() {
    assertThat(WordDiff.of("", "")).isEmpty();
    assertThat(WordDiff.of("a b", "")).containsExactly(new WordDiff.Segment(WordDiff.Op.DELETE, "a b"));
    assertThat(WordDiff.of("", "a b")).containsExactly(new WordDiff.Segment(WordDiff.Op.INSERT, "a b"));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abcAB .,-03\t±°").ofMaxLength(60);
  }

  @Property(tries = 500)
  void bothSidesCanBeRebuilt(@ForAll("texts") String a, @ForAll("texts") String b) {
    List<WordDiff.Segment> d = WordDiff.of(a, b);
    assertThat(norm(side(d, WordDiff.Op.INSERT))).isEqualTo(norm(a));
    assertThat(norm(side(d, WordDiff.Op.DELETE))).isEqualToIgnoringCase(norm(b));
  }

  /** Kept runs show the requirement's spacing, so the vendor side is rebuilt up to whitespace. */
  private static String norm(String s) {
    return s.replaceAll("\\s+", "");
  }
}
