package org.specmirror.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code check} tolerates. Every key is optional; see docs/ci.md for the file format.
 *
 * @param maxExclusiveShare largest share of normative requirements one vendor may meet exclusively (SM004)
 * @param maxLead largest coverage lead of the top vendor over the panel median (SM004)
 * @param failOnExclusive whether each requirement met by only one vendor fails the check (SM001);
 *     otherwise those findings are warnings
 * @param failOnPromoted whether a vendor option made mandatory fails the check (SM002)
 * @param failOnVendorTerms whether vendor-specific names, terms or constants in normative text fail it (SM003)
 * @param ratchetMargin with a baseline: how much any vendor's coverage or exclusive share may rise
 * @param vendors vendor folder (relative to the policy file), or null
 * @param vendorMap vendor map (relative to the policy file), or null
 * @param glossary glossary file (relative to the policy file), or null
 * @param weights modality weights, empty for the defaults
 * @param origin where the policy came from, for reports ("defaults" or the file)
 */
public record Policy(
    double maxExclusiveShare,
    double maxLead,
    boolean failOnExclusive,
    boolean failOnPromoted,
    boolean failOnVendorTerms,
    double ratchetMargin,
    Path vendors,
    Path vendorMap,
    Path glossary,
    Map<String, Double> weights,
    String origin) {

  /** The keys a policy file may hold, with what they mean (for errors and docs). */
  public static final Map<String, String> KEYS;

  static {
    Map<String, String> k = new LinkedHashMap<>();
    k.put("max_exclusive_share", "number 0..1: largest share of normative requirements one vendor may meet exclusively (default 0.10)");
    k.put("max_lead", "number 0..1: largest coverage lead of the top vendor over the panel median (default 0.25)");
    k.put("fail_on_exclusive", "true/false: every requirement met by only one vendor fails the check (default false: warnings)");
    k.put("fail_on_promoted", "true/false: a vendor option made mandatory fails the check (default true)");
    k.put("fail_on_vendor_terms", "true/false: vendor-specific names, terms or constants in normative text fail the check (default false: warnings)");
    k.put("ratchet_margin", "number 0..1: with --baseline, how much a vendor's coverage or exclusive share may rise (default 0.02)");
    k.put("vendors", "path: the vendor folder (relative to this file)");
    k.put("vendor_map", "path: the vendor map (relative to this file)");
    k.put("glossary", "path: a glossary file (relative to this file)");
    k.put("weights", "map: modality weights for coverage, e.g. {MUST: 1, SHOULD: 0.6, MAY: 0.3}");
    KEYS = java.util.Collections.unmodifiableMap(k);
  }

  public static Policy defaults() {
    return new Policy(0.10, 0.25, false, true, false, 0.02, null, null, null, Map.of(), "defaults");
  }

  /** A policy file that cannot be used; the message names the file and line. */
  public static final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
      super(message);
    }
  }

  /** Reads a policy file; unknown keys and bad values are errors with file and line. */
  public static Policy read(Path file) throws PolicyException {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new PolicyException(file + ": policy file not found");
    } catch (IOException e) {
      throw new PolicyException(file + ": cannot read the policy file (" + e.getMessage() + ")");
    }
    Policy d = defaults();
    double maxExclusive = d.maxExclusiveShare();
    double maxLead = d.maxLead();
    boolean failExclusive = d.failOnExclusive();
    boolean failPromoted = d.failOnPromoted();
    boolean failTerms = d.failOnVendorTerms();
    double ratchet = d.ratchetMargin();
    Path vendors = null;
    Path vendorMap = null;
    Path glossary = null;
    Map<String, Double> weights = new LinkedHashMap<>();
    Path base = file.toAbsolutePath().getParent();
    try (JsonParser p = new YAMLFactory().createParser(new StringReader(text))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Policy(maxExclusive, maxLead, failExclusive, failPromoted, failTerms, ratchet, null, null, null, Map.of(), file.toString());
      }
      if (t != JsonToken.START_OBJECT) {
        throw error(file, p.currentTokenLocation(), "expected a map of settings (key: value)");
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
        String key = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        if (!KEYS.containsKey(key)) {
          throw error(file, at, "unknown key '" + key + "' (known keys: " + String.join(", ", KEYS.keySet()) + ")");
        }
        if (!seen.add(key)) {
          throw error(file, at, "key '" + key + "' is set twice");
        }
        p.nextToken();
        switch (key) {
          case "max_exclusive_share" -> maxExclusive = share(file, p, key);
          case "max_lead" -> maxLead = share(file, p, key);
          case "ratchet_margin" -> ratchet = share(file, p, key);
          case "fail_on_exclusive" -> failExclusive = bool(file, p, key);
          case "fail_on_promoted" -> failPromoted = bool(file, p, key);
          case "fail_on_vendor_terms" -> failTerms = bool(file, p, key);
          case "vendors" -> vendors = path(file, p, key, base, true);
          case "vendor_map" -> vendorMap = path(file, p, key, base, false);
          case "glossary" -> glossary = path(file, p, key, base, false);
          case "weights" -> weights = weights(file, p);
          default -> throw new IllegalStateException(key);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String msg = org.specmirror.text.ParserMessages.clean(e.getOriginalMessage());
      throw new PolicyException(
          file + (loc != null && loc.getLineNr() > 0 ? ":" + loc.getLineNr() : "") + ": not valid YAML (" + msg + ")");
    } catch (IOException e) {
      throw new PolicyException(file + ": " + e.getMessage());
    }
    return new Policy(maxExclusive, maxLead, failExclusive, failPromoted, failTerms, ratchet, vendors, vendorMap, glossary, weights, file.toString());
  }

  private static double share(Path file, JsonParser p, String key) throws IOException, PolicyException {
    if (!p.currentToken().isNumeric()) {
      throw error(file, p.currentTokenLocation(), key + ": expected a number between 0 and 1");
    }
    double v = p.getDoubleValue();
    if (!(v >= 0 && v <= 1)) {
      throw error(file, p.currentTokenLocation(), key + ": " + v + " is not between 0 and 1");
    }
    return v;
  }

  private static boolean bool(Path file, JsonParser p, String key) throws IOException, PolicyException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw error(file, p.currentTokenLocation(), key + ": expected true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private static Path path(Path file, JsonParser p, String key, Path base, boolean folder) throws IOException, PolicyException {
    if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isBlank()) {
      throw error(file, p.currentTokenLocation(), key + ": expected a path");
    }
    Path f = base.resolve(p.getText().trim()).normalize();
    if (folder ? !Files.isDirectory(f) : !Files.isRegularFile(f)) {
      throw error(file, p.currentTokenLocation(), key + ": " + p.getText().trim() + " not found (looked for " + f + ")");
    }
    return f;
  }

  private static Map<String, Double> weights(Path file, JsonParser p) throws IOException, PolicyException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error(file, p.currentTokenLocation(), "weights: expected a map such as {MUST: 1, SHOULD: 0.6, MAY: 0.3}");
    }
    Map<String, Double> w = new LinkedHashMap<>();
    List<String> allowed = List.of("MUST", "MUST_NOT", "SHOULD", "SHOULD_NOT", "MAY");
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String m = p.currentName().trim().toUpperCase(Locale.ROOT).replace('-', '_');
      JsonLocation at = p.currentTokenLocation();
      if (!allowed.contains(m)) {
        throw error(file, at, "weights: unknown modality '" + p.currentName() + "' (use " + String.join(", ", allowed) + ")");
      }
      p.nextToken();
      if (!p.currentToken().isNumeric() || p.getDoubleValue() < 0) {
        throw error(file, p.currentTokenLocation(), "weights: " + m + " needs a number of 0 or more");
      }
      w.put(m, p.getDoubleValue());
    }
    return w;
  }

  private static PolicyException error(Path file, JsonLocation at, String message) {
    return new PolicyException(file + ":" + at.getLineNr() + ": " + message);
  }
}
