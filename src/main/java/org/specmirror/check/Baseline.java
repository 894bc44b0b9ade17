package org.specmirror.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings and vendor figures recorded at one point ({@code --write-baseline}), against which a
 * later run fails only on what is new ({@code --baseline}) and on any vendor's rise (the ratchet).
 *
 * @param fingerprints fingerprints of the recorded findings
 * @param vendors vendor name → its figures then
 */
public record Baseline(Set<String> fingerprints, Map<String, VendorFigures> vendors) {

  public static final String SCHEMA = "specmirror/baseline/v1";

  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  /**
   * A vendor's figures in the baseline.
   *
   * @param coverage coverage
   * @param exclusiveShare share of normative requirements only it met
   * @param met requirement fingerprints it met
   * @param exclusive requirement fingerprints only it met
   */
  public record VendorFigures(double coverage, double exclusiveShare, Set<String> met, Set<String> exclusive) {}

  /** Reads a baseline written by {@link #toJson()}; the message of the exception names the file. */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(file));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException(file + ": baseline not found (write one with --write-baseline " + file + ")");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      throw new IOException(
          file + (loc != null && loc.getLineNr() > 0 ? ":" + loc.getLineNr() : "") + ": not valid JSON ("
              + org.specmirror.text.ParserMessages.clean(e.getOriginalMessage()) + "); write a new one with --write-baseline");
    } catch (IOException e) {
      throw new IOException(file + ": cannot read the baseline (" + e.getMessage() + ")");
    }
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw new IOException(file + ": not a specmirror baseline (expected \"schema\": \"" + SCHEMA + "\")");
    }
    Set<String> fps = new LinkedHashSet<>();
    root.path("findings").forEach(f -> fps.add(f.path("fingerprint").asText()));
    Map<String, VendorFigures> vendors = new LinkedHashMap<>();
    root.path("vendors").properties().forEach(e -> {
      JsonNode v = e.getValue();
      vendors.put(e.getKey(), new VendorFigures(v.path("coverage").asDouble(), v.path("exclusive_share").asDouble(), set(v.path("met")), set(v.path("exclusive"))));
    });
    return new Baseline(fps, vendors);
  }

  private static Set<String> set(JsonNode a) {
    Set<String> s = new LinkedHashSet<>();
    a.forEach(x -> s.add(x.asText()));
    return s;
  }

  /** The baseline file's content for these findings and figures. */
  static ObjectNode toJson(List<Finding> findings, Map<String, VendorFigures> vendors) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    ArrayNode fs = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode o = fs.addObject();
      o.put("fingerprint", f.fingerprint());
      o.put("rule", f.rule().name());
      o.put("requirement", f.requirement() == null ? null : f.requirement().id());
      o.put("vendor", f.vendor());
    }
    ObjectNode vs = root.putObject("vendors");
    for (Map.Entry<String, VendorFigures> e : vendors.entrySet()) {
      ObjectNode o = vs.putObject(e.getKey());
      o.put("coverage", round(e.getValue().coverage()));
      o.put("exclusive_share", round(e.getValue().exclusiveShare()));
      ArrayNode met = o.putArray("met");
      e.getValue().met().forEach(met::add);
      ArrayNode ex = o.putArray("exclusive");
      e.getValue().exclusive().forEach(ex::add);
    }
    return root;
  }
}
