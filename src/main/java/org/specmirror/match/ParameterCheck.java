package org.specmirror.match;

import java.util.ArrayList;
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
    List<ParameterCheck> out = new ArrayList<>();
    for (Parameter r : required) {
      ParameterCheck best = null;
      for (Parameter o : offered) {
        if (!comparable(r, o)) {
          continue;
        }
        Outcome c = outcome(r, o);
        if (best == null || c.ordinal() < best.outcome().ordinal()) {
          best = new ParameterCheck(r, o, c);
        }
      }
      out.add(best == null ? new ParameterCheck(r, null, Outcome.ABSENT) : best);
    }
    return out;
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
   * must be the vendor's value or inside its range; a one-sided bound ("at least", "up to") must hold
   * for the vendor's best value.
   */
  static Outcome quantity(Double rmin, Double rmax, Double omin, Double omax) {
    double lo = omin == null ? Double.NEGATIVE_INFINITY : omin;
    double hi = omax == null ? Double.POSITIVE_INFINITY : omax;
    if (rmin != null && rmax != null) {
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
    if (rmin != null) { // at least rmin
      if (omin != null && omax != null && eq(omin, omax) && eq(omin, rmin)) {
        return Outcome.EQUAL;
      }
      return hi >= rmin - tol(rmin) ? Outcome.SATISFIED : Outcome.CONFLICTS;
    }
    if (rmax != null) { // at most rmax
      if (omin != null && omax != null && eq(omin, omax) && eq(omax, rmax)) {
        return Outcome.EQUAL;
      }
      return lo <= rmax + tol(rmax) ? Outcome.SATISFIED : Outcome.CONFLICTS;
    }
    return Outcome.OVERLAPS;
  }

  private static boolean eq(double a, double b) {
    return Math.abs(a - b) <= tol(a);
  }

  private static double tol(double a) {
    return Math.max(EPS, Math.abs(a) * 1e-6);
  }
}
