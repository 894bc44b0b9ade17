package org.specmirror.extract.param;

/** Character classes used by the scanner. Everything is a constant-time check on one char. */
final class Chars {
  private Chars() {}

  /** Horizontal or vertical white space, including no-break and thin spaces. */
  static boolean isSpace(char c) {
    switch (c) {
      case ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002',
          '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F',
          '\u205F', '\u3000' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Spaces that may separate thousands groups ("100 000", no-break, thin, narrow no-break). */
  static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007'
        || c == '\u200A';
  }

  /** Hyphen-like characters (hyphen-minus, hyphen, non-breaking hyphen, dashes, minus sign). */
  static boolean isHyphen(char c) {
    switch (c) {
      case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Characters accepted as a minus sign directly before a digit (the em dash is not). */
  static boolean isMinus(char c) {
    return isHyphen(c) && c != '\u2014';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isWord(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isLetter(char c) {
    return Character.isLetter(c);
  }

  /** Superscript digits and signs (used in "10⁻³", and to reject "m³" as metres). */
  static boolean isSuperscript(char c) {
    return c == '\u00B2' || c == '\u00B3' || c == '\u00B9' || (c >= '\u2070' && c <= '\u207B');
  }

  static int superscriptValue(char c) {
    switch (c) {
      case '\u2070' -> {
        return 0;
      }
      case '\u00B9' -> {
        return 1;
      }
      case '\u00B2' -> {
        return 2;
      }
      case '\u00B3' -> {
        return 3;
      }
      default -> {
        if (c >= '\u2074' && c <= '\u2079') {
          return c - '\u2070';
        }
        return -1;
      }
    }
  }

  /**
   * Folds look-alike characters onto one representative so patterns need one spelling: ordinal
   * indicator and ring above → degree sign, Greek mu → micro sign, ohm sign → Greek omega.
   */
  static char fold(char c) {
    switch (c) {
      case '\u00BA', '\u02DA' -> {
        return '\u00B0';
      }
      case '\u03BC' -> {
        return '\u00B5';
      }
      case '\u2126' -> {
        return '\u03A9';
      }
      default -> {
        return c;
      }
    }
  }

  static char lowerFold(char c) {
    return Character.toLowerCase(fold(c));
  }

  /** True when a token may start at {@code i}: at the start or after a non-word character. */
  static boolean wordStart(CharSequence s, int i) {
    return i == 0 || !isWord(s.charAt(i - 1));
  }

  /** True when a token ending at {@code end} is not followed by a letter or digit. */
  static boolean wordEnd(CharSequence s, int end) {
    return end >= s.length() || !isWord(s.charAt(end));
  }

  /** Skips at most {@code max} white-space characters starting at {@code i}. */
  static int skipSpaces(CharSequence s, int i, int max) {
    int j = i;
    int n = s.length();
    while (j < n && j - i < max && isSpace(s.charAt(j))) {
      j++;
    }
    return j;
  }
}
