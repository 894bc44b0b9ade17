package org.specmirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.specmirror.app.ExtractReport;
import org.specmirror.app.Judges;
import org.specmirror.app.Specmirror;
import org.specmirror.cli.VersionProvider;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.report.ExtractJson;

/**
 * The extraction of every bundled fixture, compared with the reviewed expected output in
 * fixtures/expected/. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenTest -Dspecmirror.updateGolden=true} and review the diff.
 */
class GoldenTest {

  static Stream<String> fixtures() throws IOException {
    Path root = TestPaths.fixtures();
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(r -> r.startsWith("street-light/standard.") || r.equals("street-light/standard-neutral.adoc")
              || r.startsWith("street-light/vendors/") || r.startsWith("formats/"))
          .filter(r -> !r.contains("/src/"))
          .filter(r -> !r.endsWith("/vendors.yml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void extractionMatchesTheReviewedOutput(String relative) throws IOException {
    Path file = TestPaths.fixture(relative);
    ExtractReport report =
        Specmirror.extract(
            List.of(new Specmirror.Input(file, "fixtures/" + relative)),
            IngestOptions.defaults(),
            new ExtractOptions(null, false, Judges.defaultJudge()),
            1,
            null);
    StringWriter w = new StringWriter();
    new ExtractJson(VersionProvider.version()).render(report, w);
    String actual = w.toString();
    Path expected = TestPaths.fixture("expected/" + relative + ".json");
    if (Boolean.getBoolean("specmirror.updateGolden")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("expected output; generate with -Dspecmirror.updateGolden=true").exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
