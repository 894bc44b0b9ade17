package org.specmirror.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClausesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Foreword", "Introduction", "1 Scope", "2 References", "2 Normative references", "3 Definitions",
        "3 Terms and definitions", "4 Abbreviations and acronyms", "5 Conventions", "Bibliography",
        "Appendix I Use cases", "Annex B (informative) Examples", "1.3 Requirements Language"
      })
  void nonNormativeClauses(String heading) {
    Clauses c = new Clauses();
    c.enter(1, heading);
    assertThat(c.normative()).as(heading).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"7 Requirements", "7.2 Monitoring and metering", "Annex A (normative) Fault classes", "Annex A Fault classes"})
  void normativeClauses(String heading) {
    Clauses c = new Clauses();
    c.enter(1, heading);
    assertThat(c.normative()).as(heading).isTrue();
  }

  @Test
  void subclausesInheritInformativeStatusAndLeaveIt() {
    Clauses c = new Clauses();
    c.enter(1, "3 Definitions");
    c.enter(2, "3.1 Terms defined elsewhere");
    assertThat(c.normative()).isFalse();
    assertThat(c.number()).isEqualTo("3.1");
    c.enter(1, "7 Requirements");
    c.enter(2, "7.2 Monitoring and metering");
    assertThat(c.normative()).isTrue();
    assertThat(c.path()).isEqualTo("7.2 Monitoring and metering");
    assertThat(c.number()).isEqualTo("7.2");
  }
}
