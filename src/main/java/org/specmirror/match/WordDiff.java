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

  private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}][\\p{L}\\p{N}'.,/-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\s\\p{L}\\p{N}]");

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

  /** The diff from {@code from} (the requirement) to {@code to} (the vendor statement). */
  public static List<Segment> of(String from, String to) {
    List<String> a = tokens(from);
    List<String> b = tokens(to);
    List<String> ka = keys(a);
    List<String> kb = keys(b);
    Patch<String> patch = DiffUtils.diff(ka, kb);
    List<Segment> out = new ArrayList<>();
    int ia = 0;
    int ib = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int sa = d.getSource().getPosition();
      int sb = d.getTarget().getPosition();
      add(out, Op.EQUAL, join(a, ia, sa));
      ib = sb;
      add(out, Op.DELETE, join(a, sa, sa + d.getSource().size()));
      add(out, Op.INSERT, join(b, sb, sb + d.getTarget().size()));
      ia = sa + d.getSource().size();
      ib = sb + d.getTarget().size();
    }
    add(out, Op.EQUAL, join(a, ia, a.size()));
    return out;
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
      out.add(t.isBlank() ? " " : t.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String join(List<String> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(t.get(i).isBlank() ? " " : t.get(i));
    }
    return b.toString();
  }

  private static void add(List<Segment> out, Op op, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
      Segment last = out.remove(out.size() - 1);
      out.add(new Segment(op, last.text() + text));
    } else {
      out.add(new Segment(op, text));
    }
  }
}
