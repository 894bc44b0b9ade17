package org.specmirror.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specmirror.ingest.DocumentReader;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.model.DocumentKind;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Modality;
import org.specmirror.model.Requirement;

class ExtractorTest {

  @TempDir Path dir;

  private ExtractedDocument extract(String name, String text, ExtractOptions options) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return new Extractor(options).extract(new DocumentReader(IngestOptions.defaults()).read(p, name));
  }

  private ExtractedDocument extract(String text) throws Exception {
    return extract("doc.md", text, ExtractOptions.defaults());
  }

  private static List<String> texts(ExtractedDocument d) {
    return d.requirements().stream().map(Requirement::text).toList();
  }

  static final String ITU =
      String.join(
          "\n",
          "# Draft Recommendation ITU-T Y.TEST",
          "",
          "## 1 Scope",
          "",
          "This Recommendation specifies things. Implementations shall be assessed against clause 7 only.",
          "",
          "## 3 Definitions",
          "",
          "3.1 node: a device that is required to dim lamps.",
          "",
          "## 5 Conventions",
          "",
          "The keywords \"is required to\" indicate a requirement which must be strictly followed.",
          "The keywords \"can optionally\" indicate an optional requirement which is permissible.",
          "",
          "## 7 Requirements",
          "",
          "### 7.1 General",
          "",
          "[LC-01] The node is required to dim the lamp. The node will report its state.",
          "",
          "NOTE – The node is required to do nothing here; this is a note.",
          "",
          "[LC-02] The node is required to measure the following quantities:",
          "",
          "- supply voltage;",
          "- supply current.",
          "",
          "The node can optionally log events.",
          "",
          "The node can keep working without the network.",
          "",
          "| Parameter | Required value |",
          "|---|---|",
          "| Operating temperature | −40 °C to +60 °C |",
          "",
          "## Annex A (normative) Faults",
          "",
          "[LC-A1] The node is required to classify faults.",
          "",
          "## Appendix I Use cases",
          "",
          "In this use case the node is required to dim at dusk.");

  @Test
  void standardWithConventionsClause() throws Exception {
    ExtractedDocument d = extract(ITU);
    assertThat(d.kind()).isEqualTo(DocumentKind.STANDARD);
    assertThat(d.conventions()).containsEntry("is required to", Modality.MUST).containsEntry("can optionally", Modality.MAY);
    assertThat(d.requirements())
        .extracting(Requirement::id, Requirement::modality)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("LC-01", Modality.MUST),
            org.assertj.core.groups.Tuple.tuple("LC-02.a", Modality.MUST),
            org.assertj.core.groups.Tuple.tuple("LC-02.b", Modality.MUST),
            org.assertj.core.groups.Tuple.tuple("7.1#1", Modality.MAY),
            org.assertj.core.groups.Tuple.tuple("7.1#2", Modality.MUST),
            org.assertj.core.groups.Tuple.tuple("LC-A1", Modality.MUST));
    Requirement item = d.requirements().get(1);
    assertThat(item.leadIn()).isEqualTo("The node is required to measure the following quantities:");
    assertThat(item.source()).isEqualTo("list-item");
    assertThat(item.clause()).isEqualTo("7.1 General");
    assertThat(item.location().line()).isEqualTo(26);
    Requirement row = d.requirements().get(4);
    assertThat(row.text()).isEqualTo("Operating temperature: −40 °C to +60 °C");
    assertThat(row.source()).isEqualTo("table-row");
    assertThat(texts(d)).noneMatch(t -> t.contains("note") || t.contains("dusk") || t.contains("assessed"));
  }

  @Test
  void informativeStatementsOnlyWithAll() throws Exception {
    ExtractedDocument all = extract("doc.md", ITU, new ExtractOptions(null, true, null));
    assertThat(all.requirements()).filteredOn(r -> r.modality() == Modality.INFORMATIVE)
        .extracting(Requirement::text)
        .contains("The node will report its state.", "The node can keep working without the network.");
    assertThat(all.requirements()).filteredOn(r -> r.text().startsWith("In this use case"))
        .singleElement()
        .satisfies(r -> assertThat(r.explanation()).contains("appendices are informative"));
  }

  @Test
  void bcp14DocumentCountsCapitalsOnly() throws Exception {
    String rfc =
        String.join(
            "\n",
            "# Example Protocol",
            "",
            "## 1.1 Requirements Language",
            "",
            "The key words \"MUST\", \"MUST NOT\", \"SHOULD\" and \"MAY\" in this document are to be interpreted as described in BCP 14 [RFC2119] [RFC8174] when, and only when, they appear in all capitals, as shown here.",
            "",
            "## 4 Protocol",
            "",
            "A client MUST send a greeting. A server may be busy. A server SHOULD NOT close early.",
            "");
    ExtractedDocument d = extract("rfc.md", rfc, new ExtractOptions(DocumentKind.STANDARD, false, null));
    assertThat(d.requirements()).extracting(Requirement::modality).containsExactly(Modality.MUST, Modality.SHOULD_NOT);
    assertThat(d.conventions()).containsKey("MUST");
  }

  @Test
  void datasheetClaimsAndOptions() throws Exception {
    String sheet =
        String.join(
            "\n",
            "# Pellion PX-9 Street Node",
            "",
            "Pellion makes the night calmer for everyone.",
            "",
            "## Key features",
            "",
            "- Supports DALI-2 dimming.",
            "- Provides ±1 % metering.",
            "",
            "## Technical specifications",
            "",
            "Operating temperature: −40 °C to +60 °C",
            "",
            "## Options",
            "",
            "- LoRaWAN radio module.",
            "",
            "## Ordering information",
            "",
            "- PX-9-EU for Europe.",
            "",
            "© 2099 Pellion. All rights reserved.");
    ExtractedDocument d = extract("sheet.md", sheet, ExtractOptions.defaults());
    assertThat(d.kind()).isEqualTo(DocumentKind.DATASHEET);
    assertThat(d.requirements())
        .extracting(Requirement::text, Requirement::modality)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Supports DALI-2 dimming.", Modality.OFFERS),
            org.assertj.core.groups.Tuple.tuple("Provides ±1 % metering.", Modality.OFFERS),
            org.assertj.core.groups.Tuple.tuple("Operating temperature: −40 °C to +60 °C", Modality.OFFERS),
            org.assertj.core.groups.Tuple.tuple("LoRaWAN radio module.", Modality.OPTIONAL));
  }

  @Test
  void judgeVetoesKeywordSentencesOnlyWithoutDeclaredConventions() throws Exception {
    RequirementJudge never = s -> new RequirementJudge.Judgement(false, 0.01, "test");
    String iso = "# Standard\n\n## 4 Requirements\n\nThis clause describes what the device shall do.\n";
    ExtractedDocument vetoed = extract("iso.md", iso, new ExtractOptions(DocumentKind.STANDARD, false, never));
    assertThat(vetoed.requirements()).isEmpty();
    ExtractedDocument declared = extract("itu.md", ITU, new ExtractOptions(null, false, never));
    assertThat(declared.requirements()).isNotEmpty();
  }
}
