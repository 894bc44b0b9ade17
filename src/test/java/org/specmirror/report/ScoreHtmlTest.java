package org.specmirror.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScoreHtmlTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode example() throws IOException {
    try (InputStream in = ScoreHtmlTest.class.getResourceAsStream("score-v1-example.json")) {
      assertThat(in).as("score-v1-example.json on the test classpath").isNotNull();
      return MAPPER.readTree(in);
    }
  }

  /** The example reduced to its first vendor: no panel to lead, no lean. */
  static JsonNode singleVendor() throws IOException {
    ObjectNode root = (ObjectNode) example();
    String keep = root.path("vendors").get(0).path("name").asText();
    ArrayNode vendors = (ArrayNode) root.get("vendors");
    while (vendors.size() > 1) {
      vendors.remove(1);
    }
    for (JsonNode r : root.get("requirements")) {
      ArrayNode entries = (ArrayNode) r.get("vendors");
      for (Iterator<JsonNode> it = entries.elements(); it.hasNext(); ) {
        if (!it.next().path("vendor").asText().equals(keep)) {
          it.remove();
        }
      }
      ArrayNode metBy = (ArrayNode) r.get("met_by");
      for (Iterator<JsonNode> it = metBy.elements(); it.hasNext(); ) {
        if (!it.next().asText().equals(keep)) {
          it.remove();
        }
      }
      ((ObjectNode) r).put("met_count", metBy.size());
    }
    ObjectNode panel = (ObjectNode) root.get("panel");
    panel.put("vendors", 1);
    panel.putNull("lead");
    ((ObjectNode) panel.get("exclusivity").get("by_vendor")).retain(keep);
    ((ObjectNode) root.get("lean")).putNull("vendor");
    ((ObjectNode) root.get("lean")).put("clear", false);
    root.put("verdict", "One vendor only: coverage 0.92.");
    return root;
  }

  private static String render(JsonNode json) {
    return new ScoreHtml().render(json);
  }

  /** The markup without the contents of style and script elements. */
  private static String markup(String html) {
    return html.replaceAll("(?s)<style>.*?</style>", "<style></style>").replaceAll("(?s)<script>.*?</script>", "<script></script>");
  }

  private static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\"");
    assertThat(start).as("section " + id).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void containsTheVerdictEveryRequirementAndEveryVendorEscaped() throws IOException {
    JsonNode json = example();
    String html = render(json);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(html).contains("<p class=\"verdict\" id=\"verdict\">" + json.path("verdict").asText() + "</p>");
    for (JsonNode r : json.path("requirements")) {
      assertThat(html).contains(">" + r.path("id").asText() + "</a>").contains("id=\"req-" + r.path("id").asText() + "\"");
    }
    assertThat(html).contains("Corvantis Lumen").contains("Brisvane &lt;Controls&gt;").doesNotContain("Brisvane <Controls>");
    assertThat(html).contains("Draft Recommendation ITU-T Y.SLC — connected street-lighting control");
    // locations: page, or line when the page is unknown
    assertThat(html).contains("p. 3").contains("line 40");
    // panel figures
    assertThat(html).contains("0.38–0.61").contains("p = 0.004").contains("0.45");
  }

  @Test
  void documentTextIsTextNotMarkup() throws IOException {
    String html = render(example());
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("onerror=alert(1)>");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    String tags = markup(html);
    // the only scripts are the page's own two, inline
    assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(2);
    assertThat(tags).doesNotContainPattern("<script[^>]*\\ssrc=");
    // no event handler attribute in any tag
    assertThat(tags).doesNotContainPattern("<[a-zA-Z][^<>]*\\son[a-zA-Z]+\\s*=");
  }

  @Test
  void loadsNothingFromAnywhere() throws IOException {
    String html = render(example());
    assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("@import").doesNotContain("url(http")
        .doesNotContain("http://").doesNotContain("https://").doesNotContain("<link").doesNotContain("<iframe");
    assertThat(markup(html)).doesNotContainPattern("\\s(src|href)=\"(?!#)");
  }

  @Test
  void contentSecurityPolicyAllowsExactlyThePageScriptsAndStyle() throws Exception {
    String html = render(example());
    Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
    assertThat(csp.find()).isTrue();
    String policy = csp.group(1);
    assertThat(policy).startsWith("default-src 'none';");
    Matcher scripts = Pattern.compile("(?s)<script>(.*?)</script>").matcher(html);
    int n = 0;
    while (scripts.find()) {
      assertThat(policy).contains("'" + sha256(scripts.group(1)) + "'");
      n++;
    }
    assertThat(n).isEqualTo(2);
    Matcher style = Pattern.compile("(?s)<style>(.*?)</style>").matcher(html);
    assertThat(style.find()).isTrue();
    assertThat(policy).contains("style-src '" + sha256(style.group(1)) + "'");
  }

  @Test
  void diffUsesDelAndIns() throws IOException {
    String html = render(example());
    assertThat(html).contains("<del>The lamp controller is required to transmit a </del><ins>PulseBeat </ins><span>heartbeat every 327 s </span>");
    assertThat(html).contains("<ins>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; </ins>");
    assertThat(html).contains("<mark class=\"chip\">327 <small>constant · rarity 0.85");
  }

  @Test
  void hasTheSectionsInOrderAndTheScriptHooks() throws IOException {
    String html = render(example());
    List<String> order = List.of("id=\"verdict\"", "id=\"ranking-chart\"", "id=\"vendors\"", "id=\"matrix\"", "class=\"req\"", "id=\"failures\"", "id=\"reproducibility\"");
    int last = -1;
    for (String marker : order) {
      int at = html.indexOf(marker);
      assertThat(at).as(marker).isGreaterThan(last);
      last = at;
    }
    assertThat(html).contains("<pre id=\"js-errors\" role=\"alert\"></pre>").contains("window.onerror").contains("document.body.dataset.ready = 'ok'");
    assertThat(html).contains("<label><input type=\"checkbox\" id=\"f-exclusive\"> only exclusive</label>");
    assertThat(html).contains("<label for=\"f-q\">Search</label>").contains("<label for=\"f-modality\">Modality</label>");
    assertThat(html).contains("<option value=\"MUST\">MUST</option>");
    assertThat(html).contains("data-exclusive=\"1\"").contains("data-promoted=\"1\"").contains("data-s1=\"0.2000\"");
    assertThat(html).contains("@media print");
    // verdicts are words and symbols, not only colours
    assertThat(html).contains("✓ MET").contains("◐ PARTIAL").contains("✗ NOT MET");
  }

  @Test
  void markupIsBalancedAndIdsAreUnique() throws IOException {
    String html = markup(render(example()));
    Set<String> voids = Set.of("meta", "br", "input", "img", "hr", "link", "col", "wbr", "source");
    Deque<String> open = new ArrayDeque<>();
    Matcher m = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*?)(/?)>").matcher(html);
    while (m.find()) {
      String name = m.group(2).toLowerCase();
      if (voids.contains(name) || !m.group(4).isEmpty()) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(name);
      } else {
        assertThat(open).as("closing </" + name + "> at " + m.start()).isNotEmpty();
        assertThat(open.pop()).as("closing </" + name + "> at " + m.start()).isEqualTo(name);
      }
    }
    assertThat(open).isEmpty();
    assertThat(html).doesNotContainPattern("<[^<>]*<"); // no tag broken by text
    List<String> ids = new ArrayList<>();
    Pattern.compile("\\sid=\"([^\"]*)\"").matcher(html).results().forEach(r -> ids.add(r.group(1)));
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    // every in-page link has a target
    Pattern.compile("href=\"#([^\"]*)\"").matcher(html).results().forEach(r -> assertThat(ids).contains(r.group(1)));
  }

  @Test
  void sameJsonSameBytes() throws IOException {
    assertThat(render(example())).isEqualTo(render(example()));
  }

  /**
   * The detail section is rendered clause by clause in parallel: with many clauses, the clauses and
   * requirements must still come out in the JSON's order, and the page be the same on every render.
   */
  @Test
  void manyClausesComeOutInOrderWhateverTheThreads() throws IOException {
    ObjectNode root = (ObjectNode) example();
    ArrayNode reqs = (ArrayNode) root.get("requirements");
    JsonNode template = reqs.get(0);
    reqs.removeAll();
    for (int i = 0; i < 300; i++) {
      ObjectNode r = template.deepCopy();
      r.put("id", "R-" + i);
      r.put("clause", "C" + (i / 3) + " Clause");
      reqs.add(r);
    }
    String html = render(root);
    String details = section(html, "details");
    int at = -1;
    for (int i = 0; i < 300; i++) {
      if (i % 3 == 0) {
        int h = details.indexOf("<h3>C" + (i / 3) + " Clause</h3>");
        assertThat(h).as("heading of clause %d after the previous requirement", i / 3).isGreaterThan(at);
        at = h;
      }
      int d = details.indexOf("id=\"req-R-" + i + "\"");
      assertThat(d).as("requirement %d after its predecessor", i).isGreaterThan(at);
      at = d;
    }
    for (int k = 0; k < 5; k++) {
      assertThat(render(root)).isEqualTo(html);
    }
  }

  @Test
  void failuresNoticesAndReproducibility() throws IOException {
    String html = render(example());
    String failures = section(html, "failures");
    assertThat(failures).contains("fixtures/bad/encrypted.pdf").contains("encrypted").contains("the document is password-protected")
        .contains("remove the password and read the copy");
    assertThat(failures).contains("<p id=\"notices-table\" class=\"none\">none</p>");
    String repro = section(html, "reproducibility");
    assertThat(repro).contains("specmirror score fixtures/street-light/standard.pdf --vendors fixtures/street-light/vendors --format html --out report.html");
    assertThat(repro).contains("0.1.0-SNAPSHOT").contains("780f...").contains("9cad...").contains("1b2c...");
    assertThat(repro).contains("<code>weights.SHOULD</code>").contains("<code>seed</code>").contains("<code>met_threshold</code>");
  }

  @Test
  void noFailuresSaysNone() throws IOException {
    ObjectNode json = (ObjectNode) example();
    json.putArray("failures");
    assertThat(section(render(json), "failures")).contains("<p id=\"failures-table\" class=\"none\">none</p>");
  }

  @Test
  void oneVendorWithoutLeadOrLean() throws IOException {
    String html = render(singleVendor());
    assertThat(html).contains("One vendor only: coverage 0.92.").contains("Corvantis Lumen").doesNotContain("Brisvane");
    assertThat(html).contains("<p class=\"verdict neutral\" id=\"verdict\">");
    assertThat(html).contains("a single vendor has no panel to lead");
    assertThat(html).doesNotContain("data-s1=").contains("data-s0=\"0.9800\"");
    assertThat(Pattern.compile("class=\"vendor-col\"").matcher(html).results().count()).isEqualTo(1);
    assertThat(render(singleVendor())).isEqualTo(html);
  }

  @Test
  void survivesMissingFields() {
    String html = render(MAPPER.createObjectNode());
    assertThat(html).contains("id=\"matrix\"").contains("<p id=\"failures-table\" class=\"none\">none</p>").endsWith("</html>\n");
  }

  @Test
  void oddIdsGetSafeUniqueAnchors() throws IOException {
    ObjectNode json = (ObjectNode) example();
    ((ObjectNode) json.get("requirements").get(0)).put("id", "\"><b>x</b> 1");
    ((ObjectNode) json.get("requirements").get(1)).put("id", "\"><b>x</b> 1");
    String html = render(json);
    assertThat(html).doesNotContain("<b>x</b>").contains("&quot;&gt;&lt;b&gt;x&lt;/b&gt; 1");
    assertThat(html).contains("id=\"req-___b_x__b__1\"").contains("id=\"req-___b_x__b__1-2\"");
  }

  private static String sha256(String s) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
