package org.specmirror.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trace dataset: {@code sources.csv} (id,text), {@code targets.csv} (id,text,group) and
 * {@code links.csv} (source_id,target_id), RFC 4180 with a header row.
 *
 * @param name the folder name
 * @param sources source id → text, in file order
 * @param targets targets in file order
 * @param links "source\ttarget" pairs
 */
public record TraceSet(String name, Map<String, String> sources, List<Target> targets, Set<String> links) {

  /** One target statement. */
  public record Target(String id, String text, String group) {}

  /** Groups in order of first appearance. */
  public List<String> groups() {
    Set<String> g = new LinkedHashSet<>();
    for (Target t : targets) {
      g.add(t.group());
    }
    return new ArrayList<>(g);
  }

  public boolean linked(String source, String target) {
    return links.contains(source + "\t" + target);
  }

  /** Reads a dataset folder; the message of the exception names the file and the problem. */
  public static TraceSet read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a folder (expected sources.csv, targets.csv and links.csv in it)");
    }
    Map<String, String> sources = new LinkedHashMap<>();
    for (Map<String, String> r : rows(dir.resolve("sources.csv"), "id", "text")) {
      sources.put(r.get("id"), r.get("text"));
    }
    List<Target> targets = new ArrayList<>();
    for (Map<String, String> r : rows(dir.resolve("targets.csv"), "id", "text")) {
      String g = r.get("group");
      targets.add(new Target(r.get("id"), r.get("text"), g == null || g.isBlank() ? "default" : g));
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Target t : targets) {
      ids.add(t.id());
    }
    Set<String> links = new LinkedHashSet<>();
    Path lp = dir.resolve("links.csv");
    int line = 1;
    for (Map<String, String> r : rows(lp, "source_id", "target_id")) {
      line++;
      String s = r.get("source_id");
      String t = r.get("target_id");
      if (!sources.containsKey(s) || !ids.contains(t)) {
        throw new IOException(lp + ":" + line + ": link " + s + " → " + t + " names an unknown " + (sources.containsKey(s) ? "target" : "source"));
      }
      links.add(s + "\t" + t);
    }
    return new TraceSet(dir.getFileName().toString(), sources, targets, links);
  }

  private static List<Map<String, String>> rows(Path file, String... required) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": missing");
    }
    CsvMapper m = new CsvMapper();
    try (MappingIterator<Map<String, String>> it =
        m.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      List<Map<String, String>> rows = it.readAll();
      if (!rows.isEmpty()) {
        for (String col : required) {
          if (!rows.get(0).containsKey(col)) {
            throw new IOException(file + ": no column '" + col + "' in the header");
          }
        }
      }
      return rows;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not valid CSV (" + e.getOriginalMessage() + ")");
    }
  }
}
