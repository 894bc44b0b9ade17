package org.specmirror.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import org.specmirror.model.Parameter;

/**
 * How one value required by the standard compares with what a vendor statement states.
 *
 * @param required the standard's parameter
 * @param offered the vendor's parameter of the same quantity, or null when the vendor states none
 * @param outcome the comparison
 */
public record ParameterCheck(Parameter required, Parameter offered, Outcome outcome) {

  /** Outcome of comparing two values of the same quantity. */
  public enum Outcome {
    /** Same value or range, same rating, same interface. */
    EQUAL,
    /** The vendor's value meets the requirement (inside the bound, range covers the required range, IP67 for IP66). */
    SATISFIED,
    /** The ranges overlap without the vendor's covering the requirement. */
    OVERLAPS,
    /** The vendor's value violates the requirement. */
    CONFLICTS,
    /** The vendor statement gives no value of this quantity. */
    ABSENT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    boolean meets() {
      return this == EQUAL || this == SATISFIED;
    }
  }

  private static final double EPS = 1e-9;

  /** Compares every required parameter with the vendor's parameters of the same quantity. */
  static List<ParameterCheck> compare(List<Parameter> required, List<Parameter> offered) {
    return compare("", required, "", offered);
  }

  /**
   * Compares every required parameter with the vendor's parameters of the same quantity. When the
   * vendor statement gives several values of that quantity ("applied within 10 s; fade time 1 s"),
   * an equal value is compared if there is one, else the one whose preceding words share most with
   * the words before the required value (then the best outcome); texts may be empty.
   */
  static List<ParameterCheck> compare(String requiredText, List<Parameter> required, String offeredText, List<Parameter> offered) {
    return compare(required, contexts(requiredText, required), offered, contexts(offeredText, offered));
  }

  /** The words around each value of a statement ({@link #context}), computed once per statement. */
  static List<Set<String>> contexts(String text, List<Parameter> ps) {
    List<Set<String>> out = new ArrayList<>(ps.size());
    for (Parameter p : ps) {
      out.add(context(text, p));
    }
    return out;
  }

  /** {@link #compare(String, List, String, List)} with the words around each value already read. */
  static List<ParameterCheck> compare(
      List<Parameter> required, List<Set<String>> requiredContexts, List<Parameter> offered, List<Set<String>> offeredContexts) {
    if (required.isEmpty()) {
      return List.of();
    }
    List<ParameterCheck> out = new ArrayList<>(required.size());
    for (int ri = 0; ri < required.size(); ri++) {
      Parameter r = required.get(ri);
      Set<String> rc = requiredContexts.get(ri);
      ParameterCheck best = null;
      int bestOverlap = -1;
      for (int oi = 0; oi < offered.size(); oi++) {
        Parameter o = offered.get(oi);
        if (!comparable(r, o)) {
          continue;
        }
        Outcome c = outcome(r, o);
        // the same value is the strongest sign that two values correspond; then the words around them
        int overlap = (c == Outcome.EQUAL ? 1000 : 0) + overlap(rc, offeredContexts.get(oi));
        if (best == null || overlap > bestOverlap || (overlap == bestOverlap && c.ordinal() < best.outcome().ordinal())) {
          best = new ParameterCheck(r, o, c);
          bestOverlap = overlap;
        }
      }
      out.add(best == null ? new ParameterCheck(r, null, Outcome.ABSENT) : best);
    }
    return out;
  }

  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

  private static final Set<String> FILLER =
      Set.of("the", "and", "for", "from", "with", "than", "that", "its", "are", "not", "any", "all", "each", "per", "this");

  /** The value's own words and up to three words before it, lower case, short words dropped. */
  private static Set<String> context(String text, Parameter p) {
    Set<String> words = new HashSet<>();
    if (text.isEmpty() || p.end() > text.length()) {
      return words;
    }
    String before = text.substring(Math.max(0, p.start() - 40), p.start());
    String[] ws = NON_LETTERS.split((before + " " + text.substring(p.start(), p.end())).toLowerCase(Locale.ROOT));
    int taken = 0;
    for (int i = ws.length - 1; i >= 0 && taken < 5; i--) {
      if (ws[i].length() > 2 && !FILLER.contains(ws[i])) {
        words.add(ws[i].length() > 5 ? ws[i].substring(0, 5) : ws[i]);
        taken++;
      }
    }
    return words;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) {
      if (b.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static boolean comparable(Parameter r, Parameter o) {
    if (r.type() != o.type() || !r.quantity().equals(o.quantity())) {
      return false;
    }
    if (r.type() == Parameter.Type.INTERFACE) {
      return r.value() != null && o.value() != null && r.value().equalsIgnoreCase(o.value());
    }
    if (r.type() == Parameter.Type.QUANTITY) {
      return r.unit() == null ? o.unit() == null : r.unit().equals(o.unit());
    }
    return true;
  }

  private static Outcome outcome(Parameter r, Parameter o) {
    switch (r.type()) {
      case INTERFACE:
        return Outcome.EQUAL;
      case RATING:
        return rating(r, o);
      default:
        if (isTolerance(r)) {
          return tolerance(r, o);
        }
        if (o.min() == null && o.max() == null) {
          return Outcome.OVERLAPS;
        }
        return quantity(r.min(), r.max(), o.min(), o.max());
    }
  }

  /** IP/IK: each digit of the vendor's code at least the required one (IP67 meets IP66, IP57 does not). */
  private static Outcome rating(Parameter r, Parameter o) {
    if (r.min() == null || o.min() == null) {
      return r.value() != null && r.value().equalsIgnoreCase(o.value()) ? Outcome.EQUAL : Outcome.OVERLAPS;
    }
    int a = (int) Math.round(r.min());
    int b = (int) Math.round(o.min());
    if (a == b) {
      return Outcome.EQUAL;
    }
    String sa = Integer.toString(a);
    String sb = Integer.toString(b);
    if (sa.length() == sb.length()) {
      for (int i = 0; i < sa.length(); i++) {
        if (sb.charAt(i) < sa.charAt(i)) {
          return Outcome.CONFLICTS;
        }
      }
      return Outcome.SATISFIED;
    }
    return b >= a ? Outcome.SATISFIED : Outcome.CONFLICTS;
  }

  /**
   * Ranges: a required range (both bounds) must be covered by the vendor's; a single required value
   * must be the vendor's value or inside its range. A one-sided bound must hold for the vendor's
   * guaranteed value: "at least" for the vendor's lowest stated value, "at most" (also "within",
   * "less than") for its highest, so "alarm within 60 s" does not meet "within 5 s".
   */
  static Outcome quantity(Double rmin, Double rmax, Double omin, Double omax) {
    if (rmin != null && rmax != null) {
      double lo;
      double hi;
      if (rmin.equals(rmax) && (omin == null) != (omax == null)) {
        // a single required value against a one-sided vendor bound ("within 60 s" for "5 s"): the bound is the value
        lo = omin == null ? omax : omin;
        hi = lo;
      } else {
        lo = omin == null ? Double.NEGATIVE_INFINITY : omin;
        hi = omax == null ? Double.POSITIVE_INFINITY : omax;
      }
      if (eq(rmin, lo) && eq(rmax, hi)) {
        return Outcome.EQUAL;
      }
      if (lo <= rmin + tol(rmin) && hi >= rmax - tol(rmax)) {
        return Outcome.SATISFIED;
      }
      if (lo <= rmax && hi >= rmin) {
        return Outcome.OVERLAPS;
      }
      return Outcome.CONFLICTS;
    }
    if (omin == null && omax == null) {
      return Outcome.OVERLAPS;
    }
    if (rmin != null) { // at least rmin: the vendor's lowest stated value counts
      if (omin == null) { // "up to omax"
        return omax < rmin - tol(rmin) ? Outcome.CONFLICTS : Outcome.OVERLAPS;
      }
      if (eq(omin, rmin)) {
        return Outcome.EQUAL;
      }
      return omin >= rmin ? Outcome.SATISFIED : (omax == null ? Outcome.OVERLAPS : Outcome.CONFLICTS);
    }
    if (rmax != null) { // at most rmax: the vendor's highest stated value counts
      if (omax == null) { // "at least omin"
        return omin > rmax + tol(rmax) ? Outcome.CONFLICTS : Outcome.OVERLAPS;
      }
      if (eq(omax, rmax)) {
        return Outcome.EQUAL;
      }
      return omax <= rmax ? Outcome.SATISFIED : Outcome.CONFLICTS;
    }
    return Outcome.OVERLAPS;
  }

  /** "±0.5 %": a tolerance, met by a vendor tolerance no wider. */
  static Outcome tolerance(Parameter r, Parameter o) {
    double need = halfWidth(r);
    double has = halfWidth(o);
    if (eq(need, has)) {
      return Outcome.EQUAL;
    }
    return has <= need ? Outcome.SATISFIED : Outcome.CONFLICTS;
  }

  private static double halfWidth(Parameter p) {
    double lo = p.min() == null ? 0 : p.min();
    double hi = p.max() == null ? 0 : p.max();
    return Math.max(Math.abs(lo), Math.abs(hi));
  }

  private static boolean isTolerance(Parameter p) {
    return p.text().contains("±") || p.text().contains("+/-");
  }

  private static boolean eq(double a, double b) {
    return Math.abs(a - b) <= tol(a);
  }

  private static double tol(double a) {
    return Math.max(EPS, Math.abs(a) * 1e-6);
  }
}
