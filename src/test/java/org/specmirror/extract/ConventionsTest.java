package org.specmirror.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specmirror.model.Modality;

class ConventionsTest {

  @Test
  void readsItuStyleConventions() {
    String text =
        "The following conventions are used. The keywords \"is required to\" indicate a requirement which must be"
            + " strictly followed. The keywords \"is prohibited from\" indicate a requirement which must be strictly"
            + " followed. The keywords \"is recommended\" indicate a requirement which is recommended but which is not"
            + " absolutely required. The keywords \"is not recommended\" indicate a requirement which is not"
            + " recommended. The keywords \"can optionally\" indicate an optional requirement which is permissible.";
    Map<String, Modality> m = Conventions.parse(text);
    assertThat(m)
        .containsEntry("is required to", Modality.MUST)
        .containsEntry("is prohibited from", Modality.MUST_NOT)
        .containsEntry("is recommended", Modality.SHOULD)
        .containsEntry("is not recommended", Modality.SHOULD_NOT)
        .containsEntry("can optionally", Modality.MAY);
  }

  @Test
  void ignoresQuotedTextThatIsNotAKeyword() {
    assertThat(Conventions.parse("The term \"lamp controller\" is defined in clause 3.")).isEmpty();
  }
}
