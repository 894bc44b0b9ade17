package org.specmirror.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.specmirror.app.ExtractReport;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Location;
import org.specmirror.model.Modality;
import org.specmirror.model.Notice;
import org.specmirror.model.Parameter;
import org.specmirror.model.Requirement;

/** {@code specmirror/extract/v1}: deterministic JSON, documented in docs/formats.md. */
public final class ExtractJson implements ExtractRenderer {
  public static final String SCHEMA = "specmirror/extract/v1";

  private final String version;

  public ExtractJson(String version) {
    this.version = version;
  }

  @Override
  public void render(ExtractReport report, Writer out) throws IOException {
    out.write(Json.write(toJson(report)));
  }

  public ObjectNode toJson(ExtractReport report) {
    ObjectNode root = Json.root(SCHEMA, version);
    ArrayNode docs = root.putArray("documents");
    for (ExtractedDocument d : report.documents()) {
      docs.add(document(d));
    }
    ArrayNode failures = root.putArray("failures");
    for (Notice n : report.failures()) {
      failures.add(notice(n));
    }
    return root;
  }

  public static ObjectNode document(ExtractedDocument d) {
    ObjectNode o = Json.object();
    o.put("path", d.info().path());
    o.put("media_type", d.info().mediaType());
    o.put("sha256", d.info().sha256());
    o.put("bytes", d.info().bytes());
    if (d.info().pages() == null) {
      o.putNull("pages");
    } else {
      o.put("pages", d.info().pages());
    }
    o.put("title", d.info().title());
    o.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
    o.put("kind_reason", d.kindReason());
    ObjectNode conv = o.putObject("conventions");
    d.conventions().forEach((k, v) -> conv.put(k, v.name()));
    ObjectNode counts = o.putObject("counts");
    Map<Modality, Integer> c = new EnumMap<>(Modality.class);
    for (Requirement r : d.requirements()) {
      c.merge(r.modality(), 1, Integer::sum);
    }
    c.forEach((k, v) -> counts.put(k.name(), v));
    ArrayNode notices = o.putArray("notices");
    d.notices().forEach(n -> notices.add(notice(n)));
    ArrayNode reqs = o.putArray("requirements");
    for (Requirement r : d.requirements()) {
      reqs.add(requirement(r));
    }
    return o;
  }

  public static ObjectNode requirement(Requirement r) {
    ObjectNode o = Json.object();
    o.put("id", r.id());
    o.put("clause", r.clause());
    o.set("location", location(r.location()));
    o.put("modality", r.modality().name());
    o.put("text", r.text());
    o.put("lead_in", r.leadIn());
    o.put("source", r.source());
    o.put("keyword", r.keyword());
    ArrayNode ps = o.putArray("parameters");
    for (Parameter p : r.parameters()) {
      ps.add(parameter(p));
    }
    o.put("explanation", r.explanation());
    return o;
  }

  static ObjectNode location(Location l) {
    ObjectNode o = Json.object();
    if (l.page() == null) {
      o.putNull("page");
    } else {
      o.put("page", l.page());
    }
    if (l.line() == null) {
      o.putNull("line");
    } else {
      o.put("line", l.line());
    }
    o.put("block", l.block());
    return o;
  }

  public static ObjectNode parameter(Parameter p) {
    ObjectNode o = Json.object();
    o.put("type", p.type().name());
    o.put("quantity", p.quantity());
    o.put("text", p.text());
    putNumber(o, "min", p.min());
    putNumber(o, "max", p.max());
    o.put("unit", p.unit());
    o.put("value", p.value());
    return o;
  }

  private static void putNumber(ObjectNode o, String key, Double v) {
    if (v == null) {
      o.putNull(key);
    } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      o.put(key, v.longValue());
    } else {
      o.put(key, v);
    }
  }

  public static ObjectNode notice(Notice n) {
    ObjectNode o = Json.object();
    o.put("path", n.path());
    o.put("severity", n.severity().name());
    o.put("code", n.code());
    o.put("message", n.message());
    o.put("hint", n.hint());
    return o;
  }
}
