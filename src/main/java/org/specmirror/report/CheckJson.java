package org.specmirror.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.specmirror.check.Checker;
import org.specmirror.check.Finding;
import org.specmirror.check.Policy;
import org.specmirror.check.Rule;
import org.specmirror.model.Notice;

/** {@code specmirror/check/v1}: the findings, the policy and the panel summary, deterministic. */
public final class CheckJson {
  public static final String SCHEMA = "specmirror/check/v1";

  private CheckJson() {}

  /** "FAILED: …" or "PASSED: …", one line. */
  public static String summary(Checker.Result r) {
    long failing = r.failing();
    long warnings = r.findings().stream().filter(f -> !f.failing() && !f.baseline()).count();
    long base = r.findings().stream().filter(Finding::baseline).count();
    Map<Rule, Integer> by = new EnumMap<>(Rule.class);
    r.findings().stream().filter(Finding::failing).forEach(f -> by.merge(f.rule(), 1, Integer::sum));
    StringBuilder b = new StringBuilder();
    if (failing > 0) {
      b.append("FAILED: ").append(failing).append(failing == 1 ? " finding" : " findings").append(" above policy (");
      b.append(String.join(", ", by.entrySet().stream().map(e -> e.getKey().name() + " \u00d7" + e.getValue()).toList())).append(")");
    } else {
      b.append("PASSED: no finding above policy");
    }
    b.append("; ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    if (base > 0) {
      b.append("; ").append(base).append(" already in the baseline");
    }
    b.append('.');
    return b.toString();
  }

  /** Where a finding is, for people: "fixtures/x.md:12 (7.2 Monitoring, LC-12)". */
  public static String where(Checker.Result r, Finding f) {
    String path = r.panel().standard().info().path();
    if (f.requirement() == null) {
      return path;
    }
    var l = f.requirement().location();
    String at = l.line() != null ? ":" + l.line() : l.page() != null ? " p. " + l.page() : "";
    return path + at + " (" + (f.requirement().clause().isEmpty() ? "" : f.requirement().clause() + ", ") + f.requirement().id() + ")";
  }

  public static String level(Finding f) {
    return f.baseline() ? "baseline" : f.failing() ? "error" : "warning";
  }

  public static ObjectNode toJson(Checker.Result r, String version, String command, List<Notice> notices) {
    ObjectNode root = Json.root(SCHEMA, version);
    root.put("command", command);
    root.set("policy", policy(r.policy()));
    root.put("passed", r.failing() == 0);
    root.put("summary", summary(r));
    root.set("standard", CompareJson.document(r.panel().standard(), "requirements", r.panel().requirements().size()));
    root.put("verdict", ScoreSummary.verdict(r.panel()));
    root.set("findings", findings(r));
    ArrayNode failures = root.putArray("failures");
    notices.stream().filter(n -> n.severity() == Notice.Severity.ERROR).forEach(n -> failures.add(ExtractJson.notice(n)));
    return root;
  }

  static ObjectNode policy(Policy p) {
    ObjectNode o = Json.object();
    o.put("origin", p.origin());
    o.put("max_exclusive_share", p.maxExclusiveShare());
    o.put("max_lead", p.maxLead());
    o.put("fail_on_exclusive", p.failOnExclusive());
    o.put("fail_on_promoted", p.failOnPromoted());
    o.put("fail_on_vendor_terms", p.failOnVendorTerms());
    o.put("ratchet_margin", p.ratchetMargin());
    return o;
  }

  static ArrayNode findings(Checker.Result r) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Finding f : r.findings()) {
      ObjectNode o = a.addObject();
      o.put("rule", f.rule().name());
      o.put("rule_name", f.rule().slug());
      o.put("level", level(f));
      o.put("failing", f.failing());
      o.put("baseline", f.baseline());
      o.put("message", f.message());
      o.put("suggestion", f.rule().suggestion());
      o.put("requirement", f.requirement() == null ? null : f.requirement().id());
      o.put("clause", f.requirement() == null ? null : f.requirement().clause());
      if (f.requirement() == null) {
        o.putNull("location");
      } else {
        o.set("location", ExtractJson.location(f.requirement().location()));
      }
      o.put("where", where(r, f));
      o.put("vendor", f.vendor());
      o.put("fingerprint", f.fingerprint());
      if (f.statement() == null) {
        o.putNull("statement");
      } else {
        o.set("statement", CompareJson.support(f.statement()));
      }
      o.set("evidence", CompareJson.evidence(f.evidence()));
      ArrayNode rel = o.putArray("requirements");
      f.related().forEach(rel::add);
    }
    return a;
  }

  /** The score JSON with the check's findings on top, for the HTML report. */
  public static ObjectNode withFindings(ObjectNode score, Checker.Result r) {
    ObjectNode check = Json.object();
    check.put("passed", r.failing() == 0);
    check.put("summary", summary(r));
    check.set("findings", findings(r));
    score.set("check", check);
    return score;
  }

  }
