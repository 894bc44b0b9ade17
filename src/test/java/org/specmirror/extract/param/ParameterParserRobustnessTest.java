package org.specmirror.extract.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Very long and adversarial inputs complete quickly (the scanner is linear; no regex backtracking). */
class ParameterParserRobustnessTest {
  private static final ParameterParser PARSER = ParameterParser.defaults();
  private static final int LENGTH = 200_000;

  static String repeat(String unit) {
    StringBuilder sb = new StringBuilder(LENGTH + unit.length());
    while (sb.length() < LENGTH) {
      sb.append(unit);
    }
    return sb.toString();
  }

  static Stream<String> adversarial() {
    return Stream.of("1", "1 ", "1 000", "1.", "1,", "1,000,", "0,", "-", "−1", "IP", "IP6", "≤ ", "up to ",
        "PF ", "power factor ", "between ", "from ", "0-10", "TLS ", "TLS v", "1e", "1 x ", "× ",
        "IEEE 802.", "802.11b/", "a", " ", "°", "5 W ", "1-", "/", "±", "AC", "1/", "1:", "1 to ",
        "-40 to ", "10 kV/", "DALI-", "LTE Cat ", "((((", "\uD800", "\u00A0", "1\u202F000");
  }

  @ParameterizedTest
  @MethodSource("adversarial")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void repeatedTokensOf200kCharsCompleteQuickly(String unit) {
    String s = repeat(unit);
    assertThatCode(() -> PARSER.parse(s)).doesNotThrowAnyException();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void random200kCharsOfUnicodeCompleteQuickly() {
    Random rnd = new Random(42);
    StringBuilder sb = new StringBuilder(LENGTH);
    for (int k = 0; k < LENGTH; k++) {
      sb.append((char) rnd.nextInt(Character.MAX_VALUE + 1));
    }
    String s = sb.toString();
    assertThatCode(() -> PARSER.parse(s)).doesNotThrowAnyException();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void random200kCharsOfDomainAlphabetCompleteQuickly() {
    Random rnd = new Random(7);
    String alphabet = "0123456789 .,-–−+±/°CKVWAmkMGHzsh%≤≥<>~…xIPKtoDALI";
    StringBuilder sb = new StringBuilder(LENGTH);
    for (int k = 0; k < LENGTH; k++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    String s = sb.toString();
    assertThatCode(() -> PARSER.parse(s)).doesNotThrowAnyException();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void longRealisticTextFindsEveryRepetition() {
    String sentence = "The luminaire shall operate from -40 °C to +60 °C at 230 V ± 10 % and be IP66. ";
    String s = repeat(sentence);
    int copies = (s.length() + sentence.length() - 1) / sentence.length();
    assertThat(PARSER.parse(s)).hasSize(3 * copies);
  }

  @Test
  void hugeNumbersAreNotValues() {
    assertThat(PARSER.parse("1" + "0".repeat(400) + " W")).isEmpty();
    assertThat(PARSER.parse("1e999 W")).isEmpty();
    assertThat(PARSER.parse("1e9999 W")).isEmpty();
  }

  @Test
  void parsesConcurrently() throws Exception {
    String s = "DALI-2, IP66, -40 to +60 °C, up to 20 dBm, TLS 1.3";
    var expected = PARSER.parse(s);
    Thread[] ts = new Thread[8];
    var failures = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < ts.length; t++) {
      ts[t] = new Thread(() -> {
        for (int k = 0; k < 2000; k++) {
          if (!PARSER.parse(s).equals(expected)) {
            failures.incrementAndGet();
          }
        }
      });
      ts[t].start();
    }
    for (Thread t : ts) {
      t.join();
    }
    assertThat(failures.get()).isZero();
  }
}
