package org.specmirror.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.specmirror.match.Comparison;
import org.specmirror.match.MatchOptions;
import org.specmirror.match.RequirementMatch;
import org.specmirror.match.Support;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Notice;
import org.specmirror.model.Requirement;
import org.specmirror.score.PanelOptions;
import org.specmirror.score.PanelResult;

/** {@code specmirror/score/v1}: deterministic JSON, documented in docs/formats.md. */
public final class ScoreJson {
  public static final String SCHEMA = "specmirror/score/v1";

  private final String version;
  private final MatchOptions match;
  private final String glossary;
  private final String command;

  /**
   * @param command the command line as run (printed in reports so they can be reproduced), or null
   */
  public ScoreJson(String version, MatchOptions match, String glossary, String command) {
    this.version = version;
    this.match = match;
    this.glossary = glossary;
    this.command = command;
  }

  public String render(PanelResult p, List<Notice> notices) {
    return Json.write(toJson(p, notices));
  }

  public ObjectNode toJson(PanelResult p, List<Notice> notices) {
    ObjectNode root = Json.root(SCHEMA, version);
    root.put("command", command);
    ObjectNode opts = CompareJson.options(match, glossary, match.semantic());
    PanelOptions po = p.options();
    opts.put("bootstrap", po.bootstrap());
    opts.put("permutations", po.permutations());
    opts.put("seed", po.seed());
    opts.put("confidence", po.confidence());
    root.set("options", opts);
    root.set("standard", CompareJson.document(p.standard(), "requirements", p.requirements().size()));
    root.put("verdict", ScoreSummary.verdict(p));
    ObjectNode lean = root.putObject("lean");
    lean.put("vendor", p.clearLead() ? p.lead().vendor() : null);
    lean.put("clear", p.clearLead());
    root.set("panel", panel(p));
    ArrayNode vs = root.putArray("vendors");
    int rank = 1;
    for (Comparison c : p.comparisons()) {
      vs.add(vendor(c, rank++, p.exclusiveByVendor().get(c.vendor().name()), p.requirements().size()));
    }
    ArrayNode reqs = root.putArray("requirements");
    for (int r = 0; r < p.requirements().size(); r++) {
      reqs.add(requirement(p, r));
    }
    ArrayNode failures = root.putArray("failures");
    ArrayNode warnings = root.putArray("notices");
    for (Notice n : notices) {
      (n.severity() == Notice.Severity.ERROR ? failures : warnings).add(ExtractJson.notice(n));
    }
    return root;
  }

  private static ObjectNode panel(PanelResult p) {
    ObjectNode o = Json.object();
    o.put("vendors", p.comparisons().size());
    ObjectNode ex = CompareJson.figure(p.exclusivity(), "requirements", "normative requirements met by exactly one vendor");
    ObjectNode by = ex.putObject("by_vendor");
    for (Map.Entry<String, List<String>> e : p.exclusiveByVendor().entrySet()) {
      by.put(e.getKey(), e.getValue().size());
    }
    o.set("exclusivity", ex);
    if (p.lead() == null) {
      o.putNull("lead");
    } else {
      PanelResult.Lead l = p.lead();
      ObjectNode lead = o.putObject("lead");
      lead.put("vendor", l.vendor());
      lead.put("coverage", Json.round(l.coverage()));
      lead.put("panel_median", Json.round(l.panelMedian()));
      lead.put("value", Json.round(l.value()));
      lead.put("ci_low", Json.round(l.ciLow()));
      lead.put("ci_high", Json.round(l.ciHigh()));
      lead.put("confidence", p.options().confidence());
      lead.put("p_value", Json.round(l.pValue()));
      lead.put("exclusive", l.exclusive());
      lead.put("expected_exclusive", Json.round(l.expectedExclusive()));
      lead.put("exclusive_p_value", Json.round(l.exclusivePValue()));
      lead.put("bootstrap", p.options().bootstrap());
      lead.put("permutations", p.options().permutations());
    }
    ObjectNode neu = o.putObject("neutrality");
    if (p.neutrality() == null) {
      neu.putNull("value");
    } else {
      neu.put("value", Json.round(p.neutrality()));
    }
    neu.put("meaning", "normalised entropy of how met requirements are attributed to vendors: 1 = evenly, 0 = all to one vendor");
    ObjectNode unmet = o.putObject("unmet");
    unmet.put("count", p.unmet().size());
    ArrayNode ids = unmet.putArray("requirements");
    p.unmet().forEach(ids::add);
    return o;
  }

  private static ObjectNode vendor(Comparison c, int rank, List<String> exclusive, int n) {
    ObjectNode o = Json.object();
    o.put("name", c.vendor().name());
    o.put("rank", rank);
    ArrayNode docs = o.putArray("documents");
    for (ExtractedDocument d : c.vendor().documents()) {
      docs.add(CompareJson.document(d, "statements", org.specmirror.match.DocumentMatcher.features(d).size()));
    }
    ObjectNode f = CompareJson.figures(c);
    f.properties().forEach(e -> o.set(e.getKey(), e.getValue()));
    ObjectNode promoted = o.putObject("promoted");
    promoted.put("count", c.promoted());
    ArrayNode pids = promoted.putArray("requirements");
    c.matches().stream().filter(RequirementMatch::promoted).forEach(m -> pids.add(m.requirement().id()));
    ObjectNode ex = o.putObject("exclusive");
    ex.put("count", exclusive.size());
    ex.put("share", Json.round(n == 0 ? 0 : exclusive.size() / (double) n));
    ArrayNode eids = ex.putArray("requirements");
    exclusive.forEach(eids::add);
    ObjectNode counts = o.putObject("counts");
    counts.put("met", c.count(org.specmirror.match.Verdict.MET));
    counts.put("partial", c.count(org.specmirror.match.Verdict.PARTIAL));
    counts.put("not_met", c.count(org.specmirror.match.Verdict.NOT_MET));
    return o;
  }

  private static ObjectNode requirement(PanelResult p, int r) {
    Requirement q = p.requirements().get(r);
    ObjectNode o = Json.object();
    o.put("id", q.id());
    o.put("clause", q.clause());
    o.set("location", ExtractJson.location(q.location()));
    o.put("modality", q.modality().name());
    o.put("text", q.fullText());
    ArrayNode metBy = o.putArray("met_by");
    p.metBy().get(r).forEach(metBy::add);
    o.put("met_count", p.metBy().get(r).size());
    o.put("exclusive", p.metBy().get(r).size() == 1 && p.comparisons().size() > 1 ? p.metBy().get(r).get(0) : null);
    ArrayNode vs = o.putArray("vendors");
    for (Comparison c : p.comparisons()) {
      RequirementMatch m = c.matches().get(r);
      ObjectNode x = vs.addObject();
      x.put("vendor", c.vendor().name());
      x.put("verdict", m.verdict().name());
      x.put("score", Json.round(m.score()));
      x.put("relationship", m.relationship().label());
      x.put("rationale", m.rationale().label());
      x.put("confidence", Json.round(m.confidence()));
      x.put("promoted", m.promoted());
      Support s = m.support().isEmpty() ? m.nearest() : m.support().get(0);
      if (s == null) {
        x.putNull("statement");
      } else {
        ObjectNode st = CompareJson.support(s);
        st.put("nearest", m.support().isEmpty());
        st.put("together_with", m.support().size() - 1);
        x.set("statement", st);
      }
      x.set("evidence", CompareJson.evidence(m.evidence()));
      x.set("parameters", CompareJson.parameters(m.parameters()));
    }
    return o;
  }
}
