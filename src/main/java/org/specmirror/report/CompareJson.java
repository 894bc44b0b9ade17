package org.specmirror.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.specmirror.app.CompareReport;
import org.specmirror.match.Comparison;
import org.specmirror.match.Evidence;
import org.specmirror.match.Figure;
import org.specmirror.match.MatchOptions;
import org.specmirror.match.ParameterCheck;
import org.specmirror.match.RequirementMatch;
import org.specmirror.match.Support;
import org.specmirror.match.Verdict;
import org.specmirror.match.WordDiff;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Modality;
import org.specmirror.model.Notice;
import org.specmirror.model.Requirement;

/** {@code specmirror/compare/v1}: deterministic JSON, documented in docs/formats.md. */
public final class CompareJson {
  public static final String SCHEMA = "specmirror/compare/v1";

  private final String version;
  private final MatchOptions options;
  private final String glossary;

  /**
   * @param glossary how the glossary was made, e.g. {@code built-in} or {@code built-in + terms.yml}
   */
  public CompareJson(String version, MatchOptions options, String glossary) {
    this.version = version;
    this.options = options;
    this.glossary = glossary;
  }

  public String render(CompareReport report) {
    return Json.write(toJson(report));
  }

  public ObjectNode toJson(CompareReport report) {
    ObjectNode root = Json.root(SCHEMA, version);
    root.set("options", options(options, glossary, report.comparison() != null && report.comparison().semantic()));
    Comparison c = report.comparison();
    if (c != null) {
      root.set("standard", document(c.standard(), "requirements", c.matches().size()));
      root.set("vendor", document(c.vendor().primary(), "statements", c.vendorStatements().size()));
      root.put("verdict", CompareSummary.verdict(c));
      root.set("figures", figures(c));
      ObjectNode counts = root.putObject("counts");
      counts.put("met", c.count(Verdict.MET));
      counts.put("partial", c.count(Verdict.PARTIAL));
      counts.put("not_met", c.count(Verdict.NOT_MET));
      counts.put("promoted", c.promoted());
      counts.put("distinctive", c.distinctiveMatches());
      ArrayNode reqs = root.putArray("requirements");
      for (RequirementMatch m : c.matches()) {
        reqs.add(match(m));
      }
    }
    ArrayNode notices = root.putArray("notices");
    for (Notice n : report.notices()) {
      notices.add(ExtractJson.notice(n));
    }
    return root;
  }

  static ObjectNode options(MatchOptions o, String glossary, boolean semantic) {
    ObjectNode n = Json.object();
    n.put("semantic", o.semantic());
    n.put("model", o.semantic() ? org.specmirror.match.semantic.Embeddings.model() : null);
    n.put("glossary", glossary);
    n.put("met_threshold", o.metThreshold());
    n.put("partial_threshold", o.partialThreshold());
    ObjectNode w = n.putObject("weights");
    for (Modality m : Modality.values()) {
      if (o.weight(m) > 0) {
        w.put(m.name(), o.weight(m));
      }
    }
    return n;
  }

  static ObjectNode document(ExtractedDocument d, String countKey, int count) {
    ObjectNode o = Json.object();
    o.put("path", d.info().path());
    o.put("title", d.info().title());
    o.put("media_type", d.info().mediaType());
    o.put("sha256", d.info().sha256());
    o.put(countKey, count);
    return o;
  }

  static ObjectNode figures(Comparison c) {
    ObjectNode f = Json.object();
    f.set("coverage", figure(c.coverage(), "requirements", "met requirements, weighted by modality"));
    f.set("mirror", figure(c.mirror(), "requirements", "mean best-match score over normative requirements"));
    f.set("distinctiveness", figure(c.distinctiveness(), "requirements", "share of shared evidence (idf-weighted) carried by distinctive terms and constants"));
    f.set("reverse_coverage", figure(c.reverseCoverage(), "statements", "vendor statements that support a met or partial requirement"));
    return f;
  }

  static ObjectNode figure(Figure g, String key, String meaning) {
    ObjectNode o = Json.object();
    o.put("value", Json.round(g.value()));
    o.put("numerator", Json.round(g.numerator()));
    o.put("denominator", Json.round(g.denominator()));
    o.put("meaning", meaning);
    ArrayNode a = o.putArray(key);
    g.pairs().forEach(a::add);
    return o;
  }

  static ObjectNode match(RequirementMatch m) {
    ObjectNode o = Json.object();
    Requirement r = m.requirement();
    o.put("id", r.id());
    o.put("clause", r.clause());
    o.set("location", ExtractJson.location(r.location()));
    o.put("modality", r.modality().name());
    o.put("text", r.fullText());
    o.put("verdict", m.verdict().name());
    o.put("score", Json.round(m.score()));
    o.put("relationship", m.relationship().label());
    o.put("rationale", m.rationale().label());
    o.put("confidence", Json.round(m.confidence()));
    o.put("promoted", m.promoted());
    ArrayNode sup = o.putArray("support");
    for (Support s : m.support()) {
      sup.add(support(s));
    }
    if (m.verdict() == Verdict.NOT_MET && m.nearest() != null) {
      o.set("nearest", support(m.nearest()));
    } else {
      o.putNull("nearest");
    }
    o.set("evidence", evidence(m.evidence()));
    o.set("parameters", parameters(m.parameters()));
    return o;
  }

  static ArrayNode evidence(List<Evidence> evidence) {
    ArrayNode ev = Json.MAPPER.createArrayNode();
    for (Evidence e : evidence) {
      ObjectNode x = ev.addObject();
      x.put("text", e.text());
      x.put("key", e.key());
      x.put("kind", e.kind().label());
      x.put("rarity", Json.round(e.rarity()));
      x.put("statements", e.statements());
      x.put("distinctive", e.distinctive());
    }
    return ev;
  }

  static ArrayNode parameters(List<ParameterCheck> checks) {
    ArrayNode ps = Json.MAPPER.createArrayNode();
    for (ParameterCheck p : checks) {
      ObjectNode x = ps.addObject();
      x.put("required", p.required().text());
      x.put("offered", p.offered() == null ? null : p.offered().text());
      x.put("outcome", p.outcome().label());
    }
    return ps;
  }

  static ObjectNode support(Support s) {
    ObjectNode o = Json.object();
    Requirement r = s.statement();
    o.put("id", r.id());
    o.put("document", s.document());
    o.put("clause", r.clause());
    o.set("location", ExtractJson.location(r.location()));
    o.put("modality", r.modality().name());
    o.put("text", r.fullText());
    o.put("score", Json.round(s.score()));
    o.put("lexical", Json.round(s.lexical()));
    if (Double.isNaN(s.semantic())) {
      o.putNull("semantic");
    } else {
      o.put("semantic", Json.round(s.semantic()));
    }
    o.set("diff", diff(s.diff()));
    return o;
  }

  static ArrayNode diff(List<WordDiff.Segment> segs) {
    ArrayNode d = Json.MAPPER.createArrayNode();
    for (WordDiff.Segment seg : segs) {
      ObjectNode x = d.addObject();
      x.put("op", seg.op().label());
      x.put("text", seg.text());
    }
    return d;
  }
}
