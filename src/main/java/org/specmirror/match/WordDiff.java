package org.specmirror.match;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diff between two statements (java-diff-utils, Myers' algorithm), as a list of
 * segments: text kept, deleted (only in the requirement) or inserted (only in the vendor statement).
 * Words are compared case-insensitively; the text shown is as written.
 */
public final class WordDiff {

  /** A word or a punctuation mark with the spaces after it: spaces are never matched on their own. */
  private static final Pattern TOKEN =
      Pattern.compile("\\s+|(?:[\\p{L}\\p{N}][\\p{L}\\p{N}'.,/-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\s\\p{L}\\p{N}])\\s*");

  private WordDiff() {}

  /** One run of text with what happened to it. */
  public record Segment(Op op, String text) {}

  /** Kept, deleted or inserted. */
  public enum Op {
    EQUAL,
    DELETE,
    INSERT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A run during construction: the requirement's and the vendor's text of it. */
  private record Run(Op op, String a, String b) {}

  /**
   * A text cut into the words the diff compares, with their comparison keys: made once per text
   * when the same statement is diffed many times (a panel diffs each requirement with every vendor).
   */
  public record Words(List<String> tokens, List<String> keys) {
    public Words {
      tokens = List.copyOf(tokens);
      keys = List.copyOf(keys);
    }
  }

  /** The words of a text, for {@link #of(Words, Words)}. */
  public static Words words(String text) {
    List<String> t = tokens(text);
    return new Words(t, keys(t));
  }

  /** The diff from {@code from} (the requirement) to {@code to} (the vendor statement). */
  public static List<Segment> of(String from, String to) {
    return of(words(from), words(to));
  }

  /** {@link #of(String, String)} from texts already cut into words. */
  public static List<Segment> of(Words from, Words to) {
    List<String> a = from.tokens();
    List<String> b = to.tokens();
    Patch<String> patch = DiffUtils.diff(from.keys(), to.keys());
    List<Run> out = new ArrayList<>();
    int ia = 0;
    int ib = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int sa = d.getSource().getPosition();
      int sb = d.getTarget().getPosition();
      add(out, new Run(Op.EQUAL, join(a, ia, sa), join(b, ib, sb)));
      add(out, new Run(Op.DELETE, join(a, sa, sa + d.getSource().size()), ""));
      add(out, new Run(Op.INSERT, "", join(b, sb, sb + d.getTarget().size())));
      ia = sa + d.getSource().size();
      ib = sb + d.getTarget().size();
    }
    add(out, new Run(Op.EQUAL, join(a, ia, a.size()), join(b, ib, b.size())));
    List<Segment> segs = new ArrayList<>();
    for (Run r : cleanup(out)) {
      segs.add(new Segment(r.op(), r.op() == Op.INSERT ? r.b() : r.a()));
    }
    return segs;
  }

  /**
   * Readability: a kept run that is only spaces, punctuation or one short word between two changes
   * is folded into both sides, so a rewritten phrase reads as one deletion and one insertion
   * instead of alternating single words.
   */
  private static List<Run> cleanup(List<Run> segs) {
    List<Run> out = new ArrayList<>(segs);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 1; i + 1 < out.size(); i++) {
        Run mid = out.get(i);
        if (mid.op() != Op.EQUAL || !small(mid.a()) || out.get(i - 1).op() == Op.EQUAL) {
          continue;
        }
        // changes before: the run of DELETE/INSERT ending at i-1; after: starting at i+1
        int from = i - 1;
        while (from - 1 >= 0 && out.get(from - 1).op() != Op.EQUAL) {
          from--;
        }
        int to = i + 1;
        if (out.get(to).op() == Op.EQUAL) {
          continue;
        }
        while (to + 1 < out.size() && out.get(to + 1).op() != Op.EQUAL) {
          to++;
        }
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        for (int k = from; k <= to; k++) {
          Run s = out.get(k);
          del.append(s.a());
          ins.append(s.b());
        }
        List<Run> merged = new ArrayList<>();
        if (del.length() > 0) {
          merged.add(new Run(Op.DELETE, del.toString(), ""));
        }
        if (ins.length() > 0) {
          merged.add(new Run(Op.INSERT, "", ins.toString()));
        }
        List<Run> next = new ArrayList<>(out.subList(0, from));
        next.addAll(merged);
        next.addAll(out.subList(to + 1, out.size()));
        out = next;
        changed = true;
        break;
      }
    }
    return out;
  }

  private static boolean small(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return true;
    }
    return !t.contains(" ") && t.length() <= 4;
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<String> keys(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      out.add(t.isBlank() ? " " : t.strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String join(List<String> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      String x = t.get(i);
      b.append(x.isBlank() ? " " : withOneTrailingSpace(x));
    }
    return b.toString();
  }

  /**
   * Trailing ASCII white space replaced by one space (what the regular expression {@code \s+$}
   * replaced by a space did, for the tokens {@link #TOKEN} makes).
   */
  static String withOneTrailingSpace(String x) {
    int end = x.length();
    while (end > 0 && isAsciiSpace(x.charAt(end - 1))) {
      end--;
    }
    return end == x.length() ? x : x.substring(0, end) + " ";
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static void add(List<Run> out, Run r) {
    if (r.a().isEmpty() && r.b().isEmpty()) {
      return;
    }
    if (!out.isEmpty() && out.get(out.size() - 1).op() == r.op()) {
      Run last = out.remove(out.size() - 1);
      out.add(new Run(r.op(), last.a() + r.a(), last.b() + r.b()));
    } else {
      out.add(r);
    }
  }
}
