package org.specmirror.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specmirror.TestPaths;

/** {@code specmirror compare} through the command line: formats, evidence, exit codes, bad input. */
class CompareCliTest {

  private static final String STANDARD = TestPaths.fixture("street-light/standard.pdf").toString();
  private static final String MIRRORED = TestPaths.fixture("street-light/vendors/corvantis-lumen.pdf").toString();

  @TempDir Path tmp;

  private CliTest.Result compare(String... extra) {
    String[] args = new String[extra.length + 5];
    args[0] = "compare";
    args[1] = STANDARD;
    args[2] = MIRRORED;
    args[3] = "--cache";
    args[4] = tmp.resolve("cache").toString();
    System.arraycopy(extra, 0, args, 5, extra.length);
    return CliTest.run(args);
  }

  @Test
  void jsonCarriesVerdictFiguresAndTheEvidenceBehindThem() throws Exception {
    CliTest.Result r = compare("--format", "json");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("schema").asText()).isEqualTo("specmirror/compare/v1");
    assertThat(j.get("verdict").asText()).contains("normative requirements are met by the vendor document");
    assertThat(j.at("/options/semantic").asBoolean()).isTrue();
    JsonNode reqs = j.get("requirements");
    assertThat(reqs.size()).isEqualTo(j.at("/standard/requirements").asInt()).isGreaterThan(40);
    // every figure lists the pairs behind it, and those are the met requirements
    Set<String> met = new HashSet<>();
    for (JsonNode q : reqs) {
      assertThat(q.get("score").asDouble()).isBetween(0.0, 1.0);
      if (q.get("verdict").asText().equals("MET")) {
        met.add(q.get("id").asText());
        assertThat(q.get("support").size()).isPositive();
        assertThat(q.at("/support/0/diff").size()).isPositive();
        assertThat(q.get("relationship").asText()).isIn("equal", "subset-of", "superset-of", "intersects-with");
      } else if (q.get("verdict").asText().equals("NOT_MET")) {
        assertThat(q.get("relationship").asText()).isEqualTo("no-relationship");
      }
    }
    Set<String> listed = new HashSet<>();
    j.at("/figures/coverage/requirements").forEach(n -> listed.add(n.asText()));
    assertThat(listed).isEqualTo(met);
    assertThat(j.at("/counts/met").asInt()).isEqualTo(met.size());
    // the options turned into requirements by the draft are flagged (fixtures/README.md)
    Set<String> promoted = new HashSet<>();
    reqs.forEach(q -> {
      if (q.get("promoted").asBoolean()) {
        promoted.add(q.get("id").asText());
      }
    });
    assertThat(promoted).containsExactlyInAnyOrder("LC-13", "LC-33", "LC-34", "LC-41");
  }

  @Test
  void jsonIsByteIdenticalAcrossRunsAndThreadCounts() {
    CliTest.Result a = compare("--format", "json", "--threads", "1");
    CliTest.Result b = compare("--format", "json", "--threads", "2");
    assertThat(a.code()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
  }

  @Test
  void markdownAndTableOpenWithTheVerdict() {
    CliTest.Result md = compare("--format", "md", "--no-semantic");
    assertThat(md.code()).isZero();
    assertThat(md.out()).startsWith("# ").contains("| Id | Modality | Verdict | Score |").contains("~~").contains("**");
    CliTest.Result table = compare("--format", "table", "--no-semantic", "--width", "100");
    assertThat(table.out()).contains("normative requirements are met").contains("LC-12").contains("{+").doesNotContain("\u001B[");
  }

  @Test
  void outIsWrittenAtomicallyAndStdoutStaysEmpty() throws Exception {
    Path out = tmp.resolve("result.json");
    CliTest.Result r = compare("--format", "json", "--no-semantic", "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).contains("\"schema\": \"specmirror/compare/v1\"");
  }

  @Test
  void aDocumentWithoutTextIsNamedAndExitsThree() {
    CliTest.Result r =
        CliTest.run("compare", STANDARD, TestPaths.fixture("bad/scanned.pdf").toString(), "--no-semantic", "--format", "json");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("scanned.pdf").contains("OCR");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aVendorFileWithNoStatementsIsNotReportedAsZeroPercent() throws Exception {
    Path empty = tmp.resolve("brochure.txt");
    Files.writeString(empty, "Corvantis Lumen\n\nWe light the night.\n", StandardCharsets.UTF_8);
    CliTest.Result r = CliTest.run("compare", STANDARD, empty.toString(), "--no-semantic");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("brochure.txt").contains("nothing to compare");
    assertThat(r.out()).doesNotContain("0 of");
  }

  @Test
  void unreadableInputExitsThreeAndNamesIt() {
    CliTest.Result r = CliTest.run("compare", TestPaths.fixture("bad/truncated.pdf").toString(), MIRRORED, "--no-semantic");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("truncated.pdf");
  }

  @Test
  void glossaryErrorsNameFileAndLine() throws Exception {
    Path g = tmp.resolve("terms.yml");
    Files.writeString(g, "LED: [light-emitting diode]\nCMS:\n", StandardCharsets.UTF_8);
    CliTest.Result r = compare("--glossary", g.toString(), "--no-semantic");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("terms.yml:2").contains("CMS");
  }

  @Test
  void aUserGlossaryIsRecordedInTheOptions() throws Exception {
    Path g = tmp.resolve("terms.yml");
    Files.writeString(g, "heartbeat: [keep-alive message, keepalive]\n", StandardCharsets.UTF_8);
    CliTest.Result r = compare("--glossary", g.toString(), "--no-semantic", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).at("/options/glossary").asText()).isEqualTo("built-in + " + g);
  }

  @Test
  void badMatchingOptionsAreUsageErrors() {
    assertThat(compare("--weights", "MUSTY=1").code()).isEqualTo(2);
    assertThat(compare("--weights", "OFFERS=1").code()).isEqualTo(2);
    assertThat(compare("--met-threshold", "0.1", "--partial-threshold", "0.2").code()).isEqualTo(2);
    assertThat(CliTest.run("compare", STANDARD).code()).isEqualTo(2);
  }

  @Test
  void weightsChangeCoverageButNotVerdicts() throws Exception {
    ObjectMapper m = new ObjectMapper();
    JsonNode a = m.readTree(compare("--format", "json", "--no-semantic").out());
    JsonNode b = m.readTree(compare("--format", "json", "--no-semantic", "--weights", "MUST=1,SHOULD=1,MAY=1").out());
    assertThat(a.at("/counts/met").asInt()).isEqualTo(b.at("/counts/met").asInt());
    assertThat(b.at("/figures/coverage/denominator").asDouble()).isGreaterThan(a.at("/figures/coverage/denominator").asDouble());
  }
}
