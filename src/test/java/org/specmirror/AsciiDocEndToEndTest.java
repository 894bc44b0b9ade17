package org.specmirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.specmirror.app.ExtractReport;
import org.specmirror.app.Judges;
import org.specmirror.app.Specmirror;
import org.specmirror.cli.VersionProvider;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Modality;
import org.specmirror.model.Requirement;
import org.specmirror.report.ExtractJson;

/**
 * AsciiDoc end to end: the AsciiDoc rendering of the neutral draft gives the same statements as its
 * Markdown source, and the same output every time.
 */
class AsciiDocEndToEndTest {

  private static final String ADOC = "street-light/standard-neutral.adoc";
  private static final String MD = "street-light/src/standard-neutral.md";

  private static ExtractedDocument extract(Path file, boolean all) {
    ExtractReport r =
        Specmirror.extract(
            List.of(new Specmirror.Input(file, file.getFileName().toString())),
            IngestOptions.defaults(),
            new ExtractOptions(null, all, Judges.defaultJudge()),
            1,
            null);
    assertThat(r.failures()).isEmpty();
    return r.documents().get(0);
  }

  /** Everything about a statement except where it is: the two files differ in line numbers only. */
  private static List<String> statements(ExtractedDocument d) {
    return d.requirements().stream()
        .map(
            q ->
                String.join(
                    " | ",
                    q.id(),
                    q.modality().name(),
                    q.clause(),
                    q.text(),
                    q.leadIn(),
                    q.source(),
                    q.keyword(),
                    String.valueOf(q.parameters()),
                    q.explanation()))
        .toList();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theAsciiDocAndTheMarkdownGiveTheSameStatements(boolean all) {
    ExtractedDocument adoc = extract(TestPaths.fixture(ADOC), all);
    ExtractedDocument md = extract(TestPaths.fixture(MD), all);
    assertThat(adoc.info().mediaType()).isEqualTo("text/asciidoc");
    assertThat(md.info().mediaType()).isEqualTo("text/markdown");
    assertThat(adoc.info().title()).isEqualTo(md.info().title());
    assertThat(adoc.kind()).isEqualTo(md.kind());
    assertThat(adoc.kindReason()).isEqualTo(md.kindReason());
    assertThat(adoc.conventions()).isEqualTo(md.conventions()).isNotEmpty();
    assertThat(adoc.requirements()).hasSameSizeAs(md.requirements());
    assertThat(statements(adoc)).containsExactlyElementsOf(statements(md));
    if (!all) {
      assertThat(adoc.requirements())
          .extracting(Requirement::id)
          .contains("LC-01", "LC-07.a", "LC-40.i", "LC-44", "LC-A1", "LC-A1.k", "LC-A3");
      assertThat(adoc.requirements()).allMatch(q -> q.modality().isNormative());
    }
  }

  @Test
  void asciiDocLocationsAreSourceLines() throws Exception {
    Path file = TestPaths.fixture(ADOC);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    ExtractedDocument d = extract(file, false);
    for (Requirement q : d.requirements()) {
      assertThat(q.location().line()).as(q.id()).isNotNull();
      assertThat(q.location().page()).as(q.id()).isNull();
      String source = lines.get(q.location().line() - 1);
      String firstWord = q.text().split("[\\s:;]+")[0];
      assertThat(source).as(q.id() + " at line " + q.location().line()).contains(firstWord);
    }
    Requirement lc40 = d.requirements().stream().filter(q -> q.id().equals("LC-40.a")).findFirst().orElseThrow();
    assertThat(lines.get(lc40.location().line() - 1)).isEqualTo("|Operating temperature |−40 °C to +55 °C");
  }

  @Test
  void theSameAsciiDocGivesTheSameBytesTwice() throws Exception {
    Path file = TestPaths.fixture(ADOC);
    String first = json(file);
    String second = json(file);
    assertThat(first).isEqualTo(second).contains("\"media_type\": \"text/asciidoc\"");
  }

  private static String json(Path file) throws Exception {
    ExtractReport r =
        Specmirror.extract(
            List.of(new Specmirror.Input(file, "fixtures/" + ADOC)),
            IngestOptions.defaults(),
            new ExtractOptions(null, false, Judges.defaultJudge()),
            1,
            null);
    StringWriter w = new StringWriter();
    new ExtractJson(VersionProvider.version()).render(r, w);
    return w.toString();
  }

  @Test
  void admonitionsAreInformativeAndRequirementsAreNot(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("spec.adoc");
    Files.writeString(
        p,
        String.join(
            "\n",
            "= Node specification",
            "",
            "== 7 Requirements",
            "",
            "[R-1] The node shall dim the luminaire.",
            "",
            "NOTE: The node shall blink when asked.",
            "",
            "TIP: The node shall beep.",
            "",
            "[WARNING]",
            "====",
            "The node shall not be opened live.",
            "====",
            "",
            "* The node shall report its energy.",
            ""));
    ExtractedDocument d = extract(p, true);
    assertThat(d.info().mediaType()).isEqualTo("text/asciidoc");
    assertThat(d.requirements())
        .filteredOn(q -> q.modality().isNormative())
        .extracting(Requirement::text)
        .containsExactly("The node shall dim the luminaire.", "The node shall report its energy.");
    assertThat(d.requirements())
        .filteredOn(q -> q.text().contains("blink") || q.text().contains("beep") || q.text().contains("opened"))
        .hasSize(3)
        .allSatisfy(q -> assertThat(q.modality()).isEqualTo(Modality.INFORMATIVE));
  }
}
