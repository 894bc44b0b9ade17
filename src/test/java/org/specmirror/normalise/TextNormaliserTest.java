package org.specmirror.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unicode clean-up: NFKC, dashes, quotes, spaces, invisible characters. */
class TextNormaliserTest {

  // ------------------------------------------------------------------ null and empty

  @Test
  void nullAndEmptyGiveEmptyString() {
    assertThat(TextNormaliser.normalise(null)).isEmpty();
    assertThat(TextNormaliser.normalise("")).isEmpty();
  }

  @Test
  void onlySpacesAndInvisiblesGiveEmptyString() {
    assertThat(TextNormaliser.normalise(" \t\r\n\u00A0\u2009\u202F\u3000 ")).isEmpty();
    assertThat(TextNormaliser.normalise("\u00AD\u200C\u200D\uFEFF")).isEmpty();
  }

  @Test
  void plainAsciiIsUnchanged() {
    String s = "The luminaire shall report its energy use every 15 min (IEC 62386-102), e.g. \"on\"/'off'.";
    assertThat(TextNormaliser.normalise(s)).isEqualTo(s);
  }

  @Test
  void caseIsKept() {
    assertThat(TextNormaliser.normalise("NB-IoT and DALI-2")).isEqualTo("NB-IoT and DALI-2");
  }

  // ------------------------------------------------------------------ NFKC

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\uFB01le|file", // ﬁ ligature
        "\uFB02ow|flow", // ﬂ ligature
        "e\uFB03cient|efficient", // ﬃ ligature
        "\uFF21\uFF22\uFF23\uFF11\uFF12\uFF13|ABC123", // full-width letters and digits
        "\uFF4C\uFF55\uFF4D\uFF45\uFF4E|lumen", // full-width lower case
        "-40 \u2103|-40 \u00B0C", // ℃ → °C
        "104 \u2109|104 \u00B0F", // ℉ → °F
        "wait\u2026|wait...", // … → ...
        "m\u00B2|m2", // superscript two
        "\u2168|IX", // Roman numeral nine
        "\u2460|1", // circled one
        "\u2113|l", // script small l
        "\u212B|\u00C5", // Ångström sign → Å
        "e\u0301|\u00E9", // composition
      })
  void nfkc(String in, String expected) {
    assertThat(TextNormaliser.normalise(in)).isEqualTo(expected);
  }

  // ------------------------------------------------------------------ dashes and minus signs

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"2010", "2011", "2012", "2013", "2014", "2015", "2212", "FE58", "FE63", "FF0D"})
  void everyDashAndMinusBecomesHyphenMinus(String hex) {
    char dash = (char) Integer.parseInt(hex, 16);
    assertThat(TextNormaliser.normalise("a" + dash + "b")).isEqualTo("a-b");
    assertThat(TextNormaliser.normalise(dash + "40 \u00B0C")).isEqualTo("-40 \u00B0C");
  }

  @Test
  void allDashesInOneString() {
    assertThat(TextNormaliser.normalise("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h"))
        .isEqualTo("a-b-c-d-e-f-g-h");
    assertThat(TextNormaliser.normalise("\u221240 \u00B0C \u2013 +60 \u00B0C")).isEqualTo("-40 \u00B0C - +60 \u00B0C");
  }

  // ------------------------------------------------------------------ quotes

  @Test
  void curlyQuotesBecomeAscii() {
    assertThat(TextNormaliser.normalise("\u2018on\u2019 and \u201Coff\u201D")).isEqualTo("'on' and \"off\"");
    assertThat(TextNormaliser.normalise("\u201Alow\u201B \u201Elow\u201F")).isEqualTo("'low' \"low\"");
    assertThat(TextNormaliser.normalise("\u00ABguillemets\u00BB")).isEqualTo("\"guillemets\"");
    assertThat(TextNormaliser.normalise("the system\u2019s log")).isEqualTo("the system's log");
  }

  @Test
  void primesBecomeQuotes() {
    assertThat(TextNormaliser.normalise("5\u2032")).isEqualTo("5'");
    // NFKC turns the double prime into two primes, each of which becomes an apostrophe
    assertThat(TextNormaliser.normalise("5\u2033")).isEqualTo("5''");
  }

  // ------------------------------------------------------------------ spaces

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {"00A0", "2000", "2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "200A",
        "2028", "2029", "202F", "205F", "3000", "0009", "000A", "000B", "000C", "000D"})
  void spaceLikeCharactersBecomeOneSpace(String hex) {
    char space = (char) Integer.parseInt(hex, 16);
    assertThat(TextNormaliser.normalise("a" + space + "b")).isEqualTo("a b");
    assertThat(TextNormaliser.normalise("a " + space + " " + space + "b")).isEqualTo("a b");
  }

  @Test
  void nbspAndThinSpacesInValues() {
    assertThat(TextNormaliser.normalise("230\u00A0V")).isEqualTo("230 V");
    assertThat(TextNormaliser.normalise("100\u2009000\u202Fh")).isEqualTo("100 000 h");
  }

  @Test
  void whitespaceIsCollapsedAndTrimmed() {
    assertThat(TextNormaliser.normalise("  a \t\n  b\r\n\r\nc   ")).isEqualTo("a b c");
    assertThat(TextNormaliser.normalise("\u3000\u00A0lead and trail\u2003 ")).isEqualTo("lead and trail");
  }

  // ------------------------------------------------------------------ invisible characters

  @Test
  void softHyphenIsRemoved() {
    assertThat(TextNormaliser.normalise("lumi\u00ADnaire")).isEqualTo("luminaire");
    assertThat(TextNormaliser.normalise("\u00ADx\u00AD")).isEqualTo("x");
  }

  @Test
  void zeroWidthJoinersAndByteOrderMarkAreRemoved() {
    assertThat(TextNormaliser.normalise("zw\u200Cnj")).isEqualTo("zwnj");
    assertThat(TextNormaliser.normalise("zw\u200Dj")).isEqualTo("zwj");
    assertThat(TextNormaliser.normalise("\uFEFFThe node")).isEqualTo("The node");
    assertThat(TextNormaliser.normalise("no\uFEFFde")).isEqualTo("node");
  }

  @Test
  void zeroWidthSpaceIsRemoved() {
    assertThat(TextNormaliser.normalise("lumi\u200Bnaire")).isEqualTo("luminaire");
  }

  @Test
  void everythingTogether() {
    String in = "\uFEFF\u201CThe \uFB01xture\u201D shall operate from \u221240\u00A0\u2103 to +60\u2009\u2103\u2026 ";
    assertThat(TextNormaliser.normalise(in)).isEqualTo("\"The fixture\" shall operate from -40 \u00B0C to +60 \u00B0C...");
  }

  // ------------------------------------------------------------------ idempotence

  @Test
  void idempotentOnTheExamples() {
    for (String s :
        new String[] {"\uFB01le", "-40 \u2103", "a\u00A0\u00A0b", "\u2018x\u2019", "lumi\u00ADnaire", "wait\u2026"}) {
      String once = TextNormaliser.normalise(s);
      assertThat(TextNormaliser.normalise(once)).as(s).isEqualTo(once);
    }
  }

  @Test
  void idempotentWhenARemovedCharacterSeparatesComposableCharacters() {
    assertThat(TextNormaliser.normalise("e\u00AD\u0301")).isEqualTo("\u00E9");
    assertThat(TextNormaliser.normalise("\u1100\u00AD\u1161")).isEqualTo("\uAC00");
  }

  /** Strings without the four removed characters: normalise is idempotent. */
  @Property(tries = 2000)
  void idempotentOnAnyUnicodeWithoutRemovedCharacters(@ForAll("unicodeWithoutRemoved") String s) {
    String once = TextNormaliser.normalise(s);
    assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
  }

  /** Strings full of what the normaliser rewrites (removed characters included, but no combining marks). */
  @Property(tries = 2000)
  void idempotentOnTypographicSoup(@ForAll("soup") String s) {
    String once = TextNormaliser.normalise(s);
    assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
  }

  @Property(tries = 2000)
  void neverThrowsAndResultIsClean(@ForAll("unicode") String s) {
    String n = TextNormaliser.normalise(s);
    assertThat(n).isNotNull();
    assertThat(n).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    assertThat(n)
        .doesNotContain("\u00A0", "\u2009", "\u202F", "\u3000", "\t", "\n", "\r")
        .doesNotContain("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212")
        .doesNotContain("\u2018", "\u2019", "\u201C", "\u201D")
        .doesNotContain("\u00AD", "\u200C", "\u200D", "\uFEFF");
  }

  @Property(tries = 500)
  void neverThrowsOnSoup(@ForAll("soup") String s) {
    assertThat(TextNormaliser.normalise(s)).isNotNull();
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> unicodeWithoutRemoved() {
    return Arbitraries.strings()
        .all()
        .excludeChars('\u00AD', '\u200C', '\u200D', '\uFEFF')
        .ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> soup() {
    Arbitrary<String> token =
        Arbitraries.of(
            "a", "Z", "0", "9", "\u00E9", "\uFB01", "\uFF21", "\u2103", "\u2026", ".", "-", "'", "\"",
            "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58", "\uFE63", "\uFF0D",
            "\u2018", "\u2019", "\u201A", "\u201B", "\u201C", "\u201D", "\u201E", "\u201F", "\u2032", "\u2033",
            "\u00AB", "\u00BB", " ", "  ", "\t", "\n", "\r", "\u00A0", "\u2009", "\u200A", "\u202F", "\u205F",
            "\u3000", "\u2028", "\u2029", "\u00AD", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u0001", "\u001F");
    return token.list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
