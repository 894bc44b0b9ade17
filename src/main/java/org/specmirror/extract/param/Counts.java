package org.specmirror.extract.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.specmirror.model.Parameter;

/**
 * Counts of things without a unit: "no fewer than 96 schedule entries", "up to 32 schedule
 * entries", "7 steps". The quantity is {@code count:} plus the counted noun in the singular
 * ({@code count:entry}), so a required number of entries is compared with the vendor's number of
 * entries and with nothing else. A hand-written scan, like the rest of the parser: linear time, no
 * exceptions. Runs after the unit scanner and never overlaps what it found.
 */
final class Counts {

  private Counts() {}

  /** Words that end a noun phrase, or follow a number without being what is counted. */
  private static final Set<String> STOP =
      Set.of("a", "an", "the", "of", "and", "or", "to", "per", "in", "on", "at", "for", "from", "by", "with", "times",
          "x", "more", "less", "than", "each", "every", "is", "are", "be", "can", "may", "shall", "must", "should",
          "will", "which", "that", "as", "if", "when", "where", "into", "out", "up", "down", "over", "under",
          "between", "within", "after", "before", "during", "via", "not", "no", "but", "so", "its", "their", "his",
          "her", "this", "these", "those", "it", "they", "such", "other", "different", "percent", "per-cent", "days",
          "day", "edition", "version", "release", "revision", "year", "years", "month", "months", "week", "weeks",
          "hour", "hours", "minute", "minutes", "second", "seconds");

  /** Words that make the number a reference, not a count ("clause 7", "Table 3", "step 2"). */
  private static final Set<String> REFERENCE =
      Set.of("clause", "section", "table", "figure", "fig", "annex", "appendix", "step", "item", "note", "example",
          "version", "release", "revision", "rev", "edition", "class", "category", "level", "type", "option", "mode",
          "profile", "phase", "page", "line", "row", "column", "part", "chapter", "no", "number", "id", "rfc", "iso",
          "iec", "itu-t", "en", "ts");

  /** Bound phrases before the number, lower case, longest first within each sense. */
  private static final String[] AT_LEAST = {
    "no fewer than", "not fewer than", "no less than", "not less than", "a minimum of", "minimum of", "at least",
    "more than", "minimum", "min.", ">=", "\u2265", ">"
  };

  private static final String[] AT_MOST = {
    "no more than", "not more than", "a maximum of", "maximum of", "fewer than", "less than", "at most", "up to",
    "maximum", "max.", "<=", "\u2264", "<"
  };

  static List<Parameter> find(String s, List<Parameter> taken) {
    List<Parameter> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isDigit(c) || (i > 0 && !startsToken(s.charAt(i - 1)))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      int numEnd = j;
      // a whole integer of at most 6 digits, not part of a decimal, a range, an id or a unit
      if (numEnd - i > 6 || (numEnd < n && !endsNumber(s, numEnd))) {
        i = skipToken(s, numEnd);
        continue;
      }
      Noun noun = noun(s, numEnd);
      if (noun == null || overlaps(taken, i, noun.end) || reference(s, i)) {
        i = numEnd;
        continue;
      }
      double value = Double.parseDouble(s.substring(i, numEnd));
      int start = i;
      Double min = value;
      Double max = value;
      String bound = bound(s, i, AT_LEAST);
      if (bound != null) {
        start = i - 1 - bound.length();
        max = null;
      } else if ((bound = bound(s, i, AT_MOST)) != null) {
        start = i - 1 - bound.length();
        min = null;
      }
      if (overlaps(taken, start, noun.end)) {
        start = i;
        min = value;
        max = value;
      }
      out.add(new Parameter(Parameter.Type.QUANTITY, "count:" + noun.head, s.substring(start, noun.end), min, max, null, null, start, noun.end));
      i = noun.end;
    }
    return out;
  }

  private record Noun(String head, int end) {}

  /** One or two lower-case words after the number; the last one, in the singular, is what is counted. */
  private static Noun noun(String s, int from) {
    if (from >= s.length() || s.charAt(from) != ' ') {
      return null;
    }
    String head = null;
    int end = -1;
    int at = from + 1;
    for (int w = 0; w < 2; w++) {
      int e = at;
      while (e < s.length() && (isLower(s.charAt(e)) || (e > at && s.charAt(e) == '-' && e + 1 < s.length() && isLower(s.charAt(e + 1))))) {
        e++;
      }
      if (e - at < 3 || (e < s.length() && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_'))) {
        break;
      }
      String word = s.substring(at, e);
      if (STOP.contains(word) || UnitTable.DEFAULT.isUnitWord(word)) {
        break; // a unit the scanner did not take ("10 litres per day") is not a count of litres
      }
      head = word;
      end = e;
      if (e >= s.length() || s.charAt(e) != ' ') {
        break;
      }
      at = e + 1;
    }
    return head == null ? null : new Noun(singular(head), end);
  }

  static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("uses")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** The bound phrase that ends just before the number (one space between), or null. */
  private static String bound(String s, int number, String[] phrases) {
    if (number < 2 || s.charAt(number - 1) != ' ') {
      return null;
    }
    String before = s.substring(Math.max(0, number - 1 - 16), number - 1).toLowerCase(Locale.ROOT);
    for (String p : phrases) {
      if (before.endsWith(p)) {
        int at = before.length() - p.length();
        if (at == 0 || !Character.isLetterOrDigit(before.charAt(at - 1))) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * Whether the word before the number makes it a reference ("Table 3", "clause 7", "step 2") or part
   * of a designation ("EN 303 645", "ISO 9001").
   */
  private static boolean reference(String s, int number) {
    int e = number - 1;
    while (e >= 0 && s.charAt(e) == ' ') {
      e--;
    }
    if (e < 0 || e < number - 2) {
      return false;
    }
    int b = e;
    while (b >= 0 && (Character.isLetterOrDigit(s.charAt(b)) || s.charAt(b) == '-' || s.charAt(b) == '.')) {
      b--;
    }
    String raw = s.substring(b + 1, e + 1);
    // after another number ("EN 303 645") or an upper-case designation ("ISO 9001 audits"): part of a name
    if (raw.chars().anyMatch(Character::isDigit) || (raw.length() >= 2 && raw.equals(raw.toUpperCase(Locale.ROOT)) && raw.chars().anyMatch(Character::isLetter))) {
      return true;
    }
    String word = raw.toLowerCase(Locale.ROOT);
    if (word.endsWith(".")) {
      word = word.substring(0, word.length() - 1);
    }
    return REFERENCE.contains(word);
  }

  private static boolean overlaps(List<Parameter> taken, int start, int end) {
    for (Parameter p : taken) {
      if (p.start() < end && start < p.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** A number may start after a space or an opening bracket or quote, nothing else. */
  private static boolean startsToken(char c) {
    return c == ' ' || c == '(' || c == '"' || c == '\u201C';
  }

  /** What may follow the digits of a count: a space, not a decimal point, range, unit sign or id part. */
  private static boolean endsNumber(String s, int at) {
    return s.charAt(at) == ' ';
  }

  private static int skipToken(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) != ' ') {
      i++;
    }
    return i;
  }
}
