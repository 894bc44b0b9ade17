package org.specmirror.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.specmirror.TestPaths;
import org.specmirror.model.Block;
import org.specmirror.model.IngestedDocument;
import org.specmirror.text.TextShapes;

class AsciiDocReaderTest {

  private static List<Block> read(String... lines) {
    return new AsciiDocReader().read(String.join("\n", lines)).blocks();
  }

  private static Block heading(int level, String text, int line) {
    return Block.heading(level, text, null, line);
  }

  private static Block para(String text, int line) {
    return Block.paragraph(text, null, line);
  }

  private static Block item(int depth, String text, int line) {
    return Block.listItem(depth, text, null, line);
  }

  private static Block row(List<String> header, int line, String... cells) {
    return Block.tableRow(List.of(cells), header, null, line);
  }

  // ------------------------------------------------------------------ header, sections, paragraphs

  @Test
  void documentTitleIsALevelOneHeadingAndTheHeaderIsSkipped() {
    assertThat(
            read(
                "// a comment before the header",
                ":product: PX-9",
                "= The {product} Controller",
                "Jane Doe <jane@example.org>",
                "v1.2, 2024-01-01: first draft",
                ":toc:",
                ":description: not text",
                "",
                "The first paragraph."))
        .containsExactly(heading(1, "The PX-9 Controller", 3), para("The first paragraph.", 9));
  }

  @Test
  void sectionTitlesGiveLevelsLikeMarkdownHashes() {
    assertThat(
            read(
                "= Title",
                "",
                "== 1 Scope",
                "",
                "=== 1.1 Sub",
                "",
                "==== 1.1.1 Deeper",
                "",
                "===== Deepest",
                "",
                "== Symmetric ==",
                "",
                "[discrete]",
                "=== Floating",
                "",
                "## Markdown-style"))
        .containsExactly(
            heading(1, "Title", 1),
            heading(2, "1 Scope", 3),
            heading(3, "1.1 Sub", 5),
            heading(4, "1.1.1 Deeper", 7),
            heading(5, "Deepest", 9),
            heading(2, "Symmetric", 11),
            heading(3, "Floating", 14),
            heading(2, "Markdown-style", 16));
  }

  @Test
  void paragraphsJoinTheirLinesAndKeepTheFirstLineNumber() {
    assertThat(
            read(
                "== Clause",
                "",
                "The node shall dim",
                "the luminaire. +",
                "It shall report.",
                "",
                "",
                "A second paragraph."))
        .containsExactly(
            heading(2, "Clause", 1),
            para("The node shall dim the luminaire. It shall report.", 3),
            para("A second paragraph.", 8));
  }

  @Test
  void linesOfLabelsAreRowsAndANumberedLineIsAHeadingAsInMarkdown() {
    assertThat(read("Operating temperature: -40 °C to +60 °C", "Supply voltage: 230 V", "", "7.2 Monitoring"))
        .containsExactly(
            para("Operating temperature: -40 °C to +60 °C", 1), para("Supply voltage: 230 V", 2), heading(2, "7.2 Monitoring", 4));
  }

  @Test
  void windowsLineEndsKeepLineNumbers() {
    assertThat(new AsciiDocReader().read("= T\r\n\r\n== A\r\n\r\nText.\r\n").blocks())
        .containsExactly(heading(1, "T", 1), heading(2, "A", 3), para("Text.", 5));
  }

  @Test
  void sectnumsNumberSectionsAndAppendicesGetTheirCaption() {
    assertThat(
            read(
                "= T",
                ":sectnums:",
                "",
                "== Scope",
                "",
                "== Requirements",
                "",
                "=== General",
                "",
                "=== Metering",
                "",
                "[bibliography]",
                "== References",
                "",
                "[appendix]",
                "== Fault classes",
                "",
                "=== Codes",
                "",
                ":sectnums!:",
                "== Unnumbered"))
        .extracting(Block::text)
        .containsExactly(
            "T", "1 Scope", "2 Requirements", "2.1 General", "2.2 Metering", "References", "Appendix A: Fault classes",
            "A.1 Codes", "Unnumbered");
  }

  @Test
  void levelOffsetShiftsSections() {
    assertThat(read(":leveloffset: +1", "", "== Moved")).containsExactly(heading(3, "Moved", 3));
  }

  // ------------------------------------------------------------------ block titles and tables

  @Test
  void aBlockTitleIsACaptionParagraphRightBeforeItsTable() {
    assertThat(
            read(
                "[LC-40] The controller is required to meet Table 1.",
                "",
                ".Table 1 – Ratings",
                "[cols=\"1,2\",options=\"header\"]",
                "|===",
                "|Parameter |Required value",
                "|Operating temperature |−40 °C to +55 °C",
                "|Standby power |≤ 4 W",
                "|==="))
        .containsExactly(
            para("[LC-40] The controller is required to meet Table 1.", 1),
            para("Table 1 – Ratings", 3),
            row(List.of("Parameter", "Required value"), 7, "Operating temperature", "−40 °C to +55 °C"),
            row(List.of("Parameter", "Required value"), 8, "Standby power", "≤ 4 W"));
  }

  @Test
  void tableCellsOnTheirOwnLinesAreGroupedByTheColumnCount() {
    List<String> h = List.of("Name", "Value");
    assertThat(
            read(
                "[%header,cols=2*]",
                "|===",
                "|Name",
                "|Value",
                "",
                "|Voltage",
                "|230 V",
                "AC only",
                "",
                "|Current",
                "|1 A",
                "|==="))
        .containsExactly(row(h, 6, "Voltage", "230 V AC only"), row(h, 10, "Current", "1 A"));
  }

  @Test
  void theFirstLineFollowedByABlankLineIsAnImplicitHeader() {
    List<String> h = List.of("Class", "Name", "Cause");
    assertThat(
            read(
                "|===",
                "|Class |Name |Cause",
                "",
                "|F01 |Open circuit |LED failed open",
                "|F02 |Short a|Damaged wiring",
                "3+|All classes are reported",
                "| | |",
                "|F03 |Pipe \\| escaped ^.^|centred",
                "|==="))
        .containsExactly(
            row(h, 4, "F01", "Open circuit", "LED failed open"),
            row(h, 5, "F02", "Short", "Damaged wiring"),
            row(h, 6, "All classes are reported"),
            row(h, 8, "F03", "Pipe | escaped", "centred"));
  }

  @Test
  void withoutHeaderOptionOrBlankLineEveryRowIsData() {
    assertThat(read("|===", "|a |b", "|c |d", "|==="))
        .containsExactly(row(List.of(), 2, "a", "b"), row(List.of(), 3, "c", "d"));
    assertThat(read("[%noheader]", "|===", "|a |b", "", "|c |d", "|==="))
        .containsExactly(row(List.of(), 3, "a", "b"), row(List.of(), 5, "c", "d"));
  }

  @Test
  void csvAndDsvTablesAreRead() {
    assertThat(read("[%header]", ",===", "Key,Value", "\"Range, full\",0–10 V", ",==="))
        .containsExactly(row(List.of("Key", "Value"), 4, "Range, full", "0–10 V"));
    assertThat(read(":===", "Key:Value", "", "IP:IP66", ":==="))
        .containsExactly(row(List.of("Key", "Value"), 4, "IP", "IP66"));
    assertThat(read("[format=csv,options=header]", "|===", "A,B", "1,2", "|==="))
        .containsExactly(row(List.of("A", "B"), 4, "1", "2"));
  }

  // ------------------------------------------------------------------ lists

  @Test
  void unorderedListsNestByMarker() {
    assertThat(
            read(
                "It addresses:",
                "",
                "* monitoring",
                "** metering",
                "*** energy",
                "* control and",
                "  scheduling",
                "",
                "* security"))
        .containsExactly(
            para("It addresses:", 1),
            item(1, "monitoring", 3),
            item(2, "metering", 4),
            item(3, "energy", 5),
            item(1, "control and scheduling", 6),
            item(1, "security", 9));
  }

  @Test
  void dashAndOrderedListsAndNumberedItems() {
    assertThat(
            read(
                "- dash one",
                "- dash two",
                "",
                "//",
                "",
                ". first",
                ".. first a",
                ". second",
                "",
                "Steps:",
                "",
                "1. one",
                "2. two",
                "   a. two a"))
        .containsExactly(
            item(1, "dash one", 1),
            item(1, "dash two", 2),
            item(1, "first", 6),
            item(2, "first a", 7),
            item(1, "second", 8),
            para("Steps:", 10),
            item(1, "one", 12),
            item(1, "two", 13),
            item(2, "two a", 14));
  }

  @Test
  void aBulletEndsAParagraphWithoutABlankLineButANumberDoesNot() {
    assertThat(read("Voltages:", "* 230 V", "* 110 V"))
        .containsExactly(para("Voltages:", 1), item(1, "230 V", 2), item(1, "110 V", 3));
    assertThat(read("It was revised in the year", "2024. It is current.")).containsExactly(
        para("It was revised in the year 2024. It is current.", 1));
  }

  @Test
  void listContinuationAttachesParagraphsAndBlocks() {
    assertThat(
            read(
                "* The node shall dim.",
                "+",
                "It shall also report the level.",
                "* Second item",
                "+",
                "----",
                "code shall not count",
                "----",
                "* Third item",
                "+",
                "|===",
                "|a |b",
                "|===",
                "",
                "After the list."))
        .containsExactly(
            item(1, "The node shall dim. It shall also report the level.", 1),
            item(1, "Second item", 4),
            item(1, "Third item", 9),
            row(List.of(), 12, "a", "b"),
            para("After the list.", 15));
  }

  @Test
  void descriptionListItemsReadTermColonDefinition() {
    assertThat(
            read(
                "Operating temperature:: −40 °C to +55 °C",
                "Ingress protection::",
                "IP66 or better",
                "Interfaces;;",
                "",
                "DALI-2 and 0–10 V",
                "Radio:::",
                "* NB-IoT",
                "",
                "Afterwards."))
        .containsExactly(
            item(1, "Operating temperature: −40 °C to +55 °C", 1),
            item(1, "Ingress protection: IP66 or better", 2),
            item(2, "Interfaces: DALI-2 and 0–10 V", 4),
            item(3, "Radio", 7),
            item(4, "NB-IoT", 8),
            para("Afterwards.", 10));
  }

  // ------------------------------------------------------------------ admonitions, examples

  @Test
  void admonitionsBecomeNoteParagraphs() {
    List<Block> blocks =
        read(
            "NOTE: The 60 s figure is required to cover the controller only.",
            "",
            "TIP: A tip.",
            "",
            "IMPORTANT: Important.",
            "",
            "CAUTION: Caution.",
            "",
            "WARNING: Warning.",
            "",
            "[WARNING]",
            "The device is required to warn.",
            "",
            "[NOTE]",
            ".Why",
            "====",
            "Inside a note block.",
            "",
            "* a note item",
            "====",
            "",
            "NOTE – an ordinary paragraph, written ITU-style.");
    assertThat(blocks)
        .containsExactly(
            para("NOTE: The 60 s figure is required to cover the controller only.", 1),
            para("NOTE: A tip.", 3),
            para("NOTE: Important.", 5),
            para("NOTE: Caution.", 7),
            para("NOTE: Warning.", 9),
            para("NOTE: The device is required to warn.", 12),
            para("NOTE: Why", 15),
            para("NOTE: Inside a note block.", 17),
            item(1, "NOTE: a note item", 19),
            para("NOTE – an ordinary paragraph, written ITU-style.", 22));
    assertThat(blocks).allSatisfy(b -> assertThat(TextShapes.isNoteOrExample(b.text())).as(b.text()).isTrue());
  }

  @Test
  void exampleBlocksBecomeExampleParagraphsAndSidebarsAndQuotesAreRead() {
    assertThat(
            read(
                "====",
                "A controller reports 41.7 W.",
                "====",
                "",
                "****",
                "The node shall log.",
                "****",
                "",
                "[quote, Someone]",
                "____",
                "Quoted text.",
                "____",
                "",
                "--",
                "Open block text.",
                "--"))
        .containsExactly(
            para("EXAMPLE: A controller reports 41.7 W.", 2),
            para("The node shall log.", 6),
            para("Quoted text.", 11),
            para("Open block text.", 15));
  }

  // ------------------------------------------------------------------ skipped

  @Test
  void commentsAndAttributeEntriesAreSkipped() {
    assertThat(
            read(
                "// The node shall not be read.",
                ":name: value",
                ":long: first \\",
                "  second",
                "",
                "////",
                "The node shall not be read either.",
                "== Not a heading",
                "////",
                "",
                "Kept {long}.",
                "// inside a paragraph",
                "Still kept.",
                "",
                ":name!:",
                "Name is {name}."))
        .containsExactly(para("Kept first second. Still kept.", 11), para("Name is {name}.", 16));
  }

  @Test
  void literalListingSourceAndPassthroughBlocksAreSkipped() {
    assertThat(
            read(
                ".A listing",
                "----",
                "The code shall not count.",
                "----",
                "",
                "....",
                "literal shall not count",
                "....",
                "",
                "[source,java]",
                "x.shall(y);",
                "",
                "  indented literal shall not count",
                "",
                "```",
                "fenced shall not count",
                "```",
                "",
                "++++",
                "<p>raw shall not count</p>",
                "++++",
                "",
                "image::figure.png[Figure]",
                "",
                "'''",
                "",
                "<<<",
                "",
                "Kept."))
        .containsExactly(para("Kept.", 29));
  }

  @Test
  void conditionalsAreEvaluatedAndIncludesReported() {
    AsciiDocReader.Result r =
        new AsciiDocReader()
            .read(
                String.join(
                    "\n",
                    ":vendor: x",
                    "ifdef::vendor[]",
                    "Vendor is set.",
                    "endif::[]",
                    "ifndef::vendor[]",
                    "Vendor is not set.",
                    "endif::[]",
                    "ifdef::missing[Single line not shown.]",
                    "ifdef::vendor[Single line shown.]",
                    "ifeval::[{level} > 2]",
                    "Level over two.",
                    "endif::[]",
                    "include::chapter.adoc[]",
                    "",
                    "End."));
    assertThat(r.blocks()).containsExactly(para("Vendor is set. Single line shown.", 3), para("End.", 15));
    assertThat(r.includes()).containsExactly("include::chapter.adoc[]");
  }

  // ------------------------------------------------------------------ inline markup

  @ParameterizedTest
  @CsvSource(
      delimiter = '→',
      quoteCharacter = '§',
      value = {
        "A *bold* and _italic_ and `mono` word → A bold and italic and mono word",
        "Un**bold**ed, un__ital__ic, un``mo``no → Unbolded, unitalic, unmono",
        "A #marked# and [.underline]#styled# phrase → A marked and styled phrase",
        "*3.1.1 luminaire* [ITU-T Y.9991]: The fitting. → 3.1.1 luminaire [ITU-T Y.9991]: The fitting.",
        "_Guide to lamps_, edition 2. → Guide to lamps, edition 2.",
        "See link:https://example.org/a_b_c[the site] now → See the site now",
        "See link:https://example.org[] now → See https://example.org now",
        "See https://example.org/x[Example^] and <https://a.org> and https://b.org → See Example and https://a.org and https://b.org",
        "Write to mailto:a@b.org[us] → Write to us",
        "See <<req,the requirements>> → See the requirements",
        "See xref:req[Requirements] → See Requirements",
        "Escaped \\*not bold* and \\{attr} → Escaped *not bold* and {attr}",
        "A pass:[*raw*] and +*literal*+ and +++<b>x</b>+++ → A *raw* and *literal* and <b>x</b>",
        "Unknown {undefined} stays → Unknown {undefined} stays",
        "A{nbsp}B and {plus}5 and {asterisk}x{asterisk} → A B and +5 and *x*",
        "Footnote.footnote:[dropped] Next → Footnote. Next",
        "Anchor [[here]]text and ((indexed)) and (((hidden))) → Anchor text and indexed and",
        "Press kbd:[Ctrl+C] or btn:[OK] in menu:File[Save] → Press Ctrl+C or OK in File > Save",
        "An image:icon.png[Warning sign] here → An Warning sign here",
        "Refs &#8805; 95 &amp; &mdash; → Refs ≥ 95 & —",
        "snake_case_name, 3 * 4 * 5, C# and F#, +55 °C, r.m.s., 2*3 → snake_case_name, 3 * 4 * 5, C# and F#, +55 °C, r.m.s., 2*3",
        "from +5 V to +12 V, and +3.3 V → from +5 V to +12 V, and +3.3 V",
        "\"`smart`\" and '`single`' → “smart” and ‘single’",
        "[[[b-Guide]]] Fictional Lighting Forum → [b-Guide] Fictional Lighting Forum",
      })
  void inlineMarkupIsReducedToText(String in, String out) {
    assertThat(read("Blank line before.", "", in)).last().extracting(Block::text).isEqualTo(out);
  }

  @Test
  void attributesAndCrossReferencesResolve() {
    assertThat(
            read(
                ":product: PX-9",
                ":full: The {product} node",
                "",
                "{full} is described in <<_7_2_monitoring>>, <<custom>> and <<nowhere>>.",
                "",
                "== 7.2 Monitoring",
                "",
                "[[custom]]",
                "== Custom id"))
        .first()
        .extracting(Block::text)
        .isEqualTo("The PX-9 node is described in 7.2 Monitoring, Custom id and nowhere.");
  }

  // ------------------------------------------------------------------ robustness

  @Test
  void unclosedBlocksAndOddInputDoNotBreakReading() {
    assertThat(read("|===", "|a |b")).containsExactly(row(List.of(), 2, "a", "b"));
    assertThat(read("====", "Open example")).containsExactly(para("EXAMPLE: Open example", 2));
    assertThat(read("----", "never closed")).isEmpty();
    assertThat(read("// only a comment", ":and: attributes")).isEmpty();
    assertThat(read("[NOTE]")).isEmpty();
    assertThat(read(".Lonely title")).isEmpty();
    assertThat(read("*", "**", "+", "|", "::")).isNotNull();
  }

  @Test
  void markupHeavyTextIsReadInLinearTime() {
    String text = "== T\n\n" + "*a _b `c #d +e ".repeat(60_000) + "\n";
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new AsciiDocReader().read(text));
  }

  // ------------------------------------------------------------------ detection

  @Test
  void theFixtureIsReadAsAsciiDoc() throws Exception {
    Path p = TestPaths.fixture("street-light/standard-neutral.adoc");
    IngestedDocument d = new DocumentReader(IngestOptions.defaults()).read(p, p.toString());
    assertThat(d.info().mediaType()).isEqualTo("text/asciidoc");
    assertThat(d.info().title()).startsWith("Draft Recommendation ITU-T Y.SLC — Requirements");
    assertThat(d.notices()).isEmpty();
    assertThat(d.blocks()).allSatisfy(b -> assertThat(b.line()).isNotNull());
    assertThat(d.blocks()).contains(heading(4, "7.3.1 Schedule capacity and astronomical clock", 165));
    assertThat(d.blocks())
        .contains(row(List.of("Parameter", "Required value"), 225, "Operating temperature", "−40 °C to +55 °C"));
    assertThat(d.blocks()).contains(item(1, "r.m.s. supply voltage, with a resolution of 0.1 V;", 132));
  }

  /** Every same-content Markdown or text fixture keeps its format. */
  static Stream<Path> textFixtures() throws IOException {
    Path root = TestPaths.fixtures();
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
          .filter(p -> !p.toString().contains("bad"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("textFixtures")
  void markdownAndTextFixturesAreNotAsciiDoc(Path p) throws Exception {
    String text = Files.readString(p);
    assertThat(AsciiDocReader.looksLikeAsciiDoc(text, p.getFileName().toString())).isFalse();
    IngestedDocument d = new DocumentReader(IngestOptions.defaults()).read(p, p.toString());
    assertThat(d.info().mediaType()).isEqualTo(p.toString().endsWith(".md") ? "text/markdown" : "text/plain");
  }

  @ParameterizedTest
  @CsvSource({
    // content, file name, expected media type
    "'= Title\\n\\n== 1 Scope\\n\\nThe node shall dim.\\n', notes.txt, text/asciidoc",
    "'Intro.\\n\\n|===\\n|a |b\\n|===\\n', data.txt, text/asciidoc",
    "'= Title\\n\\nText only.\\n', spec.adoc, text/asciidoc",
    "'Text.\\n\\nNOTE: the node dims.\\n', spec.adoc, text/asciidoc",
    "'Text.\\n\\nNOTE: the node dims.\\n', spec.txt, text/plain",
    "'Plain text only.\\n\\nThe node shall dim.\\n', spec.adoc, text/plain",
    "'# Title\\n\\n## 7 Requirements\\n\\n- Supports DALI-2.\\n', spec.adoc, text/markdown",
    "'# Title\\n\\n:toc:\\n\\n## Requirements\\n\\n**Bold** and [a link](https://x.org).\\n', readme.md, text/markdown",
    "'Title\\n=====\\n\\nText.\\n', readme.txt, text/plain",
  })
  void formatIsDecidedByContentWithTheNameAsAHint(String content, String name, String mediaType, @TempDir Path dir)
      throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content.replace("\\n", "\n"));
    assertThat(new DocumentReader(IngestOptions.defaults()).read(p, name).info().mediaType()).isEqualTo(mediaType);
  }

  @Test
  void includesBecomeAWarning(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("book.adoc");
    Files.writeString(p, "= Book\n\ninclude::chapter-1.adoc[]\ninclude::chapter-2.adoc[]\n\n== Preface\n\nText.\n");
    IngestedDocument d = new DocumentReader(IngestOptions.defaults()).read(p, "book.adoc");
    assertThat(d.notices()).singleElement().satisfies(n -> {
      assertThat(n.code()).isEqualTo("include-skipped");
      assertThat(n.message()).contains("2 include directive(s)").contains("include::chapter-1.adoc[]");
      assertThat(n.hint()).isNotBlank();
    });
  }
}
