package org.specmirror.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specmirror.TestPaths;

/**
 * {@code specmirror check} end to end on the street-light drafts: the mirrored draft fails with the
 * expected rules at the expected places, its vendor-neutral rewrite passes, a baseline passes until
 * a new mirrored requirement is added; every SARIF produced is validated against the official schema.
 */
class CheckCliTest {

  private static final Path VENDORS = TestPaths.fixture("street-light/vendors");
  private static final String MIRRORED = TestPaths.fixture("street-light/src/standard.md").toString();
  private static final String NEUTRAL = TestPaths.fixture("street-light/src/standard-neutral.md").toString();
  private static final String REVISION_2 = TestPaths.fixture("street-light/src/standard-v2.md").toString();

  @TempDir static Path cache;
  @TempDir Path tmp;

  private static Schema sarifSchema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = CheckCliTest.class.getResourceAsStream("/org/specmirror/report/sarif-schema-2.1.0.json")) {
      sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private static CliTest.Result check(String draft, String... extra) {
    List<String> args = new ArrayList<>(List.of("check", draft, "--vendors", VENDORS.toString(), "--cache", cache.toString()));
    args.addAll(List.of(extra));
    return CliTest.run(args.toArray(String[]::new));
  }

  private static JsonNode sarif(CliTest.Result r) throws Exception {
    var errors = sarifSchema.validate(r.out(), InputFormat.JSON);
    assertThat(errors).as("SARIF schema errors").isEmpty();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void theMirroredDraftFailsWithTheExpectedRulesAtTheExpectedLines() throws Exception {
    CliTest.Result r = check(MIRRORED, "--format", "sarif");
    assertThat(r.code()).isEqualTo(4);
    JsonNode run = sarif(r).at("/runs/0");
    Set<String> errors = new HashSet<>();
    for (JsonNode res : run.get("results")) {
      if (res.get("level").asText().equals("error")) {
        errors.add(res.get("ruleId").asText() + " " + res.at("/properties/requirement").asText(""));
      }
      assertThat(res.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("street-light/src/standard.md");
      assertThat(res.at("/partialFingerprints/specmirror~1v1").asText()).hasSize(32);
    }
    // the draft leans toward the mirrored vendor; its options made mandatory (fixtures/README.md)
    assertThat(errors).contains("SM004 ", "SM002 LC-13", "SM002 LC-34", "SM002 LC-41");
    // LC-12 (heartbeat every 327 s) is on line 148 of the Markdown source, and 327 is Corvantis' constant
    JsonNode lc12 = null;
    for (JsonNode res : run.get("results")) {
      if (res.get("ruleId").asText().equals("SM003") && res.at("/properties/requirement").asText().equals("LC-12")) {
        lc12 = res;
      }
    }
    assertThat(lc12).isNotNull();
    assertThat(lc12.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(lineOf(TestPaths.fixture("street-light/src/standard.md"), "[LC-12]"));
    assertThat(lc12.at("/properties/vendor").asText()).isEqualTo("Corvantis Lumen");
    assertThat(lc12.at("/message/text").asText()).contains("327");
  }

  private static int lineOf(Path file, String marker) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(marker);
  }

  @Test
  void theVendorNeutralRewritePasses() throws Exception {
    CliTest.Result r = check(NEUTRAL, "--format", "sarif");
    assertThat(r.code()).isZero();
    for (JsonNode res : sarif(r).at("/runs/0/results")) {
      assertThat(res.get("level").asText()).isNotEqualTo("error");
    }
    CliTest.Result text = check(NEUTRAL);
    assertThat(text.out()).contains("PASSED");
    // the same draft in AsciiDoc, a first-class input
    CliTest.Result adoc = check(TestPaths.fixture("street-light/standard-neutral.adoc").toString(), "--format", "sarif");
    assertThat(adoc.code()).isZero();
    assertThat(sarif(adoc).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("standard-neutral.adoc");
  }

  @Test
  void sarifIsByteIdenticalAcrossRuns() {
    assertThat(check(MIRRORED, "--format", "sarif").out()).isEqualTo(check(MIRRORED, "--format", "sarif").out());
  }

  @Test
  void aBaselinePassesUntilANewMirroredRequirementIsAdded() throws Exception {
    Path policy = tmp.resolve("specmirror.yml");
    Files.writeString(policy, "# every requirement met by only one vendor fails\nfail_on_exclusive: true\n", StandardCharsets.UTF_8);
    Path baseline = tmp.resolve(".specmirror-baseline.json");
    CliTest.Result first = check(MIRRORED, "--config", policy.toString(), "--write-baseline", baseline.toString());
    assertThat(first.code()).isEqualTo(4);
    assertThat(baseline).exists();
    CliTest.Result same = check(MIRRORED, "--config", policy.toString(), "--baseline", baseline.toString(), "--format", "sarif");
    assertThat(same.code()).isZero();
    for (JsonNode res : sarif(same).at("/runs/0/results")) {
      assertThat(res.get("baselineState").asText()).isEqualTo("unchanged");
    }
    // revision 2 moves LC-14 to LC-45 (same text: not new), adds LC-46 that only Corvantis meets (new)
    CliTest.Result next = check(REVISION_2, "--config", policy.toString(), "--baseline", baseline.toString(), "--format", "sarif");
    assertThat(next.code()).isEqualTo(4);
    List<String> fresh = new ArrayList<>();
    for (JsonNode res : sarif(next).at("/runs/0/results")) {
      if (res.get("baselineState").asText().equals("new") && res.get("level").asText().equals("error")) {
        fresh.add(res.get("ruleId").asText() + " " + res.at("/properties/requirement").asText(""));
      }
    }
    assertThat(fresh).contains("SM001 LC-46").doesNotContain("SM001 LC-45", "SM001 LC-14");
    // the ratchet: Corvantis's exclusive share rose beyond the margin, and LC-46 is named as a cause
    boolean ratchet = false;
    for (JsonNode res : sarif(next).at("/runs/0/results")) {
      if (res.get("ruleId").asText().equals("SM004") && res.at("/message/text").asText().startsWith("Since the baseline")) {
        ratchet = true;
        assertThat(res.at("/properties/vendor").asText()).isEqualTo("Corvantis Lumen");
        assertThat(res.at("/properties/requirements").toString()).contains("LC-46");
      }
    }
    assertThat(ratchet).isTrue();
  }

  @Test
  void junitHasOneTestCasePerRequirementAndFailuresForFindings() throws Exception {
    CliTest.Result r = check(MIRRORED, "--format", "junit");
    assertThat(r.code()).isEqualTo(4);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    var cases = doc.getElementsByTagName("testcase");
    var failures = doc.getElementsByTagName("failure");
    assertThat(cases.getLength()).isGreaterThan(60);
    assertThat(failures.getLength()).isPositive();
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(countFailingCases(doc)));
  }

  private static int countFailingCases(org.w3c.dom.Document doc) {
    int n = 0;
    var cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      if (((org.w3c.dom.Element) cases.item(i)).getElementsByTagName("failure").getLength() > 0) {
        n++;
      }
    }
    return n;
  }

  @Test
  void markdownJsonAndHtml() throws Exception {
    CliTest.Result md = check(MIRRORED, "--format", "md");
    assertThat(md.out()).startsWith("### specmirror check — ❌ FAILED").contains("| SM002 |");
    CliTest.Result json = check(MIRRORED, "--format", "json", "--no-fail");
    assertThat(json.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(json.out());
    assertThat(j.get("schema").asText()).isEqualTo("specmirror/check/v1");
    assertThat(j.get("passed").asBoolean()).isFalse();
    Path html = tmp.resolve("check.html");
    CliTest.Result h = check(MIRRORED, "--format", "html", "--out", html.toString());
    assertThat(h.code()).isEqualTo(4);
    assertThat(Files.readString(html)).contains("id=\"findings\"").contains("SM004").contains("The draft leans toward Corvantis Lumen");
  }

  @Test
  void policyErrorsNameFileAndLine() throws Exception {
    Path policy = tmp.resolve("specmirror.yml");
    Files.writeString(policy, "max_lead: 0.3\nmax_exclusiv_share: 0.2\n", StandardCharsets.UTF_8);
    CliTest.Result r = check(MIRRORED, "--config", policy.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("specmirror.yml:2").contains("unknown key 'max_exclusiv_share'");
    Files.writeString(policy, "max_lead: high\n", StandardCharsets.UTF_8);
    assertThat(check(MIRRORED, "--config", policy.toString()).err()).contains("specmirror.yml:1").contains("max_lead");
    Files.writeString(policy, "vendors: no-such-folder\n", StandardCharsets.UTF_8);
    assertThat(check(MIRRORED, "--config", policy.toString()).code()).isEqualTo(2);
  }

  @Test
  void aLooserPolicyPassesTheMirroredDraftAndNoFailReportsWithoutFailing() throws Exception {
    Path policy = tmp.resolve("loose.yml");
    Files.writeString(policy, "max_exclusive_share: 0.5\nmax_lead: 0.9\nfail_on_promoted: false\n", StandardCharsets.UTF_8);
    assertThat(check(MIRRORED, "--config", policy.toString()).code()).isZero();
    assertThat(check(MIRRORED, "--no-fail").code()).isZero();
  }
}
