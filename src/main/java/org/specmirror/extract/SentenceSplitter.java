package org.specmirror.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences. Robust to abbreviations ("e.g.", "i.e.", "No.", "Fig."),
 * decimal numbers and clause numbers ("0.5", "7.1.2"), requirement ids and units. Works on offsets, so
 * no character is lost or changed: the spans cover every non-space character of the input.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g", "i.e", "etc", "cf", "vs", "viz", "approx", "incl", "excl", "no", "nos", "nr", "fig",
          "figs", "eq", "eqs", "ref", "refs", "sec", "sect", "tab", "vol", "pp", "p", "ch", "chap",
          "art", "para", "par", "rec", "recs", "ed", "eds", "rev", "max", "min", "typ", "nom", "avg",
          "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "co", "corp", "dept", "est", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed",
          "thu", "fri", "sat", "sun", "al", "resp", "e.g.,", "u.s", "ca", "c.f", "n.b", "a.k.a",
          "op", "cit", "ibid", "st", "pt", "pts", "tel", "ext", "dia", "temp", "qty", "std", "cl");

  private SentenceSplitter() {}

  /** A sentence as a [start, end) span of the input, trimmed of surrounding white space. */
  public record Span(int start, int end) {
    public String of(String text) {
      return text.substring(start, end);
    }
  }

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : spans(text)) {
      out.add(s.of(text));
    }
    return out;
  }

  public static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      // swallow repeated terminators and closing quotes/brackets: ...", .)
      while (end < n && (isTerminator(text.charAt(end)) || isCloser(text.charAt(end)))) {
        end++;
      }
      if (end < n && !Character.isWhitespace(text.charAt(end))) {
        continue; // 7.1.2, 0.5, e.g.x, example.com
      }
      int next = end;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next >= n) {
        break;
      }
      if (c == '.' && !startsSentence(text, next)) {
        continue;
      }
      if (c == '.' && isAbbreviation(text, i)) {
        continue;
      }
      add(text, start, end, out);
      start = next;
      i = next - 1;
    }
    add(text, start, n, out);
    return out;
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
  }

  /** A new sentence starts with an upper-case letter, a digit, a bracket or an opening quote. */
  private static boolean startsSentence(String text, int at) {
    char c = text.charAt(at);
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '['
        || c == '('
        || c == '"'
        || c == '\u201C'
        || c == '\u2018'
        || c == '\u00AB'
        || Character.isTitleCase(c);
  }

  private static boolean afterNumber(String text, int wordStart) {
    int i = wordStart - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && Character.isDigit(text.charAt(i));
  }

  /** Is the word ending at the period at {@code dot} an abbreviation or an initial? */
  private static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
      s--;
    }
    String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (ABBREVIATIONS.contains(word)) {
      return true;
    }
    // single letters as initials ("J. Smith"), and dotted acronyms ("U.S.")
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      // "J. Smith" is an initial; "41.7 W." is a unit at the end of a sentence
      return Character.isUpperCase(text.charAt(dot - 1)) && !afterNumber(text, s);
    }
    return word.matches("(?:\\p{L}\\.)+\\p{L}");
  }
}
