package org.specmirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.specmirror.app.ExtractReport;
import org.specmirror.app.Judges;
import org.specmirror.app.Specmirror;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.model.Modality;
import org.specmirror.model.Requirement;

/**
 * The requirement ids and modalities of the fictional draft, as its author recorded them in
 * fixtures/README.md ("Normative requirements: 47 ids"), must be what extraction finds in every
 * rendering: nothing missed, nothing extra, nothing from notes, appendices or definitions.
 */
class FixtureGroundTruthTest {

  private static final Map<String, Modality> PHRASES =
      Map.of(
          "mandatory", Modality.MUST,
          "recommended", Modality.SHOULD,
          "optional", Modality.MAY,
          "prohibited", Modality.MUST_NOT,
          "not recommended", Modality.SHOULD_NOT);

  static Map<String, Modality> expected() throws Exception {
    Map<String, Modality> out = new TreeMap<>();
    Pattern row = Pattern.compile("^\\| (mandatory|recommended|optional|prohibited|not recommended) \\(.*?\\) \\| (\\d+) \\| (.*) \\|$");
    for (String line : Files.readAllLines(TestPaths.fixture("README.md"))) {
      Matcher m = row.matcher(line);
      if (!m.matches()) {
        continue;
      }
      Modality mod = PHRASES.get(m.group(1));
      for (String tok : m.group(3).split("[ ,]+")) {
        if (tok.startsWith("LC-")) {
          tok = tok.substring(3);
        }
        String id = "LC-" + tok;
        out.put(id, mod);
      }
      assertThat(out.values().stream().filter(v -> v == mod).count()).isEqualTo(Long.parseLong(m.group(2)));
    }
    assertThat(out).hasSize(47);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"standard.md", "standard.pdf", "standard.docx", "standard.html"})
  void everyRenderingYieldsTheRecordedRequirements(String name) throws Exception {
    Path file = TestPaths.fixture("street-light/" + name);
    ExtractReport report =
        Specmirror.extract(
            List.of(Specmirror.Input.of(file)), IngestOptions.defaults(), new ExtractOptions(null, false, Judges.defaultJudge()), 1, null);
    Map<String, Modality> found = new TreeMap<>();
    for (Requirement r : report.documents().get(0).requirements()) {
      assertThat(r.id()).as("every normative statement of the draft has an LC id: %s", r.text()).startsWith("LC-");
      String base = r.id().replaceAll("[.#].*$", "");
      Modality previous = found.put(base, r.modality());
      if (previous != null) {
        assertThat(r.modality()).as(r.id()).isEqualTo(previous);
      }
    }
    assertThat(found).isEqualTo(expected());
  }
}
