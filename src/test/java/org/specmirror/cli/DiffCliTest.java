package org.specmirror.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specmirror.TestPaths;

/** {@code specmirror diff} on the street-light revisions: the edits, the formats, the vendors, bad input. */
class DiffCliTest {

  private static final String V1 = TestPaths.fixture("street-light/src/standard.md").toString();
  private static final String V2 = TestPaths.fixture("street-light/src/standard-v2.md").toString();
  private static final String VENDORS = TestPaths.fixture("street-light/vendors").toString();

  @TempDir Path tmp;

  private static JsonNode json(CliTest.Result r) throws Exception {
    return new ObjectMapper().readTree(r.out());
  }

  private static Map<String, JsonNode> byId(JsonNode list) {
    Map<String, JsonNode> m = new HashMap<>();
    list.forEach(x -> m.put(x.get("id").asText() + (x.get("kinds").toString().contains("removed") ? "-" : ""), x));
    return m;
  }

  @Test
  void theJsonListsTheFiveEditsAndIsByteIdenticalAcrossRuns() throws Exception {
    CliTest.Result a = CliTest.run("diff", V1, V2, "--no-semantic", "--format", "json", "--cache", tmp.toString());
    CliTest.Result b = CliTest.run("diff", V1, V2, "--no-semantic", "--format", "json", "--no-cache", "--threads", "1");
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(b.code()).as(b.err()).isZero();
    JsonNode j = json(a);
    JsonNode k = json(b);
    // same bytes apart from the command line, which names the options used
    ((com.fasterxml.jackson.databind.node.ObjectNode) j).remove("command");
    ((com.fasterxml.jackson.databind.node.ObjectNode) k).remove("command");
    assertThat(j).isEqualTo(k);
    CliTest.Result again = CliTest.run("diff", V1, V2, "--no-semantic", "--format", "json", "--cache", tmp.toString());
    assertThat(again.out()).isEqualTo(a.out());

    assertThat(j.get("schema").asText()).isEqualTo("specmirror/diff/v1");
    assertThat(j.at("/options/pair_threshold").asDouble()).isEqualTo(org.specmirror.diff.RevisionDiffer.THRESHOLD);
    assertThat(j.at("/old/requirements").asInt()).isEqualTo(72);
    assertThat(j.at("/new/requirements").asInt()).isEqualTo(72);
    JsonNode counts = j.get("counts");
    assertThat(counts.get("unchanged").asInt()).isEqualTo(68);
    assertThat(counts.get("added").asInt()).isEqualTo(1);
    assertThat(counts.get("removed").asInt()).isEqualTo(1);
    assertThat(counts.get("changed").asInt()).isEqualTo(1);
    assertThat(counts.get("modality").asInt()).isEqualTo(1);
    assertThat(counts.get("strengthened").asInt()).isEqualTo(1);
    assertThat(counts.get("moved").asInt()).isEqualTo(1);
    assertThat(counts.get("renumbered").asInt()).isEqualTo(1);
    assertThat(j.get("requirements")).hasSize(73); // 72 in the new revision + 1 removed
    Map<String, JsonNode> r = byId(j.get("requirements"));
    assertThat(r.get("LC-19").get("kinds").toString()).isEqualTo("[\"changed\"]");
    assertThat(r.get("LC-45").get("kinds").toString()).isEqualTo("[\"moved\",\"renumbered\"]");
    assertThat(r.get("LC-45").at("/old/id").asText()).isEqualTo("LC-14");
    assertThat(r.get("LC-45").get("pairing").asText()).isEqualTo("identical");
    assertThat(r.get("LC-30").get("kinds").toString()).isEqualTo("[\"modality\"]");
    assertThat(r.get("LC-30").at("/modality/direction").asText()).isEqualTo("strengthened");
    assertThat(r.get("LC-30").get("diff").toString()).contains("{\"op\":\"delete\",\"text\":\"recommended \"}");
    assertThat(r.get("LC-46").get("kinds").toString()).isEqualTo("[\"added\"]");
    assertThat(r.get("LC-46").get("old").isNull()).isTrue();
    assertThat(r.get("LC-27-").get("kinds").toString()).isEqualTo("[\"removed\"]");
    assertThat(r.get("LC-01").get("kinds")).isEmpty();
    assertThat(j.get("vendors").isNull()).isTrue();
    assertThat(j.get("failures")).isEmpty();
  }

  @Test
  void theDefaultSemanticMatchingFindsTheSameEdits() throws Exception {
    CliTest.Result r = CliTest.run("diff", V1, V2, "--format", "json", "--cache", tmp.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = json(r);
    assertThat(j.at("/options/semantic").asBoolean()).isTrue();
    assertThat(j.get("summary").asText())
        .isEqualTo("72 normative requirements in both revisions: 1 added, 1 removed, 1 changed in wording, 1 modality change (1 strengthened), "
            + "1 moved to another clause, 1 renumbered; 68 unchanged.");
    Map<String, JsonNode> m = byId(j.get("requirements"));
    assertThat(m.get("LC-19").get("similarity").asDouble()).isGreaterThanOrEqualTo(org.specmirror.diff.RevisionDiffer.THRESHOLD);
    assertThat(m.get("LC-45").at("/old/id").asText()).isEqualTo("LC-14");
  }

  @Test
  void withVendorsTheMirroredVendorsFiguresMoveTheWayTheEditsImply() throws Exception {
    CliTest.Result res = CliTest.run("diff", V1, V2, "--vendors", VENDORS, "--no-semantic", "--format", "json", "--cache", tmp.toString());
    assertThat(res.code()).as(res.err()).isZero();
    JsonNode v = json(res).get("vendors");
    assertThat(v.at("/lean/old").asText()).isEqualTo("Corvantis Lumen");
    assertThat(v.at("/lean/new").asText()).isEqualTo("Corvantis Lumen");
    assertThat(v.at("/lean/change").asText()).isEqualTo("The draft still leans toward Corvantis Lumen.");
    Map<String, JsonNode> vendors = new HashMap<>();
    v.get("vendors").forEach(x -> vendors.put(x.get("name").asText(), x));
    assertThat(vendors).hasSize(5);
    JsonNode cl = vendors.get("Corvantis Lumen");
    Map<String, JsonNode> resp = byId(cl.get("responsible"));
    // LC-30 made mandatory: Corvantis meets it, its weight in coverage goes from 0.6 to 1.0
    assertThat(resp.get("LC-30").at("/verdict/new").asText()).isEqualTo("MET");
    assertThat(resp.get("LC-30").at("/weight/old").asDouble()).isEqualTo(0.6);
    assertThat(resp.get("LC-30").at("/weight/new").asDouble()).isEqualTo(1.0);
    assertThat(resp.get("LC-30").get("coverage_weight").asDouble()).isEqualTo(0.4);
    // LC-27 removed (LoRaWAN, an option Corvantis does not offer): it was at most a weak partial
    // match, so its removal takes nothing from Corvantis's coverage
    if (resp.containsKey("LC-27-")) {
      assertThat(resp.get("LC-27-").at("/verdict/old").asText()).isEqualTo("PARTIAL");
      assertThat(resp.get("LC-27-").get("coverage_weight").asDouble()).isZero();
    }
    // LC-46 added mirrors the NX-700 switched-load row (10 A resistive, 6 A LED driver): only
    // Corvantis's datasheet meets it
    assertThat(resp.get("LC-46").at("/verdict/new").asText()).isEqualTo("MET");
    assertThat(resp.get("LC-46").at("/score/new").asDouble()).isGreaterThan(0.9);
    double lc46 = resp.get("LC-46").at("/score/new").asDouble();
    for (String other : new String[] {"Brisvane Controls", "Tessaline Controls", "Aldenbrook Photonics", "Quarrystone Electric"}) {
      // nobody else meets it; at most a weak partial match (Tessaline: 0.30)
      JsonNode o46 = byId(vendors.get(other).get("responsible")).get("LC-46");
      if (o46 != null) {
        assertThat(o46.at("/verdict/new").asText()).as(other).isEqualTo("PARTIAL");
        assertThat(o46.at("/score/new").asDouble()).as(other).isLessThan(lc46 / 2);
      }
      // the vendors that offered LoRaWAN Class C lose it with LC-27
      if (other.equals("Brisvane Controls") || other.equals("Aldenbrook Photonics")) {
        assertThat(byId(vendors.get(other).get("responsible")).get("LC-27-").at("/verdict/old").asText()).isEqualTo("MET");
      }
    }
    // the mirrored vendor gains on the others: its coverage and the weight of what it meets move
    // most in its favour: +0.4 from LC-30 made mandatory, +1.0 from LC-46
    double clChange = cl.at("/coverage/change").asDouble();
    double clNumerator = cl.at("/coverage_numerator/change").asDouble();
    // of which the edits: +1.4; the rest comes from unchanged requirements whose score drifted
    // across the MET threshold with the rest of the document (listed as such)
    double fromEdits = 0;
    double fromDrift = 0;
    for (JsonNode r : cl.get("responsible")) {
      if (r.get("drift").asBoolean()) {
        fromDrift += r.get("coverage_weight").asDouble();
      } else {
        fromEdits += r.get("coverage_weight").asDouble();
      }
    }
    assertThat(fromEdits).isCloseTo(1.4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(clNumerator).isCloseTo(fromEdits + fromDrift, org.assertj.core.data.Offset.offset(1e-9));
    for (JsonNode x : v.get("vendors")) {
      assertThat(clChange).as(x.get("name").asText()).isGreaterThanOrEqualTo(x.at("/coverage/change").asDouble());
      assertThat(clNumerator).as(x.get("name").asText()).isGreaterThanOrEqualTo(x.at("/coverage_numerator/change").asDouble());
      assertThat(x.at("/coverage/new").asDouble() - x.at("/coverage/old").asDouble()).isCloseTo(x.at("/coverage/change").asDouble(), org.assertj.core.data.Offset.offset(1e-3));
    }
    assertThat(cl.at("/exclusive/new").asInt()).isGreaterThanOrEqualTo(cl.at("/exclusive/old").asInt());
    assertThat(v.get("old_verdict").asText()).startsWith("The draft leans toward Corvantis Lumen");
    assertThat(v.get("new_verdict").asText()).startsWith("The draft leans toward Corvantis Lumen");
  }

  @Test
  void textMarkdownAndHtmlShowTheSameEdits() throws Exception {
    CliTest.Result text = CliTest.run("diff", V1, V2, "--no-semantic", "--format", "text", "--width", "200", "--cache", tmp.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .contains("1 added, 1 removed, 1 changed in wording, 1 modality change (1 strengthened), 1 moved to another clause, 1 renumbered; 68 unchanged.")
        .contains("~ LC-14 \u2192 LC-45")
        .contains("SHOULD \u2192 MUST (strengthened)")
        .contains("[-recommended -]{+required +}")
        .contains("+ LC-46")
        .contains("- LC-27")
        .doesNotContain("\u001B[");

    CliTest.Result md = CliTest.run("diff", V1, V2, "--no-semantic", "--format", "md", "--cache", tmp.toString());
    assertThat(md.code()).isZero();
    assertThat(md.out()).contains("| LC-30 | SHOULD \u2192 MUST |").contains("~~recommended~~ **required**").contains("| LC-14 \u2192 LC-45 |");

    Path html = tmp.resolve("diff.html");
    CliTest.Result h = CliTest.run("diff", V1, V2, "--vendors", VENDORS, "--no-semantic", "--format", "html", "--out", html.toString(), "--cache", tmp.toString());
    assertThat(h.code()).as(h.err()).isZero();
    assertThat(h.out()).isEmpty();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy").contains("<del>recommended </del><ins>required </ins>")
        .contains("Corvantis Lumen").contains("The draft still leans toward Corvantis Lumen.")
        .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void documentTextIsEscapedInMarkdownAndHtml() throws Exception {
    Path a = tmp.resolve("a.md");
    Path b = tmp.resolve("b.md");
    Files.writeString(a, "# 5 Requirements\n\n[R-1] The device shall accept names shorter than 64 characters.\n\n[R-2] The device shall log events.\n");
    Files.writeString(b, "# 5 Requirements\n\n[R-1] The device shall accept names shorter than 64 characters \\<script\\> & | pipes.\n\n[R-2] The device shall log events.\n");
    CliTest.Result h = CliTest.run("diff", a.toString(), b.toString(), "--no-semantic", "--format", "html", "--no-cache");
    assertThat(h.code()).as(h.err()).isZero();
    assertThat(h.out()).doesNotContain("<script").contains("&lt;script&gt;");
    CliTest.Result m = CliTest.run("diff", a.toString(), b.toString(), "--no-semantic", "--format", "md", "--no-cache");
    assertThat(m.out()).doesNotContain("<script").contains("&lt;script&gt;").contains("\\|");
  }

  @Test
  void anUnreadableRevisionOrOneWithoutRequirementsIsExitCode3NamingIt() throws Exception {
    String bad = TestPaths.fixture("bad/encrypted.pdf").toString();
    CliTest.Result r = CliTest.run("diff", V1, bad, "--no-semantic", "--no-cache");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("encrypted.pdf");
    assertThat(r.out()).isEmpty();

    Path prose = tmp.resolve("prose.md");
    Files.writeString(prose, "# Notes\n\nThis page describes the street-light project in general terms.\n");
    CliTest.Result n = CliTest.run("diff", prose.toString(), V2, "--no-semantic", "--no-cache");
    assertThat(n.code()).isEqualTo(3);
    assertThat(n.err()).contains("prose.md").contains("nothing to compare");
  }

  @Test
  void usageErrorsAreExitCode2() {
    assertThat(CliTest.run("diff", V1).code()).isEqualTo(2);
    CliTest.Result r = CliTest.run("diff", V1, V2, "--vendors", V1);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is not a folder");
    assertThat(CliTest.run("diff", V1, V2, "--format", "pdf").code()).isEqualTo(2);
    assertThat(CliTest.run("diff", "--help").out()).contains("OLD", "NEW", "--vendors", "--no-semantic", "Exit codes");
  }
}
