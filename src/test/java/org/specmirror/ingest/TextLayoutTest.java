package org.specmirror.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.specmirror.model.Block;

class TextLayoutTest {

  @Test
  void removesRunningHeadersFootersAndPageNumbers() {
    List<List<String>> pages =
        List.of(
            List.of("Draft Rec. Y.SLC", "7 Requirements", "The node shall dim.", "Page 1 of 3"),
            List.of("Draft Rec. Y.SLC", "The node shall report.", "Page 2 of 3"),
            List.of("Draft Rec. Y.SLC", "The node shall log.", "Page 3 of 3"));
    List<TextLayout.Line> lines = TextLayout.stripRunningText(pages);
    assertThat(lines).extracting(TextLayout.Line::text).doesNotContain("Draft Rec. Y.SLC", "Page 2 of 3");
    assertThat(lines).extracting(TextLayout.Line::text).contains("The node shall report.");
    assertThat(lines.stream().filter(l -> l.text().equals("The node shall log.")).findFirst().orElseThrow().page())
        .isEqualTo(3);
  }

  @Test
  void rejoinsWordsHyphenatedAcrossLines() {
    List<Block> blocks =
        TextLayout.blocks(
            TextLayout.numbered("The controller is required to pro-\nvide both interfaces to the ana -\nlogue driver over NB-\nIoT."));
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0).text())
        .isEqualTo("The controller is required to provide both interfaces to the analogue driver over NB-IoT.");
  }

  @Test
  void keepsHyphenOfCompoundsTheDocumentWritesWithAHyphen() {
    assertThat(TextLayout.dropHyphen("street-", "lighting", Set.of("street-lighting"))).isFalse();
    assertThat(TextLayout.dropHyphen("metter-", "ing", Set.of())).isTrue();
    assertThat(TextLayout.dropHyphen("DALI-", "2", Set.of())).isFalse();
  }

  @Test
  void recognisesHeadingsBulletsAndLabelValueRows() {
    String text =
        String.join(
            "\n",
            "7.2 Monitoring and metering",
            "The node is required to measure the following quantities:",
            "• supply voltage;",
            "• supply current.",
            "",
            "Operating temperature: −40 °C to +60 °C",
            "Annex A (normative) Fault classes");
    List<Block> blocks = TextLayout.blocks(TextLayout.numbered(text));
    assertThat(blocks)
        .extracting(Block::kind)
        .containsExactly(
            Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM,
            Block.Kind.PARAGRAPH, Block.Kind.HEADING);
    assertThat(blocks.get(0).level()).isEqualTo(2);
    assertThat(blocks.get(2).text()).isEqualTo("supply voltage;");
    assertThat(blocks.get(2).line()).isEqualTo(3);
  }

  @Test
  void aNumberWithAUnitIsNotAHeading() {
    assertThat(TextLayout.isHeading("3 W")).isFalse();
    assertThat(TextLayout.isHeading("12 The controller is required to report every fault that it detects to the CMS within five seconds of detection.")).isFalse();
    assertThat(TextLayout.isHeading("7.1.2 Astronomical clock")).isTrue();
  }

  @Test
  void linesOfLabelAndValueBecomeTableRows() {
    List<Block> blocks =
        TextLayout.blocks(
            TextLayout.numbered(
                "Parameter Required value\nOperating temperature −40 °C to +65 °C\nIngress protection IP66 or better\nStandby power ≤ 2.4 W"));
    assertThat(blocks).extracting(Block::kind).containsOnly(Block.Kind.TABLE_ROW);
    assertThat(blocks.get(0).cells()).containsExactly("Operating temperature", "−40 °C to +65 °C");
    assertThat(blocks.get(0).header()).containsExactly("Parameter", "Required value");
  }

  @Test
  void pageOfFooterIsRemovedEvenOnOnePage() {
    List<TextLayout.Line> lines =
        TextLayout.stripRunningText(List.of(List.of("PX-9 datasheet", "Supports DALI-2.", "Acme draft – Page 1 of 1")));
    assertThat(lines).extracting(TextLayout.Line::text).doesNotContain("Acme draft – Page 1 of 1").contains("Supports DALI-2.");
  }
}
