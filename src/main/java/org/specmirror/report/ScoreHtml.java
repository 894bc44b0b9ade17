package org.specmirror.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code specmirror/score/v1} as one self-contained HTML5 page: inline CSS, script and SVG, nothing
 * loaded from anywhere, so it works from a {@code file://} URL offline and prints cleanly.
 *
 * <p>Every piece of text from the JSON (names, paths, document text) is untrusted: it is escaped for
 * element content and attribute values alike, and it never reaches a script: the page script is a
 * constant that reads its data from {@code data-*} attributes. A Content-Security-Policy allows only
 * that script and the style sheet (by SHA-256), so even markup that slipped through could not run.
 * The output depends on the JSON only (no clock, no random ids): same JSON, same bytes.
 */
public final class ScoreHtml {
  private static final String CSS = resource("score-report.css");
  private static final String JS = resource("score-report.js");
  /** Registered first so that any later error, syntax errors in the main script included, is shown. */
  private static final String ERROR_JS =
      "(function(){function out(m){var e=document.getElementById('js-errors');if(e){e.textContent+=m+'\\n';}}"
          + "window.onerror=function(msg,src,line,col){out(String(msg)+(line?' (line '+line+':'+col+')':''));return false;};"
          + "window.addEventListener('unhandledrejection',function(ev){out('Unhandled rejection: '+String(ev.reason));});}());";
  private static final String CSP =
      "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(ERROR_JS) + "' '" + sha256(JS)
          + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

  private static final List<String> MODALITY_ORDER =
      List.of("MUST", "MUST_NOT", "SHOULD", "SHOULD_NOT", "MAY", "OPTIONAL", "OFFERS", "INFORMATIVE");
  private static final int NAME_CHARS = 34;

  /** Renders a {@code specmirror/score/v1} document. */
  public String render(JsonNode score) {
    Objects.requireNonNull(score, "score");
    return new Page(score).html();
  }

  /** State for one rendering: anchors of requirements and the vendor columns. */
  private static final class Page {
    private final JsonNode root;
    private final StringBuilder b;
    // filled by the first constructor, then only read (parts rendered in parallel share them)
    private final List<JsonNode> vendors;
    private final List<String> vendorNames;
    private final List<JsonNode> requirements;
    private final Map<String, String> anchors;
    private final List<String> rowAnchors;
    private final String lean;

    /** A page sharing {@code p}'s (read-only) data with a builder of its own: one part rendered beside the others. */
    private Page(Page p, int capacity) {
      this.root = p.root;
      this.b = new StringBuilder(capacity);
      this.vendors = p.vendors;
      this.vendorNames = p.vendorNames;
      this.requirements = p.requirements;
      this.anchors = p.anchors;
      this.rowAnchors = p.rowAnchors;
      this.lean = p.lean;
    }

    Page(JsonNode root) {
      this.root = root;
      this.b = new StringBuilder(64 * 1024);
      this.vendors = new ArrayList<>();
      this.vendorNames = new ArrayList<>();
      this.requirements = new ArrayList<>();
      this.anchors = new HashMap<>();
      this.rowAnchors = new ArrayList<>();
      root.path("vendors").forEach(v -> {
        vendors.add(v);
        vendorNames.add(text(v.path("name")));
      });
      root.path("requirements").forEach(requirements::add);
      Set<String> used = new HashSet<>();
      for (int i = 0; i < requirements.size(); i++) {
        String id = text(requirements.get(i).path("id"));
        String base = "req-" + slug(id, i + 1);
        String a = base;
        for (int n = 2; !used.add(a); n++) {
          a = base + "-" + n;
        }
        rowAnchors.add(a);
        anchors.putIfAbsent(id, a);
      }
      this.lean = root.path("lean").path("vendor").isTextual() ? root.path("lean").path("vendor").asText() : null;
    }

    String html() {
      String title = text(root.path("standard").path("title"));
      if (title.isEmpty()) {
        title = text(root.path("standard").path("path"));
      }
      b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
      b.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n");
      b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      b.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
      b.append("<meta name=\"generator\" content=\"").append(esc(text(root.path("tool").path("name")) + " " + text(root.path("tool").path("version")))).append("\">\n");
      b.append("<title>").append(esc(title)).append(" — specmirror score</title>\n");
      b.append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
      b.append("<pre id=\"js-errors\" role=\"alert\"></pre>\n");
      b.append("<script>").append(ERROR_JS).append("</script>\n");
      header(title);
      findings();
      b.append("<nav class=\"toc\" aria-label=\"Sections\"><a href=\"#vendors\">Vendors</a><a href=\"#matrix-section\">Requirement matrix</a>")
          .append("<a href=\"#details\">Requirements in detail</a><a href=\"#failures\">Unreadable documents</a><a href=\"#reproducibility\">Reproducibility</a></nav>\n");
      b.append("<main>\n");
      vendorTable();
      matrix();
      details();
      failures();
      reproducibility();
      b.append("</main>\n<footer>").append(esc(text(root.path("tool").path("name")) + " " + text(root.path("tool").path("version"))))
          .append(" · schema <code>").append(esc(text(root.path("schema")))).append("</code></footer>\n");
      b.append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
      return b.toString();
    }

    // ---------------------------------------------------------------- check findings

    /** With {@code check --format html}: the findings on top (the JSON's {@code check} object). */
    private void findings() {
      JsonNode check = root.path("check");
      if (!check.isObject()) {
        return;
      }
      b.append("<section id=\"findings\">\n<h2>Check findings</h2>\n<p class=\"verdict").append(check.path("passed").asBoolean() ? " neutral" : "")
          .append("\" id=\"check-summary\">").append(esc(text(check.path("summary")))).append("</p>\n");
      JsonNode list = check.path("findings");
      if (!list.isArray() || list.isEmpty()) {
        b.append("<p class=\"none\">none</p>\n</section>\n");
        return;
      }
      b.append("<div class=\"table-wrap\"><table class=\"data-table\" id=\"findings-table\"><caption class=\"sr-only\">Findings</caption>")
          .append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Level</th><th scope=\"col\">Requirement</th>")
          .append("<th scope=\"col\">Location</th><th scope=\"col\">Vendor</th><th scope=\"col\">Finding</th><th scope=\"col\">Suggested direction</th></tr></thead><tbody>\n");
      for (JsonNode f : list) {
        String id = text(f.path("requirement"));
        b.append("<tr><td><code>").append(esc(text(f.path("rule")))).append("</code></td><td>").append(esc(text(f.path("level"))))
            .append(f.path("baseline").asBoolean() ? " (baseline)" : "").append("</td><td>");
        if (!id.isEmpty() && anchors.containsKey(id)) {
          b.append("<a href=\"#").append(esc(anchors.get(id))).append("\">").append(esc(id)).append("</a>");
        } else {
          b.append(esc(id.isEmpty() ? "whole draft" : id));
        }
        b.append("</td><td>").append(esc(text(f.path("where")))).append("</td><td>").append(esc(text(f.path("vendor"))))
            .append("</td><td>").append(esc(text(f.path("message")))).append("</td><td>").append(esc(text(f.path("suggestion"))))
            .append("</td></tr>\n");
      }
      b.append("</tbody></table></div>\n</section>\n");
    }

    // ---------------------------------------------------------------- header

    private void header(String title) {
      JsonNode standard = root.path("standard");
      JsonNode panel = root.path("panel");
      b.append("<header>\n<p class=\"kicker\">specmirror score · standard against a panel of ").append(vendors.size())
          .append(vendors.size() == 1 ? " vendor" : " vendors").append("</p>\n");
      b.append("<h1>").append(esc(title)).append("</h1>\n");
      b.append("<p class=\"muted\"><code>").append(esc(text(standard.path("path")))).append("</code>");
      if (standard.path("requirements").isNumber()) {
        b.append(" · ").append(standard.path("requirements").asInt()).append(" normative requirements");
      }
      b.append("</p>\n");
      b.append("<p class=\"verdict").append(lean == null ? " neutral" : "").append("\" id=\"verdict\">").append(esc(text(root.path("verdict")))).append("</p>\n");

      b.append("<dl class=\"figures\">\n");
      // lean
      JsonNode leanNode = root.path("lean");
      b.append("<div class=\"figure\"><dt>Lean</dt><dd>");
      if (lean == null) {
        b.append("<span class=\"big\">none</span><br><small>no vendor has a clear lead</small>");
      } else {
        b.append("<span class=\"big\">★ ").append(esc(lean)).append("</span><br><small>")
            .append(leanNode.path("clear").asBoolean(false) ? "clear lead" : "lead not clear").append("</small>");
      }
      b.append("</dd></div>\n");
      // exclusivity
      JsonNode ex = panel.path("exclusivity");
      b.append("<div class=\"figure\"><dt>Exclusivity</dt><dd><span class=\"big\">").append(f2(ex.path("value"))).append("</span> ");
      b.append("<small>").append(num(ex.path("numerator"))).append(" of ").append(num(ex.path("denominator")))
          .append(" requirements met by one vendor only</small>");
      if (ex.path("requirements").size() > 0) {
        b.append("<br>");
        reqLinks(ex.path("requirements"));
      }
      if (ex.path("by_vendor").isObject() && ex.path("by_vendor").size() > 0) {
        b.append("<ul class=\"by-vendor\">");
        for (Map.Entry<String, JsonNode> e : ex.path("by_vendor").properties()) {
          b.append("<li>").append(esc(e.getKey())).append(": ").append(num(e.getValue())).append("</li>");
        }
        b.append("</ul>");
      }
      b.append("</dd></div>\n");
      // lead
      JsonNode lead = panel.path("lead");
      b.append("<div class=\"figure\"><dt>Lead</dt><dd>");
      if (!lead.isObject()) {
        b.append("<span class=\"big\">—</span><br><small>no lead: ")
            .append(vendors.size() <= 1 ? "a single vendor has no panel to lead" : "not computed").append("</small>");
      } else {
        b.append("<span class=\"big\">").append(f2(lead.path("value"))).append("</span> <small>")
            .append(esc(text(lead.path("vendor")))).append("</small><br>");
        b.append("<small>coverage ").append(f2(lead.path("coverage"))).append(" vs panel median ").append(f2(lead.path("panel_median")))
            .append("</small><br>");
        b.append(pct(lead.path("confidence"))).append(" CI ").append(f2(lead.path("ci_low"))).append("–").append(f2(lead.path("ci_high")))
            .append(", p = ").append(pValue(lead.path("p_value")));
        b.append("<br><small>").append(num(lead.path("bootstrap"))).append(" bootstrap resamples, ")
            .append(num(lead.path("permutations"))).append(" permutations</small>");
      }
      b.append("</dd></div>\n");
      // neutrality
      JsonNode neu = panel.path("neutrality");
      b.append("<div class=\"figure\"><dt>Neutrality</dt><dd><span class=\"big\">").append(f2(neu.path("value"))).append("</span>");
      if (!text(neu.path("meaning")).isEmpty()) {
        b.append("<br><small>").append(esc(text(neu.path("meaning")))).append("</small>");
      }
      b.append("</dd></div>\n");
      // unmet
      JsonNode unmet = panel.path("unmet");
      b.append("<div class=\"figure\"><dt>Unmet</dt><dd><span class=\"big\">").append(num(unmet.path("count"))).append("</span> ")
          .append("<small>requirements met by no vendor</small>");
      if (unmet.path("requirements").size() > 0) {
        b.append("<br>");
        reqLinks(unmet.path("requirements"));
      }
      b.append("</dd></div>\n</dl>\n");
      chart();
      b.append("</header>\n");
    }

    /** Ranking as inline SVG: one bar of coverage per vendor, mirror score as a tick, figures as text. */
    private void chart() {
      if (vendors.isEmpty()) {
        return;
      }
      int rowH = 30;
      int top = 26;
      int labelW = 250;
      int barW = 340;
      int width = 960;
      int height = top + rowH * vendors.size() + 8;
      b.append("<figure class=\"chart\">\n<svg id=\"ranking-chart\" role=\"img\" aria-labelledby=\"ranking-title ranking-desc\" viewBox=\"0 0 ")
          .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">\n");
      b.append("<title id=\"ranking-title\">Vendors ranked by coverage</title>\n");
      StringBuilder desc = new StringBuilder();
      for (JsonNode v : vendors) {
        desc.append(text(v.path("name"))).append(": coverage ").append(f2(v.path("coverage").path("value")))
            .append(", mirror ").append(f2(v.path("mirror").path("value"))).append(", exclusive ")
            .append(num(v.path("exclusive").path("count"))).append(". ");
      }
      b.append("<desc id=\"ranking-desc\">").append(esc(desc.toString().strip())).append("</desc>\n");
      for (int t = 0; t <= 4; t++) {
        int x = labelW + barW * t / 4;
        b.append("<line class=\"axis\" x1=\"").append(x).append("\" y1=\"").append(top - 6).append("\" x2=\"").append(x)
            .append("\" y2=\"").append(height - 4).append("\"/>");
        b.append("<text class=\"axis-label\" x=\"").append(x).append("\" y=\"").append(top - 10).append("\" text-anchor=\"middle\">")
            .append(Decimals.f2(t / 4.0)).append("</text>\n");
      }
      for (int i = 0; i < vendors.size(); i++) {
        JsonNode v = vendors.get(i);
        String name = text(v.path("name"));
        boolean isLean = name.equals(lean);
        int y = top + i * rowH;
        double cov = clamp01(v.path("coverage").path("value").asDouble(0));
        double mir = clamp01(v.path("mirror").path("value").asDouble(0));
        b.append("<g class=\"vendor").append(isLean ? " lean" : "").append("\">");
        b.append("<title>").append(esc(name)).append(isLean ? " (the draft leans toward this vendor)" : "").append("</title>");
        String rank = v.path("rank").isNumber() ? v.path("rank").asText() + ". " : "";
        b.append("<text class=\"name\" x=\"").append(labelW - 8).append("\" y=\"").append(y + 19).append("\" text-anchor=\"end\">")
            .append(esc(rank + (isLean ? "★ " : "") + shorten(name))).append("</text>");
        b.append("<rect class=\"bar\" x=\"").append(labelW).append("\" y=\"").append(y + 5).append("\" width=\"")
            .append(String.format(Locale.ROOT, "%.1f", cov * barW)).append("\" height=\"").append(rowH - 10).append("\"/>");
        double mx = labelW + mir * barW;
        b.append("<line class=\"mirror-tick\" x1=\"").append(String.format(Locale.ROOT, "%.1f", mx)).append("\" y1=\"").append(y + 2)
            .append("\" x2=\"").append(String.format(Locale.ROOT, "%.1f", mx)).append("\" y2=\"").append(y + rowH - 2).append("\"/>");
        b.append("<text x=\"").append(labelW + barW + 12).append("\" y=\"").append(y + 19).append("\">coverage ")
            .append(f2(v.path("coverage").path("value"))).append(" · mirror ").append(f2(v.path("mirror").path("value")))
            .append(" · exclusive ").append(num(v.path("exclusive").path("count")))
            .append(isLean ? " · lean" : "").append("</text></g>\n");
      }
      b.append("</svg>\n<figcaption class=\"muted\"><small>Bars: coverage (modality-weighted share of requirements met); black tick: mirror score; ★ and orange: the vendor the draft leans toward.</small></figcaption>\n</figure>\n");
    }

    // ---------------------------------------------------------------- vendor table

    private void vendorTable() {
      b.append("<section id=\"vendors\">\n<h2>Vendors</h2>\n<div class=\"table-wrap\"><table class=\"data-table\">\n");
      b.append("<caption class=\"sr-only\">Vendors in rank order with their figures</caption>\n<thead><tr>")
          .append("<th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Vendor</th><th scope=\"col\">Documents</th>")
          .append("<th scope=\"col\" class=\"num\">Coverage</th><th scope=\"col\" class=\"num\">Mirror</th>")
          .append("<th scope=\"col\" class=\"num\">Distinctiveness</th><th scope=\"col\" class=\"num\">Reverse coverage</th>")
          .append("<th scope=\"col\" class=\"num\">Promoted</th><th scope=\"col\" class=\"num\">Exclusive</th></tr></thead>\n<tbody>\n");
      for (JsonNode v : vendors) {
        String name = text(v.path("name"));
        boolean isLean = name.equals(lean);
        b.append("<tr").append(isLean ? " class=\"lean\"" : "").append(">");
        b.append("<td class=\"num\">").append(num(v.path("rank"))).append("</td>");
        b.append("<th scope=\"row\">").append(esc(name)).append(isLean ? " <span class=\"badge\">★ lean</span>" : "").append("</th>");
        b.append("<td>");
        boolean first = true;
        for (JsonNode d : v.path("documents")) {
          b.append(first ? "" : "<br>").append("<code>").append(esc(text(d.path("path")))).append("</code>");
          if (!text(d.path("title")).isEmpty()) {
            b.append(" <small>").append(esc(text(d.path("title")))).append("</small>");
          }
          if (d.path("statements").isNumber()) {
            b.append(" <small>(").append(d.path("statements").asInt()).append(" statements)</small>");
          }
          first = false;
        }
        b.append("</td>");
        b.append(figureCell(v.path("coverage"), "requirements (weighted)"));
        b.append(figureCell(v.path("mirror"), "requirements"));
        b.append(figureCell(v.path("distinctiveness"), "evidence weight"));
        b.append(figureCell(v.path("reverse_coverage"), "statements"));
        b.append("<td class=\"num\">").append(num(v.path("promoted").path("count"))).append("</td>");
        JsonNode ex = v.path("exclusive");
        b.append("<td class=\"num\">").append(num(ex.path("count"))).append(" <small>(").append(pct(ex.path("share"))).append(")</small></td>");
        b.append("</tr>\n");
      }
      b.append("</tbody></table></div>\n</section>\n");
    }

    private static String figureCell(JsonNode fig, String unit) {
      return "<td class=\"num\">" + f2(fig.path("value")) + "<br><small>" + num(fig.path("numerator")) + " of " + num(fig.path("denominator"))
          + " " + esc(unit) + "</small></td>";
    }

    // ---------------------------------------------------------------- matrix

    private Map<String, List<Integer>> clauses() {
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      for (int i = 0; i < requirements.size(); i++) {
        groups.computeIfAbsent(text(requirements.get(i).path("clause")), k -> new ArrayList<>()).add(i);
      }
      return groups;
    }

    private void matrix() {
      int cols = 4 + vendors.size();
      b.append("<section id=\"matrix-section\">\n<h2>Requirements × vendors</h2>\n");
      b.append("<p class=\"legend\"><span><span class=\"mk v-met\">✓</span> MET</span><span><span class=\"mk v-partial\">◐</span> PARTIAL</span>")
          .append("<span><span class=\"mk v-not-met\">✗</span> NOT MET</span>")
          .append("<span><abbr class=\"mk mk-p\" title=\"promoted\">P</abbr> promoted: met only by a vendor option, made mandatory</span>")
          .append("<span><abbr class=\"mk mk-e\" title=\"exclusive\">E</abbr> exclusive: no other vendor meets it</span></p>\n");
      b.append("<div id=\"matrix-controls\" class=\"controls\" role=\"search\" aria-label=\"Filter requirements\" hidden>")
          .append("<label><input type=\"checkbox\" id=\"f-exclusive\"> only exclusive</label>")
          .append("<label><input type=\"checkbox\" id=\"f-promoted\"> only promoted</label>")
          .append("<label><input type=\"checkbox\" id=\"f-unmet\"> only unmet (met by no vendor)</label>")
          .append("<label for=\"f-modality\">Modality</label> <select id=\"f-modality\"><option value=\"\">all</option>");
      for (String m : modalities()) {
        b.append("<option value=\"").append(esc(m)).append("\">").append(esc(m)).append("</option>");
      }
      b.append("</select>")
          .append("<label for=\"f-q\">Search</label> <input type=\"search\" id=\"f-q\" placeholder=\"id, words, vendor…\" autocomplete=\"off\">")
          .append("</div>\n");
      b.append("<p class=\"status\" id=\"matrix-status\" aria-live=\"polite\">").append(requirements.size()).append(" requirements</p>\n");
      b.append("<div class=\"table-wrap\"><table id=\"matrix\">\n<caption class=\"sr-only\">Verdict and score of every vendor for every requirement, grouped by clause</caption>\n<thead><tr>");
      b.append("<th scope=\"col\"><button type=\"button\" data-sort=\"id\" data-type=\"text\">Id</button></th>");
      b.append("<th scope=\"col\"><button type=\"button\" data-sort=\"mrank\" data-type=\"rank\">Modality</button></th>");
      b.append("<th scope=\"col\">Requirement</th>");
      b.append("<th scope=\"col\" class=\"num\"><button type=\"button\" data-sort=\"met\" data-type=\"num\">Met by</button></th>");
      for (int i = 0; i < vendors.size(); i++) {
        String name = vendorNames.get(i);
        b.append("<th scope=\"col\" class=\"vendor-col\"><button type=\"button\" data-sort=\"s").append(i).append("\" data-type=\"num\">")
            .append(name.equals(lean) ? "★ " : "").append(esc(name)).append("</button></th>");
      }
      b.append("</tr></thead>\n");
      int group = 0;
      for (Map.Entry<String, List<Integer>> g : clauses().entrySet()) {
        group++;
        String clause = g.getKey().isEmpty() ? "(no clause)" : g.getKey();
        b.append("<tbody class=\"clause-group\"><tr class=\"clause\"><th scope=\"colgroup\" colspan=\"").append(cols).append("\" id=\"clause-")
            .append(group).append("\">").append(esc(clause)).append("</th></tr>\n");
        for (int i : g.getValue()) {
          matrixRow(i, clause);
        }
        b.append("</tbody>\n");
      }
      b.append("<tbody class=\"flat\" hidden></tbody>\n</table></div>\n</section>\n");
    }

    private List<String> modalities() {
      Set<String> seen = new HashSet<>();
      for (JsonNode r : requirements) {
        seen.add(text(r.path("modality")));
      }
      seen.remove("");
      List<String> out = new ArrayList<>();
      for (String m : MODALITY_ORDER) {
        if (seen.remove(m)) {
          out.add(m);
        }
      }
      out.addAll(new TreeSet<>(seen));
      return out;
    }

    private void matrixRow(int index, String clause) {
      JsonNode r = requirements.get(index);
      String id = text(r.path("id"));
      String modality = text(r.path("modality"));
      String exclusive = r.path("exclusive").isTextual() ? r.path("exclusive").asText() : null;
      Map<String, JsonNode> byVendor = entries(r);
      boolean promoted = false;
      for (JsonNode e : byVendor.values()) {
        promoted |= e.path("promoted").asBoolean(false);
      }
      int metCount = r.path("met_count").isNumber() ? r.path("met_count").asInt() : r.path("met_by").size();
      int mrank = MODALITY_ORDER.indexOf(modality);
      String anchor = rowAnchors.get(index);
      b.append("<tr class=\"req-row\" data-order=\"").append(index).append("\" data-target=\"").append(esc(anchor))
          .append("\" data-id=\"").append(esc(id)).append("\" data-modality=\"").append(esc(modality))
          .append("\" data-mrank=\"").append(mrank < 0 ? MODALITY_ORDER.size() : mrank)
          .append("\" data-met=\"").append(metCount).append("\" data-exclusive=\"").append(exclusive != null ? 1 : 0)
          .append("\" data-promoted=\"").append(promoted ? 1 : 0).append("\" data-unmet=\"").append(metCount == 0 ? 1 : 0).append('"');
      for (int i = 0; i < vendors.size(); i++) {
        JsonNode e = byVendor.get(vendorNames.get(i));
        if (e != null && e.path("score").isNumber()) {
          b.append(" data-s").append(i).append("=\"").append(String.format(Locale.ROOT, "%.4f", e.path("score").asDouble())).append('"');
        }
      }
      b.append(">");
      b.append("<th scope=\"row\"><a href=\"#").append(esc(anchor)).append("\" class=\"rid\">").append(esc(id)).append("</a>")
          .append("<span class=\"row-clause\">").append(esc(clause)).append("</span></th>");
      b.append("<td>").append(esc(modality)).append("</td>");
      b.append("<td class=\"req-text\"><span>").append(esc(text(r.path("text")))).append("</span></td>");
      b.append("<td class=\"num\">").append(metCount).append(" of ").append(vendors.size()).append("</td>");
      for (String name : vendorNames) {
        JsonNode e = byVendor.get(name);
        if (e == null) {
          b.append("<td class=\"cell v-none\">— <span class=\"sr-only\">not assessed</span></td>");
          continue;
        }
        String verdict = text(e.path("verdict"));
        b.append("<td class=\"cell ").append(verdictClass(verdict)).append("\">").append(verdictLabel(verdict))
            .append(" <b>").append(f2(e.path("score"))).append("</b>");
        if (e.path("promoted").asBoolean(false)) {
          b.append("<abbr class=\"mk mk-p\" title=\"promoted: met only by a vendor option\">P</abbr>");
        }
        if (name.equals(exclusive)) {
          b.append("<abbr class=\"mk mk-e\" title=\"exclusive: met by this vendor only\">E</abbr>");
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }

    /** The requirement's vendor entries by vendor name (the first entry if a name repeats). */
    private static Map<String, JsonNode> entries(JsonNode requirement) {
      Map<String, JsonNode> m = new LinkedHashMap<>();
      for (JsonNode e : requirement.path("vendors")) {
        m.putIfAbsent(text(e.path("vendor")), e);
      }
      return m;
    }

    // ---------------------------------------------------------------- details

    private void details() {
      b.append("<section id=\"details\">\n<h2>Requirements in detail</h2>\n");
      b.append("<p id=\"expand-controls\" class=\"expand-controls\" hidden><button type=\"button\" id=\"expand-all\">Expand all</button> ")
          .append("<button type=\"button\" id=\"collapse-all\">Collapse all</button></p>\n");
      b.append("<p class=\"muted\"><small>In the diffs, <del>struck-through</del><span> words are only in the requirement and </span>")
          .append("<ins>underlined</ins> words only in the vendor statement; <mark class=\"chip\">highlighted</mark> evidence is distinctive (rare) and shared. ")
          .append("Under each vendor's verdict: the relationship of its statement to the requirement (equal, subset-of, superset-of, intersects-with), ")
          .append("why they were related (syntactic, semantic or functional, i.e. by parameter values) and the confidence.</small></p>\n");
      // one block per clause: its heading and its requirements; blocks are rendered in parallel (the
      // common pool) and joined in clause order, so the page is the same whatever the threads
      List<Map.Entry<String, List<Integer>>> groups = new ArrayList<>(clauses().entrySet());
      String[] parts = new String[groups.size()];
      java.util.stream.IntStream.range(0, groups.size())
          .parallel()
          .forEach(
              k -> {
                Map.Entry<String, List<Integer>> g = groups.get(k);
                Page part = new Page(this, 1024 * (1 + vendors.size()) * g.getValue().size());
                part.b.append("<h3>").append(esc(g.getKey().isEmpty() ? "(no clause)" : g.getKey())).append("</h3>\n");
                for (int i : g.getValue()) {
                  part.requirement(i);
                }
                parts[k] = part.b.toString();
              });
      for (String part : parts) {
        b.append(part);
      }
      b.append("</section>\n");
    }

    private void requirement(int index) {
      JsonNode r = requirements.get(index);
      String id = text(r.path("id"));
      String exclusive = r.path("exclusive").isTextual() ? r.path("exclusive").asText() : null;
      int metCount = r.path("met_count").isNumber() ? r.path("met_count").asInt() : r.path("met_by").size();
      b.append("<details class=\"req\" id=\"").append(esc(rowAnchors.get(index))).append("\">\n<summary><span class=\"rid\">").append(esc(id))
          .append("</span> <span class=\"badge\">").append(esc(text(r.path("modality")))).append("</span> ")
          .append("<span class=\"badge\">met by ").append(metCount).append(" of ").append(vendors.size()).append("</span>");
      if (exclusive != null) {
        b.append(" <span class=\"badge\">exclusive: ").append(esc(exclusive)).append("</span>");
      }
      b.append(" ").append(esc(shortenText(text(r.path("text")), 140))).append("</summary>\n<div class=\"body\">\n");
      b.append("<blockquote class=\"req-quote\">").append(esc(text(r.path("text")))).append("</blockquote>\n");
      b.append("<dl class=\"meta\"><dt>Clause</dt><dd>").append(esc(text(r.path("clause")))).append("</dd>")
          .append("<dt>Location</dt><dd>").append(esc(location(r.path("location")))).append("</dd>")
          .append("<dt>Modality</dt><dd>").append(esc(text(r.path("modality")))).append("</dd>")
          .append("<dt>Met by</dt><dd>");
      if (r.path("met_by").size() == 0) {
        b.append("no vendor");
      } else {
        boolean first = true;
        for (JsonNode n : r.path("met_by")) {
          b.append(first ? "" : ", ").append(esc(text(n)));
          first = false;
        }
      }
      b.append("</dd>");
      if (exclusive != null) {
        b.append("<dt>Exclusive to</dt><dd>").append(esc(exclusive)).append("</dd>");
      }
      b.append("</dl>\n<div class=\"vgrid\">\n");
      Map<String, JsonNode> byVendor = entries(r);
      for (String name : vendorNames) {
        JsonNode e = byVendor.remove(name);
        if (e != null) {
          vendorCard(e, name.equals(exclusive));
        }
      }
      for (JsonNode e : byVendor.values()) { // entries of vendors not in the panel list, if any
        vendorCard(e, text(e.path("vendor")).equals(exclusive));
      }
      b.append("</div>\n<p><small><a href=\"#matrix-section\">back to the matrix</a></small></p>\n</div>\n</details>\n");
    }

    private void vendorCard(JsonNode e, boolean exclusive) {
      String verdict = text(e.path("verdict"));
      b.append("<article class=\"vcard ").append(verdictClass(verdict)).append("\">\n<h4>").append(esc(text(e.path("vendor"))));
      if (exclusive) {
        b.append(" <abbr class=\"mk mk-e\" title=\"exclusive: met by this vendor only\">E</abbr>");
      }
      if (e.path("promoted").asBoolean(false)) {
        b.append(" <abbr class=\"mk mk-p\" title=\"promoted: met only by a vendor option\">P</abbr>");
      }
      b.append("</h4>\n<p class=\"vverdict\">").append(verdictLabel(verdict)).append(" · score ").append(f2(e.path("score"))).append("</p>\n");
      // one line per card (a panel report has one card per requirement and vendor: 50,000 of them
      // for 1,000 requirements and 50 vendors, so every repeated label counts)
      b.append("<p class=\"vmeta\">").append(esc(text(e.path("relationship"))))
          .append(" · ").append(esc(text(e.path("rationale"))))
          .append(" · confidence ").append(f2(e.path("confidence")));
      if (e.path("promoted").asBoolean(false)) {
        b.append(" · promoted: a vendor option, made mandatory");
      }
      b.append("</p>\n");
      JsonNode s = e.path("statement");
      if (!s.isObject()) {
        b.append("<p class=\"muted\">No vendor statement relates to this requirement.</p>\n");
      } else {
        if ("NOT_MET".equals(verdict)) {
          b.append("<p class=\"muted\"><small>Nearest vendor statement</small></p>\n");
        }
        b.append("<blockquote class=\"stmt\">").append(esc(text(s.path("text")))).append("</blockquote>\n");
        b.append("<p class=\"src\"><code>").append(esc(text(s.path("document")))).append("</code>");
        String clause = text(s.path("clause"));
        if (!clause.isEmpty()) {
          b.append(" · ").append(esc(clause));
        }
        b.append(" · ").append(esc(location(s.path("location"))));
        if (!text(s.path("id")).isEmpty()) {
          b.append(" · statement ").append(esc(text(s.path("id"))));
        }
        if (!text(s.path("modality")).isEmpty()) {
          b.append(" · ").append(esc(text(s.path("modality"))));
        }
        b.append("</p>\n");
        if (s.path("diff").size() > 0) {
          b.append("<p class=\"diff\">");
          for (JsonNode seg : s.path("diff")) {
            String t = esc(text(seg.path("text")));
            switch (text(seg.path("op"))) {
              case "delete" -> b.append("<del>").append(t).append("</del>");
              case "insert" -> b.append("<ins>").append(t).append("</ins>");
              default -> b.append("<span>").append(t).append("</span>");
            }
          }
          b.append("</p>\n");
        }
      }
      if (e.path("evidence").size() > 0) {
        // distinctive evidence as chips with kind, rarity and document frequency; the other shared
        // words as one short list with their rarity (their kind and counts are in the JSON)
        b.append("<p class=\"chips\"><span class=\"sr-only\">Shared evidence: </span>");
        List<JsonNode> common = new ArrayList<>();
        for (JsonNode ev : e.path("evidence")) {
          if (!ev.path("distinctive").asBoolean(false)) {
            common.add(ev);
            continue;
          }
          b.append("<mark class=\"chip\">").append(esc(text(ev.path("text")))).append(" <small>")
              .append(esc(text(ev.path("kind")))).append(" · rarity ").append(f2(ev.path("rarity")));
          if (ev.path("statements").isNumber()) {
            b.append(" · in ").append(ev.path("statements").asInt()).append(ev.path("statements").asInt() == 1 ? " statement" : " statements");
          }
          b.append(" · distinctive</small></mark>");
        }
        if (!common.isEmpty()) {
          b.append("<span class=\"shared\">also shared (rarity): ");
          for (int k = 0; k < common.size(); k++) {
            JsonNode ev = common.get(k);
            b.append(k == 0 ? "" : ", ").append(esc(text(ev.path("text")))).append(" <small>").append(f2(ev.path("rarity"))).append("</small>");
          }
          b.append("</span>");
        }
        b.append("</p>\n");
      }
      if (e.path("parameters").size() > 0) {
        b.append("<table class=\"params\"><caption class=\"sr-only\">Parameter checks</caption><thead><tr><th scope=\"col\">Required</th>")
            .append("<th scope=\"col\">Offered</th><th scope=\"col\">Outcome</th></tr></thead><tbody>");
        for (JsonNode p : e.path("parameters")) {
          String outcome = text(p.path("outcome"));
          b.append("<tr><td>").append(esc(text(p.path("required")))).append("</td><td>").append(esc(text(p.path("offered"))))
              .append("</td><td class=\"").append(outcomeClass(outcome)).append("\">").append(outcomeSymbol(outcome)).append(' ')
              .append(esc(outcome)).append("</td></tr>");
        }
        b.append("</tbody></table>\n");
      }
      b.append("</article>\n");
    }

    // ---------------------------------------------------------------- failures, reproducibility

    private void failures() {
      b.append("<section id=\"failures\">\n<h2>Documents that could not be read</h2>\n");
      notices(root.path("failures"), "failures-table", "Documents that could not be read");
      b.append("<h3>Notices</h3>\n");
      notices(root.path("notices"), "notices-table", "Notices");
      b.append("</section>\n");
    }

    private void notices(JsonNode list, String id, String caption) {
      if (list.size() == 0) {
        b.append("<p id=\"").append(id).append("\" class=\"none\">none</p>\n");
        return;
      }
      b.append("<div class=\"table-wrap\"><table class=\"data-table\" id=\"").append(id).append("\"><caption class=\"sr-only\">").append(esc(caption))
          .append("</caption><thead><tr><th scope=\"col\">Path</th><th scope=\"col\">Severity</th><th scope=\"col\">Code</th>")
          .append("<th scope=\"col\">Message</th><th scope=\"col\">Hint</th></tr></thead>\n<tbody>\n");
      for (JsonNode n : list) {
        if (!n.isObject()) {
          b.append("<tr><td colspan=\"5\">").append(esc(n.isTextual() ? n.asText() : n.toString())).append("</td></tr>\n");
          continue;
        }
        b.append("<tr><td><code>").append(esc(text(n.path("path")))).append("</code></td><td>").append(esc(text(n.path("severity"))))
            .append("</td><td><code>").append(esc(text(n.path("code")))).append("</code></td><td>").append(esc(text(n.path("message"))))
            .append("</td><td>").append(esc(text(n.path("hint")))).append("</td></tr>\n");
      }
      b.append("</tbody></table></div>\n");
    }

    private void reproducibility() {
      b.append("<section id=\"reproducibility\">\n<h2>Reproducibility</h2>\n<p>Command:</p>\n<pre id=\"command\"><code>")
          .append(esc(text(root.path("command")))).append("</code></pre>\n");
      b.append("<p>Tool: ").append(esc(text(root.path("tool").path("name")))).append(" <code>").append(esc(text(root.path("tool").path("version"))))
          .append("</code> · schema <code>").append(esc(text(root.path("schema")))).append("</code></p>\n");
      b.append("<h3>Options</h3>\n<table class=\"data-table\" id=\"options-table\"><caption class=\"sr-only\">Options</caption><thead><tr><th scope=\"col\">Option</th>")
          .append("<th scope=\"col\">Value</th></tr></thead><tbody>\n");
      Map<String, String> options = new LinkedHashMap<>();
      flatten("", root.path("options"), options);
      if (options.isEmpty()) {
        b.append("<tr><td colspan=\"2\">none</td></tr>\n");
      }
      options.forEach((k, v) -> b.append("<tr><th scope=\"row\"><code>").append(esc(k)).append("</code></th><td><code>").append(esc(v)).append("</code></td></tr>\n"));
      b.append("</tbody></table>\n<h3>Inputs (SHA-256)</h3>\n<table class=\"data-table\" id=\"inputs-table\"><caption class=\"sr-only\">SHA-256 of every input</caption>")
          .append("<thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Path</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n");
      JsonNode st = root.path("standard");
      b.append("<tr><td>standard</td><td><code>").append(esc(text(st.path("path")))).append("</code></td><td><code>")
          .append(esc(text(st.path("sha256")))).append("</code></td></tr>\n");
      for (JsonNode v : vendors) {
        for (JsonNode d : v.path("documents")) {
          b.append("<tr><td>vendor: ").append(esc(text(v.path("name")))).append("</td><td><code>").append(esc(text(d.path("path"))))
              .append("</code></td><td><code>").append(esc(text(d.path("sha256")))).append("</code></td></tr>\n");
        }
      }
      b.append("</tbody></table>\n</section>\n");
    }

    private static void flatten(String prefix, JsonNode n, Map<String, String> out) {
      if (n.isObject()) {
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
        }
      } else if (!n.isMissingNode() && !prefix.isEmpty()) {
        out.put(prefix, n.isValueNode() ? n.asText() : n.toString());
      }
    }

    private void reqLinks(JsonNode ids) {
      boolean first = true;
      for (JsonNode n : ids) {
        String id = text(n);
        b.append(first ? "" : ", ");
        String a = anchors.get(id);
        if (a == null) {
          b.append(esc(id));
        } else {
          b.append("<a href=\"#").append(esc(a)).append("\">").append(esc(id)).append("</a>");
        }
        first = false;
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static String verdictClass(String verdict) {
    return switch (verdict) {
      case "MET" -> "v-met";
      case "PARTIAL" -> "v-partial";
      case "NOT_MET" -> "v-not-met";
      default -> "v-none";
    };
  }

  /** Symbol and words, so that the verdict is never carried by colour alone. */
  private static String verdictLabel(String verdict) {
    return switch (verdict) {
      case "MET" -> "✓ MET";
      case "PARTIAL" -> "◐ PARTIAL";
      case "NOT_MET" -> "✗ NOT MET";
      default -> "? " + esc(verdict);
    };
  }

  private static String outcomeClass(String outcome) {
    return switch (outcome) {
      case "equal", "satisfied" -> "o-ok";
      case "overlaps" -> "o-warn";
      case "conflicts" -> "o-bad";
      default -> "o-none";
    };
  }

  private static String outcomeSymbol(String outcome) {
    return switch (outcome) {
      case "equal", "satisfied" -> "✓";
      case "overlaps" -> "≈";
      case "conflicts" -> "✗";
      default -> "–";
    };
  }

  private static String location(JsonNode loc) {
    List<String> parts = new ArrayList<>();
    if (loc.path("page").isNumber()) {
      parts.add("p. " + loc.path("page").asText());
    }
    if (loc.path("line").isNumber()) {
      parts.add("line " + loc.path("line").asText());
    }
    return parts.isEmpty() ? "location unknown" : String.join(", ", parts);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? "" : n.isValueNode() ? n.asText() : n.toString();
  }

  private static String f2(JsonNode n) {
    return n.isNumber() ? Decimals.f2(n.asDouble()) : "—";
  }

  /** Whole numbers without a decimal point, others as in the JSON. */
  private static String num(JsonNode n) {
    if (!n.isNumber()) {
      return "—";
    }
    double d = n.asDouble();
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Decimals.f2(d);
  }

  private static String pct(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.0f %%", n.asDouble() * 100) : "—";
  }

  private static String pValue(JsonNode n) {
    if (!n.isNumber()) {
      return "—";
    }
    double p = n.asDouble();
    return p < 0.001 ? "&lt; 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  private static double clamp01(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  private static String shorten(String s) {
    return shortenText(s, NAME_CHARS);
  }

  private static String shortenText(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }

  /** An anchor-safe form of a requirement id; the position if nothing is left. */
  private static String slug(String id, int position) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < id.length() && b.length() < 60; i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
      b.append(ok ? c : '_');
    }
    return b.length() == 0 || b.chars().allMatch(c -> c == '_') ? Integer.toString(position) : b.toString();
  }

  /**
   * Escapes text for HTML element content and (double- or single-quoted) attribute values. Control
   * characters other than tab and newline, and unpaired surrogates, become U+FFFD.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\t', '\n' -> b.append(c);
        case '\r' -> b.append('\n');
        default -> {
          if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            b.append('\uFFFD');
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = ScoreHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      // the browser hashes the text after newline normalisation; do the same so the CSP hashes match
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSP source hash ({@code sha256-…}) of an inline script or style. */
  static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
