package org.specmirror.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specmirror.model.Modality;

/**
 * Reads the keywords a document defines in its own conventions clause, e.g. ITU-T clause 5:
 * 'The keywords "is required to" indicate a requirement which must be strictly followed ...'. Each
 * quoted phrase is mapped to a modality from the words that define it.
 */
public final class Conventions {

  private static final Pattern QUOTED =
      Pattern.compile("[\"\u201C\u201D\u2018\u2019'](\\p{L}[\\p{L} -]{1,40}?)[\"\u201C\u201D\u2018\u2019']");

  private Conventions() {}

  public static Map<String, Modality> parse(String text) {
    Map<String, Modality> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String sentence : SentenceSplitter.split(text)) {
      Matcher m = QUOTED.matcher(sentence);
      List<String> phrases = new java.util.ArrayList<>();
      int lastEnd = 0;
      while (m.find()) {
        phrases.add(m.group(1).strip());
        lastEnd = m.end();
      }
      if (phrases.isEmpty()) {
        continue;
      }
      String definition = sentence.substring(lastEnd).toLowerCase(Locale.ROOT);
      for (String p : phrases) {
        String key = p.toLowerCase(Locale.ROOT);
        Modality mod = classify(key, definition);
        if (mod != null && key.split("\\s+").length <= 5 && isModalPhrase(key)) {
          out.putIfAbsent(key, mod);
        }
      }
    }
    return out;
  }

  private static boolean isModalPhrase(String p) {
    return p.matches("^(?:is|are|can|it is|has|have|need|ought|will|shall|must|should|may)\\b.*") || p.matches(".*\\b(?:required|prohibited|recommended|optional(?:ly)?|shall|must|should|may|permitted|allowed|can|need)\\b.*");
  }

  /**
   * Maps a defined phrase to a modality: from the phrase's own words when they are modal (the usual
   * case), else from the words that define it; null when neither says.
   */
  static Modality classify(String phrase, String def) {
    String p = phrase.toLowerCase(Locale.ROOT);
    if (p.matches(".*\\b(?:prohibited|forbidden|must not|shall not)\\b.*")) {
      return Modality.MUST_NOT;
    }
    if (p.matches(".*\\b(?:not recommended|should not)\\b.*")) {
      return Modality.SHOULD_NOT;
    }
    if (p.matches(".*\\b(?:not required|need not)\\b.*")) {
      return Modality.MAY;
    }
    if (p.matches(".*\\b(?:recommended|should)\\b.*")) {
      return Modality.SHOULD;
    }
    if (p.matches(".*\\b(?:optionally|optional|may|permitted|allowed)\\b.*")) {
      return Modality.MAY;
    }
    if (p.matches(".*\\b(?:required|shall|must|mandatory)\\b.*")) {
      return Modality.MUST;
    }
    if (def.matches(".*\\b(?:prohibit\\w*|forbid\\w*)\\b.*")) {
      return Modality.MUST_NOT;
    }
    if (def.matches(".*\\bnot recommended\\b.*")) {
      return Modality.SHOULD_NOT;
    }
    if (def.matches(".*\\b(?:optional\\w*|permissible)\\b.*")) {
      return Modality.MAY;
    }
    if (def.matches(".*\\b(?:strictly followed|mandatory|no deviation)\\b.*")) {
      return Modality.MUST;
    }
    if (def.contains("recommend")) {
      return Modality.SHOULD;
    }
    return null;
  }
}
