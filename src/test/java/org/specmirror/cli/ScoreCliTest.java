package org.specmirror.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specmirror.TestPaths;

/** {@code specmirror score} on the street-light panel: who leads, how surely, and bad input. */
class ScoreCliTest {

  private static final String STANDARD = TestPaths.fixture("street-light/standard.pdf").toString();
  private static final Path VENDORS = TestPaths.fixture("street-light/vendors");

  @TempDir Path tmp;

  private JsonNode json(CliTest.Result r) throws Exception {
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void theMirroredVendorLeadsClearlyAndTheReportTracesEveryFigure() throws Exception {
    CliTest.Result r = CliTest.run("score", STANDARD, "--vendors", VENDORS.toString(), "--format", "json", "--cache", tmp.toString());
    assertThat(r.code()).isZero();
    JsonNode j = json(r);
    assertThat(j.get("schema").asText()).isEqualTo("specmirror/score/v1");
    assertThat(j.at("/lean/vendor").asText()).isEqualTo("Corvantis Lumen");
    assertThat(j.at("/lean/clear").asBoolean()).isTrue();
    assertThat(j.get("verdict").asText()).startsWith("The draft leans toward Corvantis Lumen:");
    JsonNode lead = j.at("/panel/lead");
    assertThat(lead.get("ci_low").asDouble()).isPositive();
    assertThat(lead.get("p_value").asDouble()).isLessThan(0.01);
    assertThat(lead.get("exclusive_p_value").asDouble()).isLessThan(0.05);
    assertThat(lead.get("exclusive").asInt()).isGreaterThan(lead.get("expected_exclusive").asInt());
    // vendor names come from vendors.yml; one vendor per file; ranked by coverage
    List<String> names = new ArrayList<>();
    j.get("vendors").forEach(v -> names.add(v.get("name").asText()));
    assertThat(names).hasSize(5).first().isEqualTo("Corvantis Lumen");
    assertThat(names).containsExactlyInAnyOrder("Corvantis Lumen", "Brisvane Controls", "Aldenbrook Photonics", "Tessaline Controls", "Quarrystone Electric");
    // exclusivity counts add up with the per-requirement attribution
    int exclusive = 0;
    for (JsonNode q : j.get("requirements")) {
      assertThat(q.get("met_count").asInt()).isEqualTo(q.get("met_by").size());
      assertThat(q.get("vendors")).hasSize(5);
      if (!q.get("exclusive").isNull()) {
        exclusive++;
        assertThat(q.get("met_by").get(0).asText()).isEqualTo(q.get("exclusive").asText());
      }
    }
    assertThat(j.at("/panel/exclusivity/numerator").asInt()).isEqualTo(exclusive);
    assertThat(j.at("/panel/neutrality/value").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("command").asText()).startsWith("specmirror score ");
    assertThat(j.get("failures")).isEmpty();
  }

  @Test
  void withoutTheMirroredVendorTheDraftLeansTowardNobody() throws Exception {
    List<String> args = new ArrayList<>(List.of("score", STANDARD, "--format", "json", "--no-semantic"));
    for (String v : List.of("brisvane-controls.pdf", "aldenbrook-photonics.docx", "tessaline-controls.html", "quarrystone-electric.md")) {
      args.add(VENDORS.resolve(v).toString());
    }
    CliTest.Result r = CliTest.run(args.toArray(String[]::new));
    assertThat(r.code()).isZero();
    JsonNode j = json(r);
    assertThat(j.at("/lean/clear").asBoolean()).isFalse();
    assertThat(j.at("/lean/vendor").isNull()).isTrue();
    assertThat(j.get("verdict").asText()).startsWith("No clear");
  }

  @Test
  void jsonIsDeterministic() {
    String[] args = {"score", STANDARD, "--vendors", VENDORS.toString(), "--format", "json", "--no-semantic", "--permutations", "300", "--bootstrap", "300"};
    assertThat(CliTest.run(args).out()).isEqualTo(CliTest.run(args).out());
  }

  @Test
  void withTheSemanticSignalTheJsonIsTheSameWithOneThreadOrTwo() {
    List<String> base = List.of("score", STANDARD, "--vendors", VENDORS.toString(), "--format", "json", "--permutations", "200", "--bootstrap", "200");
    List<String> one = new ArrayList<>(base);
    one.addAll(List.of("--threads", "1"));
    List<String> two = new ArrayList<>(base);
    two.addAll(List.of("--threads", "2"));
    CliTest.Result a = CliTest.run(one.toArray(new String[0]));
    CliTest.Result b = CliTest.run(two.toArray(new String[0]));
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(b.code()).as(b.err()).isZero();
    // the command line is echoed in the report; everything else must be the same bytes
    assertThat(a.out().replace("--threads 1", "")).isEqualTo(b.out().replace("--threads 2", ""));
  }

  @Test
  void unreadableVendorFilesAreListedAndTheRestIsScored() throws Exception {
    Path dir = tmp.resolve("panel");
    Files.createDirectories(dir);
    Files.copy(VENDORS.resolve("corvantis-lumen.pdf"), dir.resolve("corvantis-lumen.pdf"));
    Files.copy(VENDORS.resolve("brisvane-controls.pdf"), dir.resolve("brisvane-controls.pdf"));
    Files.copy(TestPaths.fixture("bad/encrypted.pdf"), dir.resolve("locked.pdf"));
    Files.copy(TestPaths.fixture("bad/random.pdf"), dir.resolve("random.pdf"));
    CliTest.Result r = CliTest.run("score", STANDARD, "--vendors", dir.toString(), "--format", "json", "--no-semantic");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("locked.pdf").contains("random.pdf");
    JsonNode j = json(r);
    assertThat(j.get("vendors")).hasSize(2);
    assertThat(j.get("failures")).hasSize(2);
  }

  @Test
  void aVendorMapGroupsDocumentsAndAMissingFileIsAUsageErrorWithLine() throws Exception {
    Path dir = tmp.resolve("grouped");
    Files.createDirectories(dir);
    Files.copy(VENDORS.resolve("corvantis-lumen.pdf"), dir.resolve("datasheet.pdf"));
    Files.copy(VENDORS.resolve("tessaline-controls.html"), dir.resolve("brochure.html"));
    Files.copy(VENDORS.resolve("brisvane-controls.pdf"), dir.resolve("other.pdf"));
    Files.writeString(dir.resolve("vendors.yml"), "Acme: [datasheet.pdf, brochure.html]\n", StandardCharsets.UTF_8);
    CliTest.Result r = CliTest.run("score", STANDARD, "--vendors", dir.toString(), "--format", "json", "--no-semantic");
    assertThat(r.code()).isZero();
    JsonNode j = json(r);
    assertThat(j.get("vendors")).hasSize(2); // Acme (two documents) and the unmapped file
    JsonNode acme = j.get("vendors").get(0).get("name").asText().equals("Acme") ? j.get("vendors").get(0) : j.get("vendors").get(1);
    assertThat(acme.get("documents")).hasSize(2);

    Path map = dir.resolve("map.yml");
    Files.writeString(map, "Acme:\n  - datasheet.pdf\n  - missing.pdf\n", StandardCharsets.UTF_8);
    CliTest.Result bad = CliTest.run("score", STANDARD, "--vendors", dir.toString(), "--vendor-map", map.toString(), "--no-semantic");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("map.yml:3").contains("missing.pdf");
  }

  @Test
  void markdownAndTable() {
    CliTest.Result md = CliTest.run("score", STANDARD, "--vendors", VENDORS.toString(), "--format", "md", "--no-semantic");
    assertThat(md.code()).isZero();
    assertThat(md.out()).contains("| Rank | Vendor |").contains("Corvantis Lumen").contains("**only Corvantis Lumen**");
    CliTest.Result table = CliTest.run("score", STANDARD, "--vendors", VENDORS.toString(), "--format", "table", "--no-semantic");
    assertThat(table.out()).contains("V1 = Corvantis Lumen").contains("●").doesNotContain("\u001B[");
    assertThat(table.err()).isEmpty(); // no progress bar when stderr is not a terminal
  }

  @Test
  void noVendorIsAUsageError() {
    assertThat(CliTest.run("score", STANDARD).code()).isEqualTo(2);
  }

  @Test
  void aWarmCacheGivesTheSameReportAndACorruptOneIsRebuilt() throws Exception {
    Path cache = tmp.resolve("cache");
    String[] args = {"score", STANDARD, "--vendors", VENDORS.toString(), "--format", "json", "--no-semantic", "--cache", cache.toString()};
    CliTest.Result cold = CliTest.run(args);
    assertThat(cold.code()).isZero();
    assertThat(cache.resolve("extract")).isDirectory();
    assertThat(CliTest.run(args).out()).isEqualTo(cold.out());
    try (var files = Files.walk(cache.resolve("extract"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, "{ not json");
      }
    }
    CliTest.Result repaired = CliTest.run(args);
    assertThat(repaired.code()).isZero();
    assertThat(repaired.out()).isEqualTo(cold.out());
  }

  @Test
  void htmlReportsForScoreAndCompare() throws Exception {
    Path report = tmp.resolve("report.html");
    CliTest.Result r =
        CliTest.run("score", STANDARD, "--vendors", VENDORS.toString(), "--format", "html", "--out", report.toString(), "--no-semantic");
    assertThat(r.code()).isZero();
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("The draft leans toward Corvantis Lumen").contains("LC-12")
        .contains("specmirror score ").doesNotContain("src=\"http").doesNotContain("href=\"http");
    Path one = tmp.resolve("compare.html");
    CliTest.Result c =
        CliTest.run("compare", STANDARD, VENDORS.resolve("corvantis-lumen.pdf").toString(), "--format", "html", "--out", one.toString(), "--no-semantic");
    assertThat(c.code()).isZero();
    assertThat(Files.readString(one)).contains("Only one vendor was scored").contains("LC-12");
  }

  @Test
  void aVendorNeutralRewriteOfTheDraftLeansTowardNobody() throws Exception {
    for (String draft : List.of("street-light/standard-neutral.docx", "street-light/src/standard-neutral.md")) {
      CliTest.Result r =
          CliTest.run("score", TestPaths.fixture(draft).toString(), "--vendors", VENDORS.toString(), "--format", "json", "--cache", tmp.toString());
      assertThat(r.code()).as(draft).isZero();
      JsonNode j = json(r);
      assertThat(j.at("/lean/clear").asBoolean()).as(draft).isFalse();
      assertThat(j.get("verdict").asText()).as(draft).startsWith("No clear");
      assertThat(j.at("/panel/exclusivity/by_vendor/Corvantis Lumen").asInt()).as(draft).isLessThan(5);
    }
  }
}
