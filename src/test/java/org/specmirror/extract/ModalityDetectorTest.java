package org.specmirror.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.specmirror.model.Modality;

class ModalityDetectorTest {

  private final ModalityDetector generic = ModalityDetector.generic();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // ISO/IEC Directives Part 2 and equivalents
        "The controller shall report faults.|MUST",
        "The controller shall not switch off.|MUST_NOT",
        "It is necessary to log every access.|MUST",
        "The node is required to dim.|MUST",
        "It is required that the node dims.|MUST",
        "The node has to store schedules.|MUST",
        "The node should report its temperature.|SHOULD",
        "It is recommended that the node reports its temperature.|SHOULD",
        "The node ought to report its temperature.|SHOULD",
        "The node should not depend on a photocell.|SHOULD_NOT",
        "The node may offer a second channel.|MAY",
        "A second channel is permitted.|MAY",
        "The node need not support LoRaWAN.|MAY",
        "The node is not required to support LoRaWAN.|MAY",
        "It is not permitted to share keys.|MUST_NOT",
        // ISO 'can' is possibility; ETSI 'will' is not normative
        "The node can keep working without the network.|INFORMATIVE",
        "The operator will receive an alarm.|INFORMATIVE",
        // ITU-T conventions
        "The node is recommended to queue messages.|SHOULD",
        "The node can optionally relay messages.|MAY",
        "The node is prohibited from sharing keys.|MUST_NOT",
        "The node is not recommended to use a photocell alone.|SHOULD_NOT",
        // IEEE and IETF lower-case forms in documents that do not cite BCP 14
        "Implementations must reject unsigned firmware.|MUST",
        "The device must not accept default passwords.|MUST_NOT",
        // strongest keyword wins
        "The node may be configured, but shall log every change.|MUST",
        // 'May' as a month is not a keyword
        "The draft was approved in May 2024.|INFORMATIVE",
      })
  void genericForms(String sentence, Modality expected) {
    assertThat(generic.detect(sentence).modality()).isEqualTo(expected);
  }

  @Test
  void reportsTheDecidingKeyword() {
    assertThat(generic.detect("The node is required to dim.").keyword()).isEqualTo("is required to");
  }

  @Test
  void bcp14CountsOnlyCapitalisedKeywords() {
    ModalityDetector d =
        ModalityDetector.forDocument(
            "The key words \"MUST\", \"MUST NOT\", \"SHOULD\" and \"MAY\" in this document are to be interpreted as"
                + " described in BCP 14 [RFC2119] [RFC8174] when, and only when, they appear in all capitals.");
    assertThat(d.bcp14()).isTrue();
    assertThat(d.detect("A client MUST send the header.").modality()).isEqualTo(Modality.MUST);
    assertThat(d.detect("A client MUST NOT send the header.").modality()).isEqualTo(Modality.MUST_NOT);
    assertThat(d.detect("Clients that must be patched are listed below.").modality()).isEqualTo(Modality.INFORMATIVE);
    assertThat(d.detect("The server MAY close the connection.").modality()).isEqualTo(Modality.MAY);
    assertThat(d.detect("This field is OPTIONAL.").modality()).isEqualTo(Modality.MAY);
    assertThat(d.detect("Use of TLS is NOT RECOMMENDED here.").modality()).isEqualTo(Modality.SHOULD_NOT);
  }

  @Test
  void documentConventionsDefineTheKeywords() {
    String clause =
        "In this Recommendation: The keywords \"is expected to\" indicate a requirement which must be strictly"
            + " followed and from which no deviation is permitted. The keywords \"is encouraged to\" indicate a"
            + " requirement which is recommended but which is not absolutely required.";
    ModalityDetector d = ModalityDetector.forDocument(clause);
    assertThat(d.conventions()).containsEntry("is expected to", Modality.MUST);
    assertThat(d.conventions()).containsEntry("is encouraged to", Modality.SHOULD);
    assertThat(d.detect("The node is expected to dim.").modality()).isEqualTo(Modality.MUST);
    assertThat(d.detect("The node is encouraged to log.").modality()).isEqualTo(Modality.SHOULD);
  }

  @Test
  void anchorsAreTheWordsOfTheRule() {
    assertThat(ModalityDetector.anchorsOf("\\b\\Qshall not\\E\\b")).containsExactly("shall");
    assertThat(ModalityDetector.anchorsOf("\\b(?:is|are) not (?:allowed|permitted)\\b")).containsExactly("allowed", "permitted");
    assertThat(ModalityDetector.anchorsOf("\\b(?:has|have) to\\b")).containsExactly("has", "have");
  }
}
