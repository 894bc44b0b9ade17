package org.specmirror.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.specmirror.extract.param.ParameterParser;
import org.specmirror.match.ParameterCheck.Outcome;
import org.specmirror.model.Parameter;
import org.specmirror.model.Parameter.Type;

/** Comparing required values with offered values: ranges, bounds, ratings, interfaces, units. */
class ParameterCheckTest {

  private static final ParameterParser PARSER = ParameterParser.defaults();

  private static Parameter q(String quantity, Double min, Double max, String unit) {
    return new Parameter(Type.QUANTITY, quantity, "x", min, max, unit, null, 0, 1);
  }

  private static Parameter temp(Double min, Double max) {
    return q("temperature", min, max, "\u00B0C");
  }

  private static Parameter ip(int code) {
    return new Parameter(Type.RATING, "ingress-protection", "IP" + code, (double) code, (double) code, null, "IP" + code, 0, 4);
  }

  private static Parameter iface(String value) {
    return new Parameter(Type.INTERFACE, "interface", value, null, null, null, value, 0, value.length());
  }

  private static Outcome one(Parameter required, Parameter... offered) {
    List<ParameterCheck> checks = ParameterCheck.compare(List.of(required), List.of(offered));
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).required()).isSameAs(required);
    return checks.get(0).outcome();
  }

  private static Outcome parsed(String required, String offered) {
    List<Parameter> r = PARSER.parse(required);
    List<Parameter> o = PARSER.parse(offered);
    assertThat(r).as(required).hasSize(1);
    List<ParameterCheck> checks = ParameterCheck.compare(r, o);
    assertThat(checks).hasSize(1);
    return checks.get(0).outcome();
  }

  private static Double d(String s) {
    return s == null || s.isEmpty() ? null : Double.valueOf(s);
  }

  // ------------------------------------------------------------------ quantity(...)

  @ParameterizedTest(name = "required {0}..{1}, offered {2}..{3} -> {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        // required range
        "-40, 60, -40, 60, EQUAL",
        "-40, 60, -45, 70, SATISFIED", // covered
        "-40, 60, -40, 70, SATISFIED",
        "-40, 60, -20, 50, OVERLAPS", // inside, does not cover
        "-40, 60, -50, 0, OVERLAPS",
        "-40, 60, 50, 80, OVERLAPS",
        "-40, 60, 60, 80, OVERLAPS", // touching
        "-40, 60, 70, 80, CONFLICTS", // disjoint above
        "-40, 60, -80, -50, CONFLICTS", // disjoint below
        "-40, 60, -, 70, SATISFIED", // offered: up to 70, unbounded below
        "-40, 60, -, 50, OVERLAPS",
        "-40, 60, -45, -, SATISFIED",
        "-40, 60, -, -, SATISFIED", // unbounded both sides
        "5, 5, -, 60, CONFLICTS", // "within 60 s" does not give "5 s"
        "5, 5, -, 2, CONFLICTS", // nor does "within 2 s" equal 5 s (a single value is a value)
        // required single value (min == max)
        "230, 230, 230, 230, EQUAL",
        "230, 230, 100, 240, SATISFIED", // inside the offered range
        "230, 230, 240, 240, CONFLICTS",
        "230, 230, 110, 110, CONFLICTS",
        "230, 230, 240, 277, CONFLICTS", // outside the offered range
        // at least
        "95, -, 95, 95, EQUAL",
        "95, -, 98, 98, SATISFIED",
        "95, -, 90, 90, CONFLICTS",
        "95, -, 90, 99, CONFLICTS", // the lowest stated value counts: 95 is not guaranteed
        "95, -, 97, -, SATISFIED",
        "95, -, 90, -, OVERLAPS", // "at least 90" may be more, or not
        "95, -, -, 90, CONFLICTS",
        "95, -, 95, -, EQUAL",
        // at most
        "-, 20, 20, 20, EQUAL",
        "-, 20, 14, 14, SATISFIED",
        "-, 20, 27, 27, CONFLICTS",
        "-, 20, 10, 30, CONFLICTS", // the highest stated value counts
        "-, 20, -, 14, SATISFIED",
        "-, 20, -, 20, EQUAL",
        "-, 20, 25, -, CONFLICTS",
        // no bound required
        "-, -, 1, 2, OVERLAPS",
      })
  void quantity(String rmin, String rmax, String omin, String omax, Outcome expected) {
    assertThat(ParameterCheck.quantity(d(rmin), d(rmax), d(omin), d(omax))).isEqualTo(expected);
  }

  @Test
  void relativeToleranceOnBounds() {
    assertThat(ParameterCheck.quantity(100.0, null, 99.99995, 99.99995)).isEqualTo(Outcome.EQUAL);
    assertThat(ParameterCheck.quantity(100.0, null, 99.9, 99.9)).isEqualTo(Outcome.CONFLICTS);
    assertThat(ParameterCheck.quantity(null, 20.0, 20.00001, 20.00001)).isEqualTo(Outcome.EQUAL);
    assertThat(ParameterCheck.quantity(-40.0, 60.0, -39.99999, 60.00001)).isEqualTo(Outcome.EQUAL);
    assertThat(ParameterCheck.quantity(0.0, 0.0, 0.0, 0.0)).isEqualTo(Outcome.EQUAL);
  }

  // ------------------------------------------------------------------ compare(...) on records

  @Test
  void rangeOutcomesThroughCompare() {
    assertThat(one(temp(-40.0, 60.0), temp(-40.0, 60.0))).isEqualTo(Outcome.EQUAL);
    assertThat(one(temp(-40.0, 60.0), temp(-50.0, 70.0))).isEqualTo(Outcome.SATISFIED);
    assertThat(one(temp(-40.0, 60.0), temp(-20.0, 50.0))).isEqualTo(Outcome.OVERLAPS);
    assertThat(one(temp(-40.0, 60.0), temp(70.0, 90.0))).isEqualTo(Outcome.CONFLICTS);
  }

  @Test
  void differentUnitsAreNotCompared() {
    Parameter celsius = temp(-40.0, 60.0);
    Parameter kelvin = q("temperature", 233.15, 333.15, "K");
    List<ParameterCheck> checks = ParameterCheck.compare(List.of(celsius), List.of(kelvin));
    assertThat(checks).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo(Outcome.ABSENT);
      assertThat(c.offered()).isNull();
      assertThat(c.required()).isSameAs(celsius);
    });
    assertThat(one(q("percentage", 95.0, null, "%"), q("percentage", 90.0, 90.0, null))).isEqualTo(Outcome.ABSENT);
    assertThat(one(q("count", 3.0, null, null), q("count", 5.0, 5.0, null))).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void differentQuantitiesOrTypesAreNotCompared() {
    assertThat(one(q("voltage", 230.0, 230.0, "V"), q("voltage-ac", 230.0, 230.0, "V"))).isEqualTo(Outcome.ABSENT);
    assertThat(one(temp(-40.0, 60.0), q("time", -40.0, 60.0, "\u00B0C"))).isEqualTo(Outcome.ABSENT);
    Parameter rating = new Parameter(Type.RATING, "temperature", "x", -40.0, 60.0, "\u00B0C", "x", 0, 1);
    assertThat(one(temp(-40.0, 60.0), rating)).isEqualTo(Outcome.ABSENT);
  }

  @Test
  void nothingOfferedIsAbsent() {
    List<ParameterCheck> checks = ParameterCheck.compare(List.of(temp(-40.0, 60.0), ip(66)), List.of());
    assertThat(checks).extracting(ParameterCheck::outcome).containsExactly(Outcome.ABSENT, Outcome.ABSENT);
    assertThat(checks).extracting(ParameterCheck::offered).containsOnlyNulls();
  }

  @Test
  void nothingRequiredGivesNoChecks() {
    assertThat(ParameterCheck.compare(List.of(), List.of(temp(-40.0, 60.0)))).isEmpty();
  }

  @Test
  void oneCheckPerRequiredParameterInOrder() {
    Parameter t = temp(-40.0, 60.0);
    Parameter p = ip(66);
    Parameter i = iface("DALI-2");
    List<ParameterCheck> checks =
        ParameterCheck.compare(List.of(t, p, i), List.of(iface("DALI-2"), ip(65), temp(-30.0, 50.0)));
    assertThat(checks).extracting(ParameterCheck::required).containsExactly(t, p, i);
    assertThat(checks)
        .extracting(ParameterCheck::outcome)
        .containsExactly(Outcome.OVERLAPS, Outcome.CONFLICTS, Outcome.EQUAL);
  }

  // ------------------------------------------------------------------ ratings

  @ParameterizedTest(name = "IP{0} offered IP{1} -> {2}")
  @CsvSource({
    "66, 66, EQUAL",
    "66, 67, SATISFIED",
    "66, 68, SATISFIED",
    "65, 66, SATISFIED",
    "44, 65, SATISFIED",
    "66, 57, CONFLICTS", // 7 >= 6 but 5 < 6
    "66, 65, CONFLICTS",
    "66, 56, CONFLICTS",
    "67, 66, CONFLICTS",
  })
  void ingressProtection(int required, int offered, Outcome expected) {
    assertThat(one(ip(required), ip(offered))).isEqualTo(expected);
  }

  @Test
  void ratingsFromText() {
    assertThat(parsed("The housing shall be IP66.", "Housing: IP67")).isEqualTo(Outcome.SATISFIED);
    assertThat(parsed("The housing shall be IP66.", "Housing: IP66")).isEqualTo(Outcome.EQUAL);
    assertThat(parsed("The housing shall be IP66.", "Housing: IP57")).isEqualTo(Outcome.CONFLICTS);
    assertThat(parsed("The housing shall be IP66.", "Housing: IP65")).isEqualTo(Outcome.CONFLICTS);
    assertThat(parsed("Impact resistance shall be IK08.", "Impact: IK10")).isEqualTo(Outcome.SATISFIED);
    assertThat(parsed("Impact resistance shall be IK10.", "Impact: IK08")).isEqualTo(Outcome.CONFLICTS);
    assertThat(parsed("The housing shall be IP66.", "Housing: IK10")).isEqualTo(Outcome.ABSENT);
  }

  @Test
  void ratingWithoutDigitsComparesTheCode() {
    Parameter ipx7 = new Parameter(Type.RATING, "ingress-protection", "IPX7", null, null, null, "IPX7", 0, 4);
    Parameter ipx7b = new Parameter(Type.RATING, "ingress-protection", "ipx7", null, null, null, "ipx7", 0, 4);
    assertThat(one(ipx7, ipx7b)).isEqualTo(Outcome.EQUAL);
    assertThat(one(ipx7, ip(67))).isEqualTo(Outcome.OVERLAPS);
    assertThat(one(ip(67), ipx7)).isEqualTo(Outcome.OVERLAPS);
  }

  // ------------------------------------------------------------------ interfaces

  @Test
  void interfaces() {
    assertThat(one(iface("DALI-2"), iface("DALI-2"))).isEqualTo(Outcome.EQUAL);
    assertThat(one(iface("DALI-2"), iface("dali-2"))).isEqualTo(Outcome.EQUAL);
    assertThat(one(iface("DALI-2"), iface("NB-IoT"))).isEqualTo(Outcome.ABSENT);
    assertThat(one(iface("DALI-2"), iface("NB-IoT"), iface("DALI-2"))).isEqualTo(Outcome.EQUAL);
    assertThat(parsed("The node shall support DALI-2.", "DALI-2 interface, NB-IoT modem")).isEqualTo(Outcome.EQUAL);
    assertThat(parsed("The node shall support DALI-2.", "NB-IoT modem")).isEqualTo(Outcome.ABSENT);
  }

  // ------------------------------------------------------------------ several vendor values

  @Test
  void bestOutcomeIsChosenWhateverTheOrder() {
    Parameter r = ip(66);
    for (List<Parameter> offered :
        List.of(List.of(ip(57), ip(67)), List.of(ip(67), ip(57)), List.of(ip(65), ip(67), ip(56)))) {
      List<ParameterCheck> checks = ParameterCheck.compare(List.of(r), offered);
      assertThat(checks).singleElement().satisfies(c -> {
        assertThat(c.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(c.offered().value()).isEqualTo("IP67");
      });
    }
    assertThat(one(r, ip(67), ip(66), ip(65))).isEqualTo(Outcome.EQUAL);
  }

  @Test
  void bestOutcomeAmongQuantities() {
    Parameter r = temp(-40.0, 60.0);
    List<Parameter> offered = new ArrayList<>(List.of(temp(70.0, 80.0), temp(-20.0, 50.0), temp(-45.0, 65.0)));
    ParameterCheck c = ParameterCheck.compare(List.of(r), offered).get(0);
    assertThat(c.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(c.offered()).isSameAs(offered.get(2));
    // an incomparable value never hides a comparable one
    assertThat(one(r, q("temperature", 1.0, 2.0, "K"), temp(70.0, 80.0))).isEqualTo(Outcome.CONFLICTS);
    // first of equally good values is kept
    Parameter a = temp(-50.0, 70.0);
    Parameter b = temp(-45.0, 65.0);
    assertThat(ParameterCheck.compare(List.of(r), List.of(a, b)).get(0).offered()).isSameAs(a);
  }

  // ------------------------------------------------------------------ realistic statements

  @Test
  void realisticQuantities() {
    assertThat(parsed("The battery shall last at least 72 h.", "Battery backup 96 h")).isEqualTo(Outcome.SATISFIED);
    assertThat(parsed("The battery shall last at least 72 h.", "Battery backup 48 h")).isEqualTo(Outcome.CONFLICTS);
    assertThat(parsed("The battery shall last at least 72 h.", "Battery backup 72 hours")).isEqualTo(Outcome.EQUAL);
    assertThat(parsed("The node shall operate from -40 \u00B0C to +60 \u00B0C.", "Operating temperature -40 \u00B0C to +60 \u00B0C"))
        .isEqualTo(Outcome.EQUAL);
    assertThat(parsed("The node shall operate from -40 \u00B0C to +60 \u00B0C.", "Operating temperature -20 \u00B0C to +50 \u00B0C"))
        .isEqualTo(Outcome.OVERLAPS);
    assertThat(parsed("The node shall operate from -20 \u00B0C to +50 \u00B0C.", "Operating temperature -40 \u00B0C to +60 \u00B0C"))
        .isEqualTo(Outcome.SATISFIED);
    assertThat(parsed("Transmit power shall be up to 20 dBm.", "Transmit power 14 dBm")).isEqualTo(Outcome.SATISFIED);
    assertThat(parsed("Transmit power shall be up to 20 dBm.", "Transmit power 23 dBm")).isEqualTo(Outcome.CONFLICTS);
    // the parser reads a power factor in % and as a fraction alike (95 % = 0.95)
    assertThat(parsed("Power factor shall be \u2265 95 %.", "Power factor 0.9 at full load")).isEqualTo(Outcome.CONFLICTS);
    assertThat(parsed("Power factor shall be \u2265 95 %.", "Power factor 0.98 at full load")).isEqualTo(Outcome.SATISFIED);
    assertThat(parsed("Standby power shall be at most 0.5 W.", "Standby consumption 0.3 W")).isEqualTo(Outcome.SATISFIED);
    // "V" (voltage) and "VAC" (voltage-ac) are different quantities
    assertThat(parsed("The driver shall accept 230 V.", "Input voltage 100-240 VAC")).isEqualTo(Outcome.ABSENT);
    assertThat(parsed("The driver shall accept 230 VAC.", "Input voltage 100-240 VAC")).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void outcomeLabelsAndMeets() {
    assertThat(Outcome.SATISFIED.label()).isEqualTo("satisfied");
    assertThat(Outcome.EQUAL.meets()).isTrue();
    assertThat(Outcome.SATISFIED.meets()).isTrue();
    assertThat(Outcome.OVERLAPS.meets()).isFalse();
    assertThat(Outcome.CONFLICTS.meets()).isFalse();
    assertThat(Outcome.ABSENT.meets()).isFalse();
  }
}
