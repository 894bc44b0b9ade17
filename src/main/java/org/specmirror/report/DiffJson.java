package org.specmirror.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.specmirror.diff.DiffReport;
import org.specmirror.diff.ModalityChange;
import org.specmirror.diff.PanelDiff;
import org.specmirror.diff.RequirementChange;
import org.specmirror.diff.RevisionDiff;
import org.specmirror.diff.RevisionDiffer;
import org.specmirror.diff.VendorShift;
import org.specmirror.match.MatchOptions;
import org.specmirror.match.Verdict;
import org.specmirror.model.Notice;
import org.specmirror.model.Requirement;

/** {@code specmirror/diff/v1}: deterministic JSON, documented in docs/formats.md and docs/diff.md. */
public final class DiffJson {
  public static final String SCHEMA = "specmirror/diff/v1";

  private final String version;
  private final MatchOptions options;
  private final String glossary;
  private final String command;

  /**
   * @param glossary how the glossary was made
   * @param command the command line as run, or null
   */
  public DiffJson(String version, MatchOptions options, String glossary, String command) {
    this.version = version;
    this.options = options;
    this.glossary = glossary;
    this.command = command;
  }

  public String render(DiffReport report) {
    return Json.write(toJson(report));
  }

  public ObjectNode toJson(DiffReport report) {
    ObjectNode root = Json.root(SCHEMA, version);
    root.put("command", command);
    ObjectNode opts = CompareJson.options(options, glossary, options.semantic());
    opts.put("pair_threshold", RevisionDiffer.THRESHOLD);
    opts.put("same_id_threshold", RevisionDiffer.SAME_ID_THRESHOLD);
    root.set("options", opts);
    RevisionDiff d = report.diff();
    if (d != null) {
      root.set("old", CompareJson.document(d.before(), "requirements", d.oldCount()));
      root.set("new", CompareJson.document(d.after(), "requirements", d.newCount()));
      root.put("summary", DiffSummary.headline(d));
      ObjectNode counts = root.putObject("counts");
      counts.put("unchanged", d.unchanged());
      for (RequirementChange.Kind k : RequirementChange.Kind.values()) {
        counts.put(k.label(), d.count(k));
      }
      for (ModalityChange.Direction x : ModalityChange.Direction.values()) {
        counts.put(x.label(), d.count(x));
      }
      ArrayNode reqs = root.putArray("requirements");
      for (RequirementChange c : d.changes()) {
        reqs.add(change(c));
      }
      root.set("vendors", report.panel() == null ? null : panel(report.panel()));
    }
    ArrayNode failures = root.putArray("failures");
    ArrayNode warnings = root.putArray("notices");
    for (Notice n : report.notices()) {
      (n.severity() == Notice.Severity.ERROR ? failures : warnings).add(ExtractJson.notice(n));
    }
    return root;
  }

  static ObjectNode change(RequirementChange c) {
    ObjectNode o = Json.object();
    o.put("id", c.current().id());
    ArrayNode kinds = o.putArray("kinds");
    c.orderedKinds().forEach(k -> kinds.add(k.label()));
    o.put("pairing", c.pairing() == null ? null : c.pairing().label());
    if (Double.isNaN(c.similarity())) {
      o.putNull("similarity");
    } else {
      o.put("similarity", Json.round(c.similarity()));
    }
    o.set("old", side(c.before()));
    o.set("new", side(c.after()));
    if (c.modality() == null) {
      o.putNull("modality");
    } else {
      ObjectNode m = o.putObject("modality");
      m.put("from", c.modality().from().name());
      m.put("to", c.modality().to().name());
      m.put("direction", c.modality().direction().label());
    }
    o.set("diff", CompareJson.diff(c.diff()));
    return o;
  }

  private static ObjectNode side(Requirement r) {
    if (r == null) {
      return null;
    }
    ObjectNode o = Json.object();
    o.put("id", r.id());
    o.put("clause", r.clause());
    o.set("location", ExtractJson.location(r.location()));
    o.put("modality", r.modality().name());
    o.put("text", r.fullText());
    return o;
  }

  private static ObjectNode panel(PanelDiff p) {
    ObjectNode o = Json.object();
    ObjectNode lean = o.putObject("lean");
    lean.put("old", p.leanBefore());
    lean.put("new", p.leanAfter());
    lean.put("change", DiffSummary.lean(p));
    o.put("old_verdict", ScoreSummary.verdict(p.before()));
    o.put("new_verdict", ScoreSummary.verdict(p.after()));
    ArrayNode vs = o.putArray("vendors");
    for (VendorShift v : p.vendors()) {
      ObjectNode x = vs.addObject();
      x.put("name", v.name());
      x.set("rank", pair(rank(p.before(), v.name()), rank(p.after(), v.name())));
      x.set("coverage", pair(v.before().coverage().value(), v.after().coverage().value()));
      x.set("coverage_numerator", pair(v.before().coverage().numerator(), v.after().coverage().numerator()));
      x.set("coverage_denominator", pair(v.before().coverage().denominator(), v.after().coverage().denominator()));
      x.set("mirror", pair(v.before().mirror().value(), v.after().mirror().value()));
      x.set("met", pair(v.before().count(Verdict.MET), v.after().count(Verdict.MET)));
      x.set("exclusive", pair(v.exclusiveBefore(), v.exclusiveAfter()));
      x.set("promoted", pair(v.before().promoted(), v.after().promoted()));
      ArrayNode rs = x.putArray("responsible");
      for (VendorShift.Responsible r : v.responsible()) {
        ObjectNode y = rs.addObject();
        RequirementChange c = r.change();
        y.put("id", c.current().id());
        y.put("old_id", c.before() == null ? null : c.before().id());
        y.put("new_id", c.after() == null ? null : c.after().id());
        ArrayNode kinds = y.putArray("kinds");
        c.orderedKinds().forEach(k -> kinds.add(k.label()));
        ObjectNode verdict = y.putObject("verdict");
        verdict.put("old", r.verdictBefore() == null ? null : r.verdictBefore().name());
        verdict.put("new", r.verdictAfter() == null ? null : r.verdictAfter().name());
        y.set("weight", pair(r.weightBefore(), r.weightAfter()));
        ObjectNode score = y.putObject("score");
        putScore(score, "old", r.scoreBefore());
        putScore(score, "new", r.scoreAfter());
        ObjectNode ex = y.putObject("exclusive");
        ex.put("old", r.exclusiveBefore());
        ex.put("new", r.exclusiveAfter());
        ObjectNode pr = y.putObject("promoted");
        pr.put("old", r.promotedBefore());
        pr.put("new", r.promotedAfter());
        y.put("coverage_weight", Json.round(r.coverageWeight()));
        y.put("drift", r.drift());
        ArrayNode why = y.putArray("reasons");
        DiffSummary.reasons(r).forEach(why::add);
      }
    }
    return o;
  }

  private static void putScore(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, Json.round(v));
    }
  }

  private static int rank(org.specmirror.score.PanelResult p, String name) {
    for (int i = 0; i < p.comparisons().size(); i++) {
      if (p.comparisons().get(i).vendor().name().equals(name)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static ObjectNode pair(double before, double after) {
    ObjectNode o = Json.object();
    o.put("old", Json.round(before));
    o.put("new", Json.round(after));
    o.put("change", Json.round(after - before));
    return o;
  }

  private static ObjectNode pair(long before, long after) {
    ObjectNode o = Json.object();
    o.put("old", before);
    o.put("new", after);
    o.put("change", after - before);
    return o;
  }
}
