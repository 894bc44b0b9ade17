package org.specmirror.normalise;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Acronyms and synonyms that name the same thing ("LED" = "light-emitting diode", "CCT" =
 * "correlated colour temperature", "colour" = "color"). Every name of a concept is folded into one
 * comparison key, {@code =} + the first name, so the two sides match whichever name they use.
 *
 * <p>File format (YAML): one key per concept, the preferred name, with the list of its other names:
 *
 * <pre>
 * LED: [light-emitting diode, light emitting diode]
 * NB-IoT: [narrowband IoT, narrow-band internet of things]
 * </pre>
 *
 * A user glossary ({@code --glossary FILE}) is added to the built-in one; an entry for a name the
 * built-in glossary already knows replaces it. Errors are reported with file and line.
 */
public final class Glossary {

  private static final String BUILT_IN = "glossary.yml";

  /** One concept: its key, its preferred name and all names as written. */
  public record Entry(String name, List<String> variants) {}

  private final Map<String, Entry> entries; // preferred name (lower case) → entry
  private final Map<String, List<Pattern>> byFirst; // first stem → patterns, longest first

  private record Pattern(List<String> stems, String key) {}

  private Glossary(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    Map<String, List<Pattern>> index = new HashMap<>();
    for (Entry e : entries.values()) {
      String key = "=" + String.join("_", TermAnalyzer.stemsOf(e.name())).toLowerCase(Locale.ROOT);
      if (key.equals("=")) {
        key = "=" + e.name().toLowerCase(Locale.ROOT);
      }
      List<String> names = new ArrayList<>();
      names.add(e.name());
      names.addAll(e.variants());
      for (String n : names) {
        List<String> stems = TermAnalyzer.stemsOf(n);
        if (!stems.isEmpty()) {
          index.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Pattern(stems, key));
        }
      }
    }
    for (List<Pattern> l : index.values()) {
      l.sort(Comparator.comparingInt((Pattern p) -> -p.stems().size()));
    }
    this.byFirst = index;
  }

  /** A glossary with no entries. */
  public static Glossary empty() {
    return new Glossary(Map.of());
  }

  /** The glossary shipped with specmirror (street lighting, IoT, networking, electrical terms). */
  public static Glossary builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static final class BuiltIn {
    static final Glossary INSTANCE = load();

    private static Glossary load() {
      try (InputStream in = Glossary.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new IllegalStateException("built-in glossary resource is missing");
        }
        String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Glossary(parse(yaml, "built-in glossary"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (GlossaryException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }

  /** This glossary plus the entries of a user file (its entries win). */
  public Glossary with(Path file) throws GlossaryException {
    String yaml;
    try {
      byte[] bytes = Files.readAllBytes(file);
      yaml = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new GlossaryException(file + ": glossary file not found");
    } catch (CharacterCodingException e) {
      throw new GlossaryException(file + ": glossary is not UTF-8 text");
    } catch (IOException e) {
      throw new GlossaryException(file + ": cannot read glossary (" + e.getMessage() + ")");
    }
    Map<String, Entry> user = parse(yaml, file.toString());
    // a name the user claims leaves the built-in entry that had it
    java.util.Set<String> claimed = new java.util.HashSet<>();
    for (Entry e : user.values()) {
      claimed.add(e.name().toLowerCase(Locale.ROOT));
      e.variants().forEach(v -> claimed.add(v.toLowerCase(Locale.ROOT)));
    }
    Map<String, Entry> merged = new LinkedHashMap<>();
    for (Map.Entry<String, Entry> b : entries.entrySet()) {
      if (claimed.contains(b.getKey())) {
        continue;
      }
      List<String> vs = new ArrayList<>();
      for (String v : b.getValue().variants()) {
        if (!claimed.contains(v.toLowerCase(Locale.ROOT))) {
          vs.add(v);
        }
      }
      if (!vs.isEmpty()) {
        merged.put(b.getKey(), new Entry(b.getValue().name(), List.copyOf(vs)));
      }
    }
    merged.putAll(user);
    return new Glossary(merged);
  }

  /** The entries, preferred name → entry, in file order. */
  public Map<String, Entry> entries() {
    return entries;
  }

  /** Replaces every glossary name found in {@code terms} by its concept key (longest name first). */
  List<Term> fold(List<Term> terms) {
    if (byFirst.isEmpty()) {
      return terms;
    }
    List<Term> out = new ArrayList<>(terms.size());
    int i = 0;
    while (i < terms.size()) {
      Term t = terms.get(i);
      List<Pattern> candidates = byFirst.get(t.key());
      Pattern hit = null;
      if (candidates != null) {
        for (Pattern p : candidates) {
          if (matches(terms, i, p.stems())) {
            hit = p;
            break;
          }
        }
      }
      if (hit == null) {
        out.add(t);
        i++;
      } else {
        Term last = terms.get(i + hit.stems().size() - 1);
        String surface = t.surface();
        if (last.start() != t.start() || last.end() != t.end()) {
          surface = t.surface() + " … " + last.surface();
        }
        out.add(new Term(hit.key(), surface, t.start(), last.end()));
        i += hit.stems().size();
      }
    }
    return out;
  }

  private static boolean matches(List<Term> terms, int at, List<String> stems) {
    if (at + stems.size() > terms.size()) {
      return false;
    }
    for (int k = 0; k < stems.size(); k++) {
      if (!terms.get(at + k).key().equals(stems.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Reads the YAML map of name → list of names, reporting the line of any error. */
  static Map<String, Entry> parse(String yaml, String origin) throws GlossaryException {
    Map<String, Entry> out = new LinkedHashMap<>();
    try (Reader r = new StringReader(yaml);
        JsonParser p = new YAMLFactory().createParser(r)) {
      JsonToken tok = p.nextToken();
      if (tok == null) {
        return out; // empty file: no entries
      }
      if (tok != JsonToken.START_OBJECT) {
        throw error(origin, p.currentTokenLocation(), "expected a map of 'name: [other names]'");
      }
      while ((tok = p.nextToken()) != JsonToken.END_OBJECT) {
        String name = p.currentName().trim();
        JsonLocation at = p.currentTokenLocation();
        if (name.isEmpty()) {
          throw error(origin, at, "empty name");
        }
        tok = p.nextToken();
        List<String> variants = new ArrayList<>();
        if (tok == JsonToken.VALUE_STRING) {
          variants.add(p.getText().trim());
        } else if (tok == JsonToken.START_ARRAY) {
          while ((tok = p.nextToken()) != JsonToken.END_ARRAY) {
            if (tok != JsonToken.VALUE_STRING && tok != JsonToken.VALUE_NUMBER_INT && tok != JsonToken.VALUE_NUMBER_FLOAT) {
              throw error(origin, p.currentTokenLocation(), "'" + name + "': each other name must be a string");
            }
            String v = p.getText().trim();
            if (v.isEmpty()) {
              throw error(origin, p.currentTokenLocation(), "'" + name + "': empty name in the list");
            }
            variants.add(v);
          }
        } else if (tok == JsonToken.VALUE_NULL) {
          throw error(origin, at, "'" + name + "' has no other names; write 'name: [other name, ...]'");
        } else {
          throw error(origin, p.currentTokenLocation(), "'" + name + "': expected a list of other names");
        }
        if (TermAnalyzer.stemsOf(name).isEmpty()) {
          throw error(origin, at, "'" + name + "' is made only of stop words or modality words and cannot be matched");
        }
        String k = name.toLowerCase(Locale.ROOT);
        if (out.containsKey(k)) {
          throw error(origin, at, "'" + name + "' is defined twice");
        }
        out.put(k, new Entry(name, List.copyOf(variants)));
      }
      if (p.nextToken() != null) {
        throw error(origin, p.currentTokenLocation(), "unexpected content after the glossary map");
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String msg = org.specmirror.text.ParserMessages.clean(e.getOriginalMessage());
      throw new GlossaryException(
          origin + (loc != null && loc.getLineNr() > 0 ? ":" + loc.getLineNr() : "") + ": not valid YAML (" + msg + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static GlossaryException error(String origin, JsonLocation loc, String message) {
    return new GlossaryException(origin + ":" + loc.getLineNr() + ": " + message);
  }

  /** A glossary file that cannot be used; the message names the file and line. */
  public static final class GlossaryException extends Exception {
    private static final long serialVersionUID = 1L;

    public GlossaryException(String message) {
      super(message);
    }
  }
}
