package org.specmirror.extract.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.specmirror.model.Parameter;

/** Properties: no exceptions, well-formed spans, and round trips of rendered values. */
class ParameterParserPropertiesTest {
  private static final ParameterParser PARSER = ParameterParser.defaults();

  // ------------------------------------------------------------------ invariants

  @Property(tries = 1000)
  void anyStringParsesWithWellFormedSpans(@ForAll String s) {
    assertWellFormed(s, PARSER.parse(s));
  }

  @Property(tries = 300)
  void anyUnicodeStringParsesWithWellFormedSpans(@ForAll("unicode") String s) {
    assertWellFormed(s, PARSER.parse(s));
  }

  @Property(tries = 2000)
  void domainSoupParsesWithWellFormedSpans(@ForAll("soup") String s) {
    assertWellFormed(s, PARSER.parse(s));
  }

  @Property(tries = 200)
  void parsingIsDeterministic(@ForAll("soup") String s) {
    assertThat(PARSER.parse(s)).isEqualTo(PARSER.parse(s));
  }

  static void assertWellFormed(String s, List<Parameter> ps) {
    int last = 0;
    for (Parameter p : ps) {
      assertThat(p.start()).isGreaterThanOrEqualTo(last);
      assertThat(p.end()).isGreaterThan(p.start()).isLessThanOrEqualTo(s.length());
      assertThat(p.text()).isEqualTo(s.substring(p.start(), p.end()));
      if (p.min() != null && p.max() != null) {
        assertThat(p.min()).isLessThanOrEqualTo(p.max());
      }
      if (p.min() != null) {
        assertThat(p.min()).isFinite();
      }
      if (p.max() != null) {
        assertThat(p.max()).isFinite();
      }
      assertThat(p.quantity()).isNotBlank();
      last = p.end();
    }
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMaxLength(400);
  }

  /** Random concatenations of tokens the parser cares about: numbers, units, separators, keywords. */
  @Provide
  Arbitrary<String> soup() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("0", "1", "5", "10", "40", "230", "1 000", "100,000", "0,5", "1.5", "7.1.2",
            "1e3", "×10^3", "-", "−", "–", "+", "±", "+/-", ".", ",", "/", "~", "…", "...", ":", "(", ")",
            " ", " ", " ", "\u00A0", "\u202F", "\n", "°", "°C", "℃", "°F", "K", "kV", "V", "VAC", "V DC",
            "A", "mA", "kA", "W", "kW", "Wh", "dBm", "dB", "Hz", "MHz", "s", "ms", "min", "h", "years",
            "-year", "kbps", "MB", "m", "mm", "kg", "g", "lm", "lx", "lm/W", "%", "%RH", "to", "and",
            "between", "from", "up to", "max.", "min", "≤", "≥", "<", ">", "at least", "or more",
            "or better", "IP", "IP6", "IP66", "IPX", "IK", "IK08", "DALI", "DALI-2", "0-10V", "dimming",
            "TLS", "v1.3", "SNMP", "HTTP/", "NB-IoT", "LTE", "Cat", "M1", "IEEE 802.", "11b/g/n", "PF",
            "power factor", "CRI", "surge", "humidity", "sensitivity", "vibration", "AC", "DC", "x",
            "REQ-", "LN-", "Table", "IEC", "Ø", "5G", "\uD83D\uDE00", "\uD800"),
        Arbitraries.strings().withCharRange('!', '~').ofMaxLength(3));
    return token.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  // ------------------------------------------------------------------ round trip

  /** A unit spelling with its canonical quantity, unit and conversion (canonical = (v + off) × f). */
  record U(String spelling, String quantity, String unit, String factor, String offset) {
    BigDecimal canonical(BigDecimal v) {
      return v.add(new BigDecimal(offset)).multiply(new BigDecimal(factor), MathContext.DECIMAL64);
    }
  }

  static final List<U> UNITS = List.of(
      new U("°C", "temperature", "°C", "1", "0"),
      new U("℃", "temperature", "°C", "1", "0"),
      new U("deg C", "temperature", "°C", "1", "0"),
      new U("°F", "temperature", "°C", String.valueOf(5.0 / 9.0), "-32"),
      new U("V", "voltage", "V", "1", "0"),
      new U("kV", "voltage", "V", "1000", "0"),
      new U("mV", "voltage", "V", "0.001", "0"),
      new U("VAC", "voltage-ac", "V", "1", "0"),
      new U("V DC", "voltage-dc", "V", "1", "0"),
      new U("A", "current", "A", "1", "0"),
      new U("mA", "current", "A", "0.001", "0"),
      new U("kA", "current", "A", "1000", "0"),
      new U("W", "power", "W", "1", "0"),
      new U("mW", "power", "W", "0.001", "0"),
      new U("kW", "power", "W", "1000", "0"),
      new U("kWh", "energy", "Wh", "1000", "0"),
      new U("dBm", "power-level", "dBm", "1", "0"),
      new U("dB", "relative-level", "dB", "1", "0"),
      new U("Hz", "frequency", "Hz", "1", "0"),
      new U("kHz", "frequency", "Hz", "1000", "0"),
      new U("MHz", "frequency", "Hz", "1000000", "0"),
      new U("GHz", "frequency", "Hz", "1000000000", "0"),
      new U("s", "time", "s", "1", "0"),
      new U("ms", "time", "s", "0.001", "0"),
      new U("µs", "time", "s", "0.000001", "0"),
      new U("min", "time", "s", "60", "0"),
      new U("h", "time", "s", "3600", "0"),
      new U("hours", "time", "s", "3600", "0"),
      new U("days", "time", "s", "86400", "0"),
      new U("kbit/s", "data-rate", "bit/s", "1000", "0"),
      new U("Mbps", "data-rate", "bit/s", "1000000", "0"),
      new U("kB", "data-size", "B", "1000", "0"),
      new U("MiB", "data-size", "B", "1048576", "0"),
      new U("m", "length", "m", "1", "0"),
      new U("mm", "length", "m", "0.001", "0"),
      new U("km", "length", "m", "1000", "0"),
      new U("kg", "mass", "kg", "1", "0"),
      new U("lm", "luminous-flux", "lm", "1", "0"),
      new U("lx", "illuminance", "lx", "1", "0"),
      new U("lm/W", "luminous-efficacy", "lm/W", "1", "0"),
      new U("%", "percentage", "%", "1", "0"),
      new U("K", "kelvin*", "K", "1", "0"));

  enum Form {
    SINGLE,
    RANGE_UNIT_AT_END,
    RANGE_BOTH_UNITS,
    BETWEEN,
    FROM,
    PREFIX_MAX,
    PREFIX_MIN,
    SUFFIX_MAX,
    SUFFIX_MIN,
    TOLERANCE
  }

  /** How a number is written. */
  record Style(String decimal, String group, String minus, boolean plus, String space) {}

  record Case(String text, String quantity, String unit, Double min, Double max) {}

  static final List<String> MAX_PREFIX = List.of("up to", "at most", "maximum", "max.", "≤", "<=", "<",
      "not more than", "less than", "below", "not exceeding");
  static final List<String> MIN_PREFIX = List.of("at least", "minimum", "min.", "≥", ">=", ">",
      "not less than", "more than", "above", "greater than");
  static final List<String> MAX_SUFFIX = List.of("max.", "maximum", "or less", "or lower", "(max)");
  static final List<String> MIN_SUFFIX = List.of("min.", "minimum", "or more", "or higher", "(min)");
  static final List<String> RANGE_SEP = List.of(" to ", "-", " - ", "–", " – ", "…", "...", "~", " ~ ");

  @Provide
  Arbitrary<Case> rendered() {
    Arbitrary<BigDecimal> value = Combinators.combine(
            Arbitraries.longs().between(0, 99_999_999L), Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false))
        .as((unscaled, scale, negative) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          return negative ? v.negate() : v;
        });
    Arbitrary<Style> style = Combinators.combine(
            Arbitraries.of(".", ","), Arbitraries.of("", " ", "\u00A0", "\u202F", "\u2009", ","),
            Arbitraries.of("-", "−", "–"), Arbitraries.of(true, false), Arbitraries.of("", " ", "\u00A0"))
        .as(Style::new);
    return Combinators.combine(value, value, Arbitraries.of(UNITS), Arbitraries.of(Form.values()),
            style, Arbitraries.integers().between(0, 1000))
        .as(ParameterParserPropertiesTest::render);
  }

  static Case render(BigDecimal a, BigDecimal b, U u, Form form, Style st, int pick) {
    String ua = st.space() + u.spelling();
    String na = number(a, st);
    String nb = number(b, st);
    BigDecimal ca = u.canonical(a);
    BigDecimal cb = u.canonical(b);
    String q = u.quantity();
    Double min;
    Double max;
    String text;
    switch (form) {
      case RANGE_UNIT_AT_END, RANGE_BOTH_UNITS, BETWEEN, FROM -> {
        String sep = RANGE_SEP.get(pick % RANGE_SEP.size());
        text = switch (form) {
          case RANGE_UNIT_AT_END -> na + sep + nb + ua;
          case RANGE_BOTH_UNITS -> na + ua + sep + nb + ua;
          case BETWEEN -> "between " + na + " and " + nb + ua;
          default -> "from " + na + " to " + nb + ua;
        };
        min = ca.min(cb).doubleValue();
        max = ca.max(cb).doubleValue();
        q = kelvin(q, ca.min(cb), ca.max(cb));
      }
      case PREFIX_MAX, SUFFIX_MAX -> {
        text = form == Form.PREFIX_MAX
            ? MAX_PREFIX.get(pick % MAX_PREFIX.size()) + " " + na + ua
            : na + ua + " " + MAX_SUFFIX.get(pick % MAX_SUFFIX.size());
        min = null;
        max = ca.doubleValue();
        q = kelvin(q, ca, ca);
      }
      case PREFIX_MIN, SUFFIX_MIN -> {
        text = form == Form.PREFIX_MIN
            ? MIN_PREFIX.get(pick % MIN_PREFIX.size()) + " " + na + ua
            : na + ua + " " + MIN_SUFFIX.get(pick % MIN_SUFFIX.size());
        min = ca.doubleValue();
        max = null;
        q = kelvin(q, ca, ca);
      }
      case TOLERANCE -> {
        BigDecimal mag = a.abs();
        Style unsigned = new Style(st.decimal(), st.group(), st.minus(), false, st.space());
        text = (pick % 2 == 0 ? "±" : "+/- ") + number(mag, unsigned) + ua;
        BigDecimal d = mag.multiply(new BigDecimal(u.factor()), MathContext.DECIMAL64);
        min = d.negate().doubleValue();
        max = d.doubleValue();
        q = "tolerance";
      }
      default -> {
        text = na + ua;
        min = ca.doubleValue();
        max = min;
        q = kelvin(q, ca, ca);
      }
    }
    return new Case(text, q, u.unit(), min, max);
  }

  static String kelvin(String q, BigDecimal lo, BigDecimal hi) {
    if (!q.equals("kelvin*")) {
      return q;
    }
    BigDecimal k = BigDecimal.valueOf(1000);
    return lo.compareTo(k) >= 0 && hi.compareTo(k) >= 0 ? "colour-temperature" : "temperature-difference";
  }

  /** Renders {@code v} in the given style; avoids the one ambiguous spelling (1,500 with comma decimal). */
  static String number(BigDecimal v, Style st) {
    BigDecimal abs = v.abs();
    String plain = abs.toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot + 1);
    String decimal = st.decimal();
    String group = st.group();
    if (decimal.equals(",") && group.equals(",")) {
      group = " ";
    }
    // "1,500" (comma decimal, three decimals, 1-3 integer digits not starting with 0) reads as thousands
    if (decimal.equals(",") && frac.length() == 3 && intPart.length() <= 3 && !intPart.equals("0")) {
      decimal = ".";
    }
    // with comma decimal and space grouping of a >3-digit integer, "1 000,500" is fine; keep it
    StringBuilder sb = new StringBuilder();
    if (intPart.length() > 3 && !group.isEmpty()) {
      int first = intPart.length() % 3 == 0 ? 3 : intPart.length() % 3;
      sb.append(intPart, 0, first);
      for (int k = first; k < intPart.length(); k += 3) {
        sb.append(group).append(intPart, k, k + 3);
      }
    } else {
      sb.append(intPart);
    }
    if (!frac.isEmpty()) {
      sb.append(decimal).append(frac);
    }
    String sign = v.signum() < 0 ? st.minus() : (st.plus() ? "+" : "");
    return sign + sb;
  }

  @Property(tries = 3000)
  void renderedValuesRoundTrip(@ForAll("rendered") Case c) {
    List<Parameter> ps = PARSER.parse(c.text());
    assertThat(ps).as("parse of \"%s\"", c.text()).hasSize(1);
    Parameter p = ps.get(0);
    assertThat(p.text()).as("span of \"%s\"", c.text()).isEqualTo(c.text());
    assertThat(p.type()).isEqualTo(Parameter.Type.QUANTITY);
    assertThat(p.quantity()).as("quantity of \"%s\"", c.text()).isEqualTo(c.quantity());
    assertThat(p.unit()).as("unit of \"%s\"", c.text()).isEqualTo(c.unit());
    close(p.min(), c.min(), "min of \"" + c.text() + "\"");
    close(p.max(), c.max(), "max of \"" + c.text() + "\"");
  }

  @Property(tries = 500)
  void renderedValuesRoundTripInsideSentences(
      @ForAll("rendered") Case c, @ForAll("filler") String before, @ForAll("filler") String after) {
    String statement = before + " " + c.text() + " " + after;
    List<Parameter> ps = PARSER.parse(statement);
    assertThat(ps).as("parse of \"%s\"", statement).hasSize(1);
    assertThat(ps.get(0).text()).isEqualTo(c.text());
    assertThat(ps.get(0).start()).isEqualTo(before.length() + 1);
    close(ps.get(0).min(), c.min(), "min");
    close(ps.get(0).max(), c.max(), "max");
  }

  @Provide
  Arbitrary<String> filler() {
    return Arbitraries.of("The luminaire shall operate with", "Requirement:", "", "The value is",
        "[LC-07] It shall be", "7.1.2", "in accordance with IEC 60598-1,", "when tested per Table 5,",
        "for the model LN-700", "see clause 5.3.1;", "for all installations.", "(typical)", "as specified.");
  }

  @Property(tries = 500)
  void ratingsRoundTrip(@ForAll("ipDigits") int first, @ForAll("ipDigits2") int second,
      @ForAll("ipSpelling") String spacing) {
    String code = "IP" + spacing + first + second;
    List<Parameter> ps = PARSER.parse("Enclosure " + code + ".");
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).value()).isEqualTo("IP" + first + second);
    assertThat(ps.get(0).min()).isEqualTo((double) (first * 10 + second));
    assertThat(ps.get(0).max()).isEqualTo((double) (first * 10 + second));
  }

  @Provide
  Arbitrary<Integer> ipDigits() {
    return Arbitraries.integers().between(0, 6);
  }

  @Provide
  Arbitrary<Integer> ipDigits2() {
    return Arbitraries.integers().between(0, 9);
  }

  @Provide
  Arbitrary<String> ipSpelling() {
    return Arbitraries.of("", " ", "\u00A0");
  }

  static void close(Double actual, Double expected, String what) {
    if (expected == null) {
      assertThat(actual).as(what).isNull();
      return;
    }
    assertThat(actual).as(what).isNotNull();
    double tol = Math.abs(expected) * 1e-9 + 1e-12;
    assertThat(actual).as(what).isCloseTo(expected, within(tol));
  }

  @SuppressWarnings("unused")
  private static BigDecimal round(BigDecimal v) {
    return v.setScale(9, RoundingMode.HALF_EVEN);
  }
}
