package org.specmirror.extract.param;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.specmirror.model.Parameter;

/** Counts of things without a unit. */
class CountsTest {

  private static List<Parameter> parse(String s) {
    return ParameterParser.defaults().parse(s);
  }

  private static Parameter only(String s) {
    List<Parameter> ps = parse(s);
    assertThat(ps).as(s).hasSize(1);
    return ps.get(0);
  }

  @Test
  void boundsAndPlainCounts() {
    Parameter p = only("The controller is required to store no fewer than 96 schedule entries, each with a time.");
    assertThat(p.quantity()).isEqualTo("count:entry");
    assertThat(p.text()).isEqualTo("no fewer than 96 schedule entries");
    assertThat(p.min()).isEqualTo(96.0);
    assertThat(p.max()).isNull();
    assertThat(p.unit()).isNull();
    Parameter q = only("Up to 32 schedule entries can be stored.");
    assertThat(q.min()).isNull();
    assertThat(q.max()).isEqualTo(32.0);
    Parameter r = only("Stores 48 schedule entries with an astronomical clock.");
    assertThat(r.min()).isEqualTo(48.0);
    assertThat(r.max()).isEqualTo(48.0);
    assertThat(only("supports at least 3 independent channels").quantity()).isEqualTo("count:channel");
    Parameter ge = only("stores \u2265 96 schedule entries");
    assertThat(ge.min()).isEqualTo(96.0);
    assertThat(ge.max()).isNull();
    assertThat(ge.text()).isEqualTo("\u2265 96 schedule entries");
    Parameter le = only("drives <= 4 luminaires");
    assertThat(le.max()).isEqualTo(4.0);
    assertThat(le.min()).isNull();
    assertThat(only("classifies faults into 11 fault classes").quantity()).isEqualTo("count:class");
  }

  @Test
  void referencesDesignationsDecimalsAndUnitsAreNotCounts() {
    assertThat(parse("See Table 3 for details.")).isEmpty();
    assertThat(parse("as described in clause 7 of this document")).isEmpty();
    assertThat(parse("ETSI EN 303 645 provision 5.1-1")).isEmpty();
    assertThat(parse("certified to ISO 9001 procedures")).isEmpty();
    assertThat(parse("It has 3.5 stars.")).isEmpty();
    assertThat(parse("LC-12 applies from step 2 onwards")).isEmpty();
    assertThat(parse("a warranty of 5 years")).extracting(Parameter::quantity).doesNotContain("count:year");
    // a number with a unit stays what the unit scanner found
    assertThat(only("heartbeat every 327 s").quantity()).isEqualTo("time");
  }

  @Test
  void singulars() {
    assertThat(Counts.singular("entries")).isEqualTo("entry");
    assertThat(Counts.singular("classes")).isEqualTo("class");
    assertThat(Counts.singular("switches")).isEqualTo("switch");
    assertThat(Counts.singular("nodes")).isEqualTo("node");
    assertThat(Counts.singular("status")).isEqualTo("status");
    assertThat(Counts.singular("bus")).isEqualTo("bus");
  }

  @Test
  void aRequiredMinimumIsNotMetByASmallerCount() {
    List<Parameter> req = parse("The controller shall store no fewer than 96 schedule entries.");
    List<Parameter> offer = parse("Stores 48 schedule entries.");
    assertThat(req.get(0).quantity()).isEqualTo(offer.get(0).quantity());
    assertThat(offer.get(0).max()).isLessThan(req.get(0).min());
  }
}
