package org.specmirror.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import org.specmirror.check.Checker;
import org.specmirror.check.Finding;
import org.specmirror.check.Rule;
import org.specmirror.match.Evidence;
import org.specmirror.model.Location;

/**
 * SARIF 2.1.0 for code-scanning services: one run, the four rules, one result per finding located
 * in the draft (line for text formats; page, clause and requirement id as a logical location and
 * properties), {@code partialFingerprints} that survive renumbering, {@code baselineState} with a
 * baseline. Valid against the official schema (tested).
 */
public final class CheckSarif {
  private final String version;
  private final boolean withBaseline;

  public CheckSarif(String version, boolean withBaseline) {
    this.version = version;
    this.withBaseline = withBaseline;
  }

  public String render(Checker.Result r) {
    ObjectNode root = Json.object();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "specmirror");
    driver.put("semanticVersion", version.replaceAll("[^0-9A-Za-z.+-]", ""));
    driver.put("version", version);
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      ObjectNode o = rules.addObject();
      o.put("id", rule.name());
      o.put("name", rule.slug());
      o.putObject("shortDescription").put("text", rule.title());
      o.putObject("fullDescription").put("text", rule.description());
      o.putObject("help").put("text", rule.suggestion());
      o.putObject("defaultConfiguration").put("level", rule == Rule.SM004 ? "error" : "warning");
    }
    String uri = uri(r.panel().standard().info().path());
    ObjectNode art = run.putArray("artifacts").addObject();
    art.putObject("location").put("uri", uri);
    art.put("mimeType", r.panel().standard().info().mediaType());
    art.putObject("hashes").put("sha-256", r.panel().standard().info().sha256());
    ArrayNode results = run.putArray("results");
    for (Finding f : r.findings()) {
      ObjectNode o = results.addObject();
      o.put("ruleId", f.rule().name());
      o.put("ruleIndex", f.rule().ordinal());
      o.put("level", f.failing() ? "error" : f.baseline() ? "note" : "warning");
      o.putObject("message").put("text", f.message() + " " + f.rule().suggestion());
      ObjectNode loc = o.putArray("locations").addObject();
      ObjectNode phys = loc.putObject("physicalLocation");
      ObjectNode al = phys.putObject("artifactLocation");
      al.put("uri", uri);
      al.put("index", 0);
      Location l = f.requirement() == null ? null : f.requirement().location();
      phys.putObject("region").put("startLine", l != null && l.line() != null ? Math.max(1, l.line()) : 1);
      if (f.requirement() != null) {
        ObjectNode logical = loc.putArray("logicalLocations").addObject();
        logical.put("name", f.requirement().id());
        logical.put("fullyQualifiedName", (f.requirement().clause().isEmpty() ? "" : f.requirement().clause() + " / ") + f.requirement().id());
        logical.put("kind", "member");
      }
      o.putObject("partialFingerprints").put("specmirror/v1", f.fingerprint());
      if (withBaseline) {
        o.put("baselineState", f.baseline() ? "unchanged" : "new");
      }
      ObjectNode props = o.putObject("properties");
      props.put("vendor", f.vendor());
      if (f.requirement() != null) {
        props.put("requirement", f.requirement().id());
        props.put("clause", f.requirement().clause());
        props.put("modality", f.requirement().modality().name());
        if (l != null && l.page() != null) {
          props.put("page", l.page());
        }
      }
      if (f.statement() != null) {
        props.put("vendorStatement", f.statement().statement().fullText());
        props.put("vendorDocument", f.statement().document());
      }
      ArrayNode ev = props.putArray("evidence");
      for (Evidence e : f.evidence()) {
        ev.addObject().put("text", e.text()).put("kind", e.kind().label()).put("rarity", Json.round(e.rarity()));
      }
      ArrayNode rel = props.putArray("requirements");
      f.related().forEach(rel::add);
      props.put("suggestion", f.rule().suggestion());
    }
    return Json.write(root);
  }

  /** A relative URI reference for a path (forward slashes, percent-encoded). */
  static String uri(String path) {
    java.nio.file.Path abs = java.nio.file.Path.of(path).toAbsolutePath().normalize();
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
    if (java.nio.file.Path.of(path).isAbsolute()) {
      if (abs.startsWith(cwd)) {
        path = cwd.relativize(abs).toString();
      } else {
        return abs.toUri().toASCIIString(); // outside the working folder: an absolute file URI
      }
    }
    String p = path.replace('\\', '/');
    if (p.startsWith("./")) {
      p = p.substring(2);
    }
    try {
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      return p.replace(" ", "%20");
    }
  }
}
