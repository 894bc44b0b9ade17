package org.specmirror.normalise;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode clean-up applied to both sides before any comparison: NFKC (ligatures, full-width
 * forms, {@code ℃} → {@code °C}, {@code …} → {@code ...}), every dash and minus sign to {@code -},
 * typographic quotes to ASCII, every space-like character to a plain space, runs of spaces to one.
 * Case is left alone here (the analyzer lower-cases with {@code Locale.ROOT}) so that the original
 * capitals remain visible to the distinctive-term detector.
 */
public final class TextNormaliser {

  /** Soft hyphen and zero-width characters, removed before NFKC so that what they separated can compose. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\uFEFF]");

  private TextNormaliser() {}

  /** Runs of white space ({@link #isSpace}) as one space, trimmed (a loop: this runs on every statement). */
  private static String collapseSpaces(CharSequence b) {
    StringBuilder out = new StringBuilder(b.length());
    boolean pending = false;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (isSpace(c)) {
        pending = true;
      } else {
        if (pending && out.length() > 0) {
          out.append(' ');
        }
        pending = false;
        out.append(c);
      }
    }
    return out.toString().trim();
  }

  /** ASCII white space ({@code \s}), no-break and typographic spaces, line and paragraph separators. */
  static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /** The normalised text; never null. */
  public static String normalise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(INVISIBLE.matcher(text).replaceAll(""), Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' ->
            b.append('-');
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> b.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> b.append('"');
        default -> b.append(c);
      }
    }
    return collapseSpaces(b);
  }
}
