package org.specmirror.extract.param;

/**
 * A tiny literal pattern, matched without backtracking in time proportional to its length.
 *
 * <p>Pattern syntax: {@code ' '} = one to three white-space characters; {@code '~'} = an optional
 * single separator (white space, hyphen-like character or underscore); {@code '-'} = exactly one
 * hyphen-like character; every other character matches itself (after {@link Chars#fold}, and
 * ignoring case unless the phrase is case-sensitive).
 */
final class Phrase {
  final String pattern;
  final boolean caseSensitive;

  Phrase(String pattern, boolean caseSensitive) {
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    this.pattern = pattern;
    this.caseSensitive = caseSensitive;
  }

  /** Key for the first-character index. */
  char firstKey() {
    return Chars.lowerFold(pattern.charAt(0));
  }

  /** True when the pattern ends in a letter or digit, so a word boundary must follow. */
  boolean endsInWord() {
    return Chars.isWord(pattern.charAt(pattern.length() - 1));
  }

  /** Returns the end offset of a match starting at {@code i}, or -1. */
  int match(CharSequence s, int i) {
    int n = s.length();
    int j = i;
    for (int p = 0; p < pattern.length(); p++) {
      char pc = pattern.charAt(p);
      if (pc == ' ') {
        int k = 0;
        while (j < n && k < 3 && Chars.isSpace(s.charAt(j))) {
          j++;
          k++;
        }
        if (k == 0) {
          return -1;
        }
      } else if (pc == '~') {
        if (j < n) {
          char c = s.charAt(j);
          if (Chars.isSpace(c) || Chars.isHyphen(c) || c == '_') {
            j++;
          }
        }
      } else if (pc == '-') {
        if (j < n && Chars.isHyphen(s.charAt(j))) {
          j++;
        } else {
          return -1;
        }
      } else {
        if (j >= n) {
          return -1;
        }
        char c = s.charAt(j);
        boolean same =
            caseSensitive ? Chars.fold(c) == Chars.fold(pc) : Chars.lowerFold(c) == Chars.lowerFold(pc);
        if (!same) {
          return -1;
        }
        j++;
      }
    }
    return j;
  }

  /** Match that additionally requires a word boundary after the match when the pattern ends in a word char. */
  int matchWord(CharSequence s, int i) {
    int e = match(s, i);
    if (e < 0) {
      return -1;
    }
    if (endsInWord() && !Chars.wordEnd(s, e)) {
      return -1;
    }
    return e;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
