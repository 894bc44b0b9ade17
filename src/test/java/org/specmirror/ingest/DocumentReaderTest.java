package org.specmirror.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.specmirror.TestPaths;
import org.specmirror.model.Block;
import org.specmirror.model.IngestedDocument;

class DocumentReaderTest {

  private final DocumentReader reader = new DocumentReader(IngestOptions.defaults());

  private IngestedDocument read(Path p) throws IngestException {
    return reader.read(p, p.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "sample-datasheet.pdf,application/pdf",
    "sample-datasheet.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "sample-datasheet.doc,application/msword",
    "sample-datasheet.odt,application/vnd.oasis.opendocument.text",
    "sample-datasheet.rtf,application/rtf",
    "sample-datasheet.html,text/html",
    "sample-datasheet.md,text/markdown",
    "sample-datasheet.txt,text/plain",
  })
  void everyFormatIsReadWithItsTextAndRecorded(String name, String mediaType) throws Exception {
    Path p = TestPaths.fixture("formats/" + name);
    IngestedDocument d = read(p);
    assertThat(d.info().mediaType()).isIn(mediaType, mediaType.equals("text/html") ? "application/xhtml+xml" : mediaType);
    assertThat(d.info().sha256()).hasSize(64).isEqualTo(DocumentReader.sha256(Files.readAllBytes(p)));
    assertThat(d.info().bytes()).isEqualTo(Files.size(p));
    assertThat(d.info().title()).isNotBlank();
    String all = String.join("\n", d.blocks().stream().map(Block::text).toList());
    assertThat(all).contains("DALI-2");
    assertThat(d.notices()).isEmpty();
    if (mediaType.equals("application/pdf")) {
      assertThat(d.info().pages()).isPositive();
      assertThat(d.blocks()).allSatisfy(b -> assertThat(b.page()).isNotNull());
    }
    if (mediaType.startsWith("text/")) {
      assertThat(d.blocks()).allSatisfy(b -> assertThat(b.line()).as(b.text()).isNotNull());
    }
  }

  @Test
  void structureIsKeptAcrossFormats() throws Exception {
    for (String ext : List.of("md", "docx", "html")) {
      IngestedDocument d = read(TestPaths.fixture("street-light/standard." + ext));
      assertThat(d.blocks()).as(ext).anySatisfy(b -> {
        assertThat(b.kind()).isEqualTo(Block.Kind.HEADING);
        assertThat(b.text()).isEqualTo("7.2 Monitoring and metering");
      });
      assertThat(d.blocks()).as(ext).anyMatch(b -> b.kind() == Block.Kind.LIST_ITEM);
      assertThat(d.blocks()).as(ext).anyMatch(b -> b.kind() == Block.Kind.TABLE_ROW && b.cells().size() == 2);
    }
  }

  @Test
  void pdfLosesItsRunningHeadersAndKeepsPages() throws Exception {
    IngestedDocument d = read(TestPaths.fixture("street-light/standard.pdf"));
    assertThat(d.info().pages()).isGreaterThanOrEqualTo(6);
    assertThat(d.blocks()).noneMatch(b -> b.text().contains("fictional test fixture)"));
    assertThat(d.blocks()).noneMatch(b -> b.text().matches(".*Page \\d+.*"));
    assertThat(d.blocks()).anyMatch(b -> b.kind() == Block.Kind.HEADING && b.text().equals("7.2 Monitoring and metering"));
    assertThat(d.blocks()).noneMatch(b -> b.text().contains(" - ") && b.text().contains("ana -"));
  }

  @Test
  void scriptsAndStylesOfHtmlAreIgnored() throws Exception {
    IngestedDocument d = read(TestPaths.fixture("formats/scripts.html"));
    String all = String.join("\n", d.blocks().stream().map(Block::text).toList());
    assertThat(all).contains("DALI-2").doesNotContain("function").doesNotContain("{").doesNotContain("console");
  }

  @ParameterizedTest
  @CsvSource({
    "empty.pdf,empty",
    "encrypted.pdf,encrypted",
    "random.pdf,unrecognised-format",
    "bomb.docx,zip-bomb",
    "scanned.pdf,no-text-layer",
    "latin1.txt,encoding",
  })
  void badInputGivesOneClearReason(String name, String code) {
    Path p = TestPaths.fixture("bad/" + name);
    assertThatThrownBy(() -> read(p))
        .isInstanceOf(IngestException.class)
        .satisfies(e -> {
          IngestException ie = (IngestException) e;
          assertThat(ie.code()).isEqualTo(code);
          assertThat(ie.getMessage()).isNotBlank();
          assertThat(ie.hint()).isNotBlank();
        });
  }

  @Test
  void truncatedPdfIsReadAsFarAsItGoesWithAWarning() throws Exception {
    IngestedDocument d = read(TestPaths.fixture("bad/truncated.pdf"));
    assertThat(d.notices()).extracting(n -> n.code()).containsExactly("truncated");
    assertThat(d.blocks()).isNotEmpty();
  }

  @Test
  void latin1IsReadWhenTheEncodingIsGiven() throws Exception {
    DocumentReader latin =
        new DocumentReader(new IngestOptions(1_000_000, Duration.ofSeconds(30), 2, 1 << 20, StandardCharsets.ISO_8859_1));
    IngestedDocument d = latin.read(TestPaths.fixture("bad/latin1.txt"), "latin1.txt");
    assertThat(String.join(" ", d.blocks().stream().map(Block::text).toList())).contains("é");
  }

  @Test
  void randomBytesWithAnyNameAreRejected(@TempDir Path dir) throws IOException {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    for (String name : List.of("x.docx", "x.html", "x.md")) {
      Path p = dir.resolve(name);
      Files.write(p, bytes);
      assertThatThrownBy(() -> read(p)).isInstanceOf(IngestException.class);
    }
  }

  @Test
  void characterLimitIsReportedNotSilent(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("long.txt");
    Files.writeString(p, "The node shall dim. ".repeat(1000));
    DocumentReader small = new DocumentReader(new IngestOptions(500, Duration.ofSeconds(30), 2, 1 << 20, null));
    IngestedDocument d = small.read(p, "long.txt");
    assertThat(d.notices()).extracting(n -> n.code()).containsExactly("limit-chars");
    Path pdf = TestPaths.fixture("street-light/standard.pdf");
    IngestedDocument dp = small.read(pdf, "standard.pdf");
    assertThat(dp.notices()).extracting(n -> n.code()).contains("limit-chars");
  }

  @Test
  void timeLimitIsReported() {
    DocumentReader hasty = new DocumentReader(new IngestOptions(1_000_000, Duration.ofMillis(1), 2, 1 << 24, null));
    assertThatThrownBy(() -> hasty.read(TestPaths.fixture("street-light/standard.pdf"), "standard.pdf"))
        .extracting(e -> ((IngestException) e).code())
        .isEqualTo("timeout");
  }

  @Test
  void embeddedDocumentsAreFollowedToTheDepthLimit(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("bundle.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("datasheet.txt"));
      out.write("Key features\n\nSupports DALI-2 dimming.\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    IngestedDocument d = read(zip);
    assertThat(String.join(" ", d.blocks().stream().map(Block::text).toList())).contains("DALI-2");
    DocumentReader shallow = new DocumentReader(new IngestOptions(1_000_000, Duration.ofSeconds(30), 0, 1 << 24, null));
    assertThatThrownBy(() -> shallow.read(zip, "bundle.zip"))
        .extracting(e -> ((IngestException) e).code())
        .isEqualTo("limit-embedded-depth");
  }

  @Test
  void fileSizeLimitIsReported(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("a.txt");
    Files.writeString(p, "x".repeat(2000));
    DocumentReader small = new DocumentReader(new IngestOptions(500, Duration.ofSeconds(30), 2, 1000, null));
    assertThatThrownBy(() -> small.read(p, "a.txt")).extracting(e -> ((IngestException) e).code()).isEqualTo("too-large");
  }

  @ParameterizedTest
  @ValueSource(strings = {"missing.pdf"})
  void missingFileIsReported(String name, @TempDir Path dir) {
    assertThatThrownBy(() -> read(dir.resolve(name))).extracting(e -> ((IngestException) e).code()).isEqualTo("not-found");
  }

  @Test
  void markdownIsDetectedByContentNotName(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("notes.txt");
    Files.writeString(p, "# Title\n\n## 7 Requirements\n\n- Supports DALI-2.\n- Provides metering.\n");
    IngestedDocument d = read(p);
    assertThat(d.info().mediaType()).isEqualTo("text/markdown");
    assertThat(d.blocks()).extracting(Block::kind).contains(Block.Kind.HEADING, Block.Kind.LIST_ITEM);
  }

  @Test
  void pageFurnitureIsNotContent(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("page.html");
    Files.writeString(html, "<html><body><nav>Home | Products</nav><h1>PX-9</h1><ul><li>Supports DALI-2.</li></ul>"
        + "<footer>Optional: call us for a quote.</footer></body></html>");
    assertThat(read(html).blocks()).extracting(Block::text).containsExactly("PX-9", "Supports DALI-2.");

    Path docx = dir.resolve("sheet.docx");
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(docx)) {
      doc.createParagraph().createRun().setText("Supports DALI-2 dimming.");
      doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Optional extras: page 1");
      doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Datasheet PX-9");
      doc.write(out);
    }
    assertThat(read(docx).blocks()).extracting(Block::text).containsExactly("Supports DALI-2 dimming.");
  }

  @Test
  void plainTextTablesAndNumberedHeadingsInMarkdown(@TempDir Path dir) throws Exception {
    Path txt = dir.resolve("spec.txt");
    Files.writeString(txt, "Parameter              Value\nOperating temperature  -40 °C to +60 °C\nIngress protection     IP66\n");
    List<Block> rows = read(txt).blocks();
    assertThat(rows).extracting(Block::kind).containsOnly(Block.Kind.TABLE_ROW);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).header()).containsExactly("Parameter", "Value");

    Path md = dir.resolve("std.txt");
    Files.writeString(md, "Example Standard\n================\n\n7.2 Monitoring\n\n- The node shall log.\n");
    IngestedDocument d = read(md);
    assertThat(d.info().mediaType()).isEqualTo("text/markdown");
    assertThat(d.blocks()).anySatisfy(b -> {
      assertThat(b.kind()).isEqualTo(Block.Kind.HEADING);
      assertThat(b.text()).isEqualTo("7.2 Monitoring");
      assertThat(b.level()).isEqualTo(2);
    });
  }
}
