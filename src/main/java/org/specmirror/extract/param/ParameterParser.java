package org.specmirror.extract.param;

import java.util.ArrayList;
import java.util.List;
import org.specmirror.model.Parameter;

/**
 * Finds parameters in one requirement statement: quantities with units (single values, ranges,
 * bounds, tolerances), IP/IK ratings, interfaces/protocols, and counts of things without a unit
 * ({@link Counts}).
 *
 * <p>Values are normalised to one canonical unit per quantity (see {@code docs/parameters.md}).
 * The parser is a hand-written single left-to-right scanner (no regular expressions): it runs in
 * time linear in the input, never throws, and never returns overlapping spans. Instances are
 * immutable and thread-safe.
 */
public final class ParameterParser {
  private static final ParameterParser DEFAULTS = new ParameterParser(UnitTable.DEFAULT);

  private final UnitTable units;

  private ParameterParser(UnitTable units) {
    this.units = units;
  }

  /** The parser with the built-in vocabulary. */
  public static ParameterParser defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the parameters of {@code statement} in order of appearance. Never throws; returns an
   * empty list for null or empty input.
   */
  public List<Parameter> parse(String statement) {
    if (statement == null || statement.isEmpty()) {
      return List.of();
    }
    List<Scan.Found> found;
    try {
      found = new Scan(statement, units).run();
    } catch (RuntimeException | StackOverflowError e) {
      return List.of();
    }
    List<Parameter> out = new ArrayList<>(found.size());
    int lastEnd = 0;
    for (Scan.Found f : found) {
      if (f.start < lastEnd || f.end <= f.start || f.end > statement.length()) {
        continue;
      }
      Parameter p = toParameter(statement, f);
      if (p != null) {
        out.add(p);
        lastEnd = f.end;
      }
    }
    // counts of things without a unit ("no fewer than 96 schedule entries"), where nothing else was found
    List<Parameter> counts = Counts.find(statement, out);
    if (!counts.isEmpty()) {
      out.addAll(counts);
      out.sort(java.util.Comparator.comparingInt(Parameter::start));
    }
    return List.copyOf(out);
  }

  private static Parameter toParameter(String s, Scan.Found f) {
    Double min = f.min == null ? null : f.min.doubleValue();
    Double max = f.max == null ? null : f.max.doubleValue();
    if ((min != null && !Double.isFinite(min)) || (max != null && !Double.isFinite(max))) {
      return null;
    }
    if (min != null && min == 0.0) {
      min = 0.0; // no -0.0
    }
    if (max != null && max == 0.0) {
      max = 0.0;
    }
    if (min != null && max != null && min > max) {
      Double t = min;
      min = max;
      max = t;
    }
    try {
      return new Parameter(f.type, f.quantity, s.substring(f.start, f.end), min, max, f.unit, f.value,
          f.start, f.end);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
