package org.specmirror.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specmirror.bench.Corpus.Format;
import org.specmirror.bench.Corpus.Para;

/** Structure of the generated panel (no timing: that is the benchmark's job). */
class PanelBenchmarkTest {

  private static final Pattern REQUIREMENT_ID = Pattern.compile("^\\[R-\\d+\\.\\d+-\\d{2}\\] The .+ (shall|is required to|should|is recommended to|may) .+");

  @Test
  void writesOneStandardAndTheVendorsInMixedFormats(@TempDir Path dir) throws IOException {
    PanelBenchmark.Panel panel = PanelBenchmark.generate(4, 3, 1, Format.PDF, 7);
    PanelBenchmark.Written w = PanelBenchmark.write(panel, dir);

    assertThat(w.standard()).isRegularFile().hasFileName("standard.pdf");
    assertThat(Files.readAllBytes(w.standard())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    assertThat(list(w.vendorDir())).hasSize(4);
    assertThat(w.all()).hasSize(5);
    // four vendors in rotation: each of PDF, DOCX, HTML and Markdown once
    assertThat(extensions(w.vendorDir())).containsExactlyInAnyOrder("pdf", "docx", "html", "md");
    // the extra vendor of the warm run is kept apart from the panel
    assertThat(w.extra()).isRegularFile();
    assertThat(w.extra().getParent()).isNotEqualTo(w.vendorDir());
    assertThat(list(w.vendorDir())).doesNotContain(w.vendorDir().resolve(w.extra().getFileName()));
  }

  @Test
  void theStandardHasRequirementIdsModalitiesListsAndTables() {
    PanelBenchmark.Panel panel = PanelBenchmark.generate(3, 10, 1, Format.MARKDOWN, 7);
    List<String> paragraphs =
        panel.standard().body().stream().filter(Para.class::isInstance).map(e -> ((Para) e).text()).toList();
    List<String> tagged = paragraphs.stream().filter(p -> REQUIREMENT_ID.matcher(p).matches()).toList();
    assertThat(tagged).hasSizeGreaterThan(30);
    assertThat(tagged.stream().map(p -> p.substring(1, p.indexOf(']'))).distinct().count()).isEqualTo(tagged.size()); // ids unique
    assertThat(tagged).anyMatch(p -> p.contains(" shall ")).anyMatch(p -> p.contains(" is required to "))
        .anyMatch(p -> p.contains(" should ")).anyMatch(p -> p.contains(" may "));
    assertThat(panel.requirements()).isGreaterThanOrEqualTo(tagged.size());
    String md = CorpusWriter.markdown(panel.standard());
    assertThat(md).contains("| Parameter | Limit |").contains("shall record the following events:\n\n- a ");
  }

  @Test
  void theStandardHasAboutTheRequestedNumberOfPages() {
    for (int pages : new int[] {3, 20}) {
      int got = PanelBenchmark.generate(2, pages, 1, Format.PDF, 5).standard().pages();
      assertThat(got).as("pages of a %d-page standard", pages).isBetween(pages, pages + 1); // the last clause may spill over
    }
  }

  @Test
  void oneVendorMirrorsTheStandardAndTheOthersLess() {
    PanelBenchmark.Panel panel = PanelBenchmark.generate(6, 20, 2, Format.PDF, 3);
    assertThat(panel.vendors()).hasSize(6);
    assertThat(panel.vendors().stream().filter(PanelBenchmark.VendorDoc::mirror)).hasSize(1);
    PanelBenchmark.VendorDoc mirror = panel.mirror();
    double mirrorShare = mirror.fromStandard() / (double) mirror.features();
    assertThat(mirrorShare).isGreaterThan(0.8); // the standard has enough requirements for the mirror to restate
    for (PanelBenchmark.VendorDoc v : panel.vendors()) {
      assertThat(v.doc().pages()).isBetween(2, 3);
      if (!v.mirror()) {
        assertThat(v.fromStandard() / (double) v.features()).isLessThan(mirrorShare);
      }
    }
    assertThat(panel.extra().mirror()).isFalse();
  }

  @Test
  void theSameSeedGivesTheSameFiles(@TempDir Path dir) throws IOException {
    PanelBenchmark.Written a = PanelBenchmark.write(PanelBenchmark.generate(4, 3, 1, Format.PDF, 11), dir.resolve("a"));
    PanelBenchmark.Written b = PanelBenchmark.write(PanelBenchmark.generate(4, 3, 1, Format.PDF, 11), dir.resolve("b"));
    assertThat(Files.readAllBytes(b.standard())).isEqualTo(Files.readAllBytes(a.standard()));
    for (Path p : list(a.vendorDir())) {
      assertThat(Files.readAllBytes(b.vendorDir().resolve(p.getFileName()))).as(p.getFileName().toString()).isEqualTo(Files.readAllBytes(p));
    }
    PanelBenchmark.Panel other = PanelBenchmark.generate(4, 3, 1, Format.PDF, 12);
    assertThat(CorpusWriter.markdown(other.standard())).isNotEqualTo(CorpusWriter.markdown(PanelBenchmark.generate(4, 3, 1, Format.PDF, 11).standard()));
  }

  @Test
  void parsesTheOptions() {
    PanelBenchmark.Options o = PanelBenchmark.parse(new String[0]);
    assertThat(o.vendors()).isEqualTo(50);
    assertThat(o.standardPages()).isEqualTo(100);
    assertThat(o.vendorPages()).isEqualTo(5);
    assertThat(o.threads()).isEqualTo(2);
    assertThat(o.standardFormat()).isEqualTo(Format.PDF);
    o = PanelBenchmark.parse(new String[] {"--vendors", "3", "--standard-format", "docx", "--java-opts", "-Xmx1g -XX:+UseSerialGC", "--keep", "k"});
    assertThat(o.vendors()).isEqualTo(3);
    assertThat(o.standardFormat()).isEqualTo(Format.DOCX);
    assertThat(o.javaOpts()).containsExactly("-Xmx1g", "-XX:+UseSerialGC");
    assertThat(o.keep()).isEqualTo(Path.of("k"));
    assertThatThrownBy(() -> PanelBenchmark.parse(new String[] {"--vendors", "0"})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PanelBenchmark.parse(new String[] {"--standard-format", "odt"})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PanelBenchmark.parse(new String[] {"--bogus"})).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static Set<String> extensions(Path dir) throws IOException {
    return list(dir).stream().map(p -> p.getFileName().toString().replaceAll(".*\\.", "")).collect(Collectors.toSet());
  }
}
