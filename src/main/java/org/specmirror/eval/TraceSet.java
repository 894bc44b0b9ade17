package org.specmirror.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
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
    for (Row r : rows(dir.resolve("sources.csv"), "id", "text")) {
      sources.put(r.get("id"), r.get("text"));
    }
    List<Target> targets = new ArrayList<>();
    for (Row r : rows(dir.resolve("targets.csv"), "id", "text")) {
      String g = r.get("group");
      targets.add(new Target(r.get("id"), r.get("text"), g == null || g.isBlank() ? "default" : g));
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Target t : targets) {
      ids.add(t.id());
    }
    Set<String> links = new LinkedHashSet<>();
    Path lp = dir.resolve("links.csv");
    for (Row r : rows(lp, "source_id", "target_id")) {
      int line = r.line();
      String s = r.get("source_id");
      String t = r.get("target_id");
      if (!sources.containsKey(s) || !ids.contains(t)) {
        throw new IOException(lp + ":" + line + ": link " + s + " → " + t + " names an unknown " + (sources.containsKey(s) ? "target" : "source"));
      }
      links.add(s + "\t" + t);
    }
    return new TraceSet(dir.getFileName().toString(), sources, targets, links);
  }

  /** One CSV record with the line it starts on. */
  private record Row(int line, Map<String, String> values) {
    String get(String column) {
      return values.get(column);
    }
  }

  /**
   * Reads a CSV file with a header: blank lines are skipped, the header must name the required
   * columns, and a record with fewer fields than the header is an error naming its line.
   */
  private static List<Row> rows(Path file, String... required) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": missing");
    }
    CsvMapper m = new CsvMapper();
    m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    m.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    List<Row> out = new ArrayList<>();
    try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(file.toFile())) {
      if (!it.hasNextValue()) {
        throw new IOException(file + ": empty (expected a header row)");
      }
      String[] header = it.nextValue();
      List<String> names = new ArrayList<>();
      for (String h : header) {
        names.add(h.replace("\uFEFF", "").trim());
      }
      for (String col : required) {
        if (!names.contains(col)) {
          throw new IOException(file + ": no column '" + col + "' in the header");
        }
      }
      while (true) {
        int line = it.getCurrentLocation().getLineNr();
        if (!it.hasNextValue()) {
          break;
        }
        String[] rec = it.nextValue();
        line = Math.max(line, it.getParser().currentTokenLocation().getLineNr());
        if (rec.length > names.size() || (rec.length < names.size() && rec.length <= lastRequired(names, required))) {
          throw new IOException(file + ":" + line + ": " + rec.length + " field(s) where the header has " + names.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size() && i < rec.length; i++) {
          values.put(names.get(i), rec[i]);
        }
        out.add(new Row(line, values));
      }
      return out;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not valid CSV (" + e.getOriginalMessage() + ")");
    }
  }

  /** Index of the last required column in the header. */
  private static int lastRequired(List<String> names, String... required) {
    int last = 0;
    for (String r : required) {
      last = Math.max(last, names.indexOf(r));
    }
    return last;
  }
}
