package org.specmirror.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specmirror.TestPaths;

public class CliTest {

  /** Captured result of one run. */
  public record Result(int code, String out, String err) {}

  /** Runs the command line in process, capturing stdout and stderr (other packages' CLI tests use it too). */
  public static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsCommandsAndExitCodes() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("extract", "eval", "Exit codes", "3  some inputs could not be read");
  }

  @Test
  void versionPrintsTheVersion() {
    Result r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("specmirror ");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result r = run("extract", "--no-such-option", "x.pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option").contains("--help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingArgumentIsAUsageError() {
    assertThat(run("extract").code()).isEqualTo(2);
  }

  @Test
  void badValueIsAUsageError() {
    assertThat(run("extract", "--format", "yaml", "x.pdf").code()).isEqualTo(2);
    assertThat(run("extract", "--max-chars", "0", "x.pdf").code()).isEqualTo(2);
  }

  @Test
  void jsonOnStdoutIsCleanAndDeterministic() throws Exception {
    String std = TestPaths.fixture("street-light/standard.pdf").toString();
    String vendor = TestPaths.fixture("street-light/vendors/brisvane-controls.pdf").toString();
    Result a = run("extract", std, vendor, "--format", "json");
    Result b = run("extract", std, vendor, "--format", "json", "--threads", "1");
    assertThat(a.code()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
    JsonNode root = new ObjectMapper().readTree(a.out());
    assertThat(root.get("schema").asText()).isEqualTo("specmirror/extract/v1");
    assertThat(root.get("documents")).hasSize(2);
    assertThat(root.get("documents").get(0).get("kind").asText()).isEqualTo("standard");
    assertThat(root.get("documents").get(1).get("kind").asText()).isEqualTo("datasheet");
    assertThat(a.err()).isEmpty();
  }

  /** Library logging (on with --verbose) goes to stderr: stdout stays parseable JSON. */
  @Test
  void verboseLoggingNeverReachesStdout() throws Exception {
    Result r =
        run("extract", TestPaths.fixture("formats/sample-datasheet.doc").toString(),
            TestPaths.fixture("bad/truncated.pdf").toString(), "--format", "json", "--verbose");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("documents")).hasSize(2);
    assertThat(r.out().strip()).startsWith("{").endsWith("}");
  }

  @Test
  void badInputsAreReportedAndTheRestIsProcessed(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out.json");
    Result r =
        run(
            "extract",
            TestPaths.fixture("bad/empty.pdf").toString(),
            TestPaths.fixture("formats/sample-datasheet.md").toString(),
            TestPaths.fixture("bad/encrypted.pdf").toString(),
            "--format", "json", "--out", out.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("empty.pdf: error:").contains("encrypted.pdf: error: the document is password-protected");
    JsonNode root = new ObjectMapper().readTree(Files.readString(out));
    assertThat(root.get("documents")).hasSize(1);
    assertThat(root.get("failures")).hasSize(2);
    assertThat(root.get("failures").get(0).get("code").asText()).isEqualTo("empty");
    try (var files = Files.list(tmp)) {
      assertThat(files).containsExactly(out); // no temporary file left behind
    }
  }

  /** The extract example of the README: the draft and every vendor document, table output. */
  @Test
  void readmeQuickStartRuns() throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("extract", TestPaths.fixture("street-light/standard.pdf").toString()));
    try (var files = Files.list(TestPaths.fixture("street-light/vendors"))) {
      files.filter(f -> !f.getFileName().toString().equals("vendors.yml")).sorted().forEach(f -> args.add(f.toString()));
    }
    args.add("--format");
    args.add("table");
    Result r = run(args.toArray(String[]::new));
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("61 statements: 44 MUST", "NoxPilot NX-700", "OFFERS", "OPTIONAL");
  }

  @Test
  void everyBadFixtureGetsOneLineAndTheGoodOneIsStillRead() throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("extract", "--format", "json"));
    for (String bad : java.util.List.of("empty.pdf", "truncated.pdf", "encrypted.pdf", "random.pdf", "bomb.docx", "scanned.pdf", "latin1.txt")) {
      args.add(TestPaths.fixture("bad/" + bad).toString());
    }
    args.add(TestPaths.fixture("formats/scripts.html").toString());
    Result r = run(args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines()).hasSize(7).allSatisfy(l -> assertThat(l).matches(".*(bad/[a-z0-9]+\\.[a-z]+): (error|warning): .+ — .+"));
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("failures")).hasSize(6);
    assertThat(root.get("documents")).hasSize(2); // the truncated PDF (with its warning) and the HTML page
    assertThat(root.get("documents").get(1).get("requirements")).hasSize(2);
  }

  @Test
  void csvHasAHeaderAndOneRowPerStatement() {
    Result r = run("extract", TestPaths.fixture("formats/sample-datasheet.md").toString(), "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("document,kind,id,clause");
    assertThat(r.out().lines().count()).isGreaterThan(3);
  }

  @Test
  void tableShowsClausesAndExplanations() {
    Result r = run("extract", TestPaths.fixture("street-light/standard.md").toString(), "--format", "table", "--explain");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("7.2 Monitoring and metering", "LC-07", "MUST", "why: ");
    assertThat(r.out()).doesNotContain("\u001B["); // no colour when not a terminal
  }
}
