package org.specmirror.extract.param;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.specmirror.model.Parameter;
import org.specmirror.extract.param.Vocabulary.Bound;
import org.specmirror.extract.param.Vocabulary.BoundEntry;
import org.specmirror.extract.param.Vocabulary.Keyword;
import org.specmirror.extract.param.Vocabulary.KeywordEntry;
import org.specmirror.extract.param.Vocabulary.NameEntry;
import org.specmirror.extract.param.Vocabulary.Side;
import org.specmirror.extract.param.Vocabulary.Version;

/**
 * One left-to-right pass over one statement. Not thread-safe; {@link ParameterParser} creates one
 * per call.
 *
 * <p>At every position the rules are tried in a fixed order; the first that matches emits its
 * parameters and the scan resumes after them, so spans never overlap. Every rule looks ahead a
 * bounded number of characters (gaps are at most three spaces), number tokens are memoised per
 * start offset, and a failed number makes the scan skip its digits, so the whole pass is linear.
 */
final class Scan {
  private static final int GAP = 3;

  private enum Mode {
    /** Free-standing value: single, range, or nominal ± tolerance. */
    FREE,
    /** After a bound phrase: a single value only. */
    BOUNDED,
    /** After "from": a range is required. */
    FROM,
    /** After "between": a range is required; "and" separates. */
    BETWEEN
  }

  static final class Found {
    final Parameter.Type type;
    final String quantity;
    final int start;
    final int end;
    final BigDecimal min;
    final BigDecimal max;
    final String unit;
    final String value;

    Found(Parameter.Type type, String quantity, int start, int end, BigDecimal min, BigDecimal max,
        String unit, String value) {
      this.type = type;
      this.quantity = quantity;
      this.start = start;
      this.end = end;
      this.min = min;
      this.max = max;
      this.unit = unit;
      this.value = value;
    }
  }

  private record UnitHit(int start, int end, Unit unit) {}

  private record BoundHit(int end, Bound bound) {}

  private record VersionHit(int end, String display, BigDecimal number, Bound bound) {}

  private static final Phrase P_AND = new Phrase("and", false);
  private static final Phrase P_BETWEEN = new Phrase("between", false);
  private static final Phrase P_FROM = new Phrase("from", false);
  private static final Phrase P_IEEE = new Phrase("IEEE ", false);
  private static final Phrase P_THROUGH = new Phrase("through", false);
  private static final Phrase P_TO = new Phrase("to", false);
  private static final Phrase P_VER = new Phrase("ver.", false);
  private static final Phrase P_VERSION = new Phrase("version", false);
  private static final Phrase[] AC_DC_PREFIX = {
    new Phrase("AC", true), new Phrase("DC", true), new Phrase("a.c.", true), new Phrase("d.c.", true),
    new Phrase("A.C.", true), new Phrase("D.C.", true)
  };
  private static final String[] AC_DC_KIND = {"ac", "dc", "ac", "dc", "ac", "dc"};
  private static final Phrase[] DC_SUFFIX = {
    new Phrase(" DC", true), new Phrase(" dc", true), new Phrase("DC", true), new Phrase("dc", true),
    new Phrase(" d.c.", true), new Phrase("d.c.", true)
  };
  private static final Num NO_NUM = Num.scan("", 0);

  private final String s;
  private final int n;
  private final UnitTable units;
  private final Map<Integer, Num> numbers = new HashMap<>();
  /** End of the last emitted span (a "/" right after it may start a new value: "10 kV/10 kA"). */
  private int lastEnd = -1;
  /** No free-standing number may start before this offset (digits of a rejected token). */
  private int skipUntil = 0;

  Scan(String s, UnitTable units) {
    this.s = s;
    this.n = s.length();
    this.units = units;
  }

  List<Found> run() {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      List<Found> found;
      try {
        found = attempt(i);
      } catch (RuntimeException e) {
        found = null; // a rule failed on odd input: treat as no match at this position
      }
      if (found != null && !found.isEmpty() && found.get(0).start >= i) {
        int end = i;
        for (Found f : found) {
          if (f.start >= end && f.end > f.start) {
            out.add(f);
            end = f.end;
          }
        }
        if (end > i) {
          lastEnd = end;
          i = end;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  private List<Found> attempt(int i) {
    char c = s.charAt(i);
    if (Chars.isSpace(c)) {
      return null;
    }
    List<Found> r;
    if (Chars.isWord(c)) {
      if (Chars.wordStart(s, i)) {
        if ((r = nameRule(i)) != null
            || (r = boundRule(i)) != null
            || (r = fromBetween(i)) != null
            || (r = rating(i, null, i)) != null
            || (r = keyword(i, null, i, false)) != null
            || (r = acDcPrefix(i)) != null) {
          return r;
        }
      }
    } else {
      if ((r = boundRule(i)) != null || (r = tolerance(i)) != null) {
        return r;
      }
    }
    if (freeNumberStart(i)) {
      return value(i, i, null, Mode.FREE, null);
    }
    return null;
  }

  // ------------------------------------------------------------------ numbers

  private Num num(int i) {
    Num m = numbers.get(i);
    if (m == null) {
      m = Num.scan(s, i);
      numbers.put(i, m == null ? NO_NUM : m);
    }
    return m == NO_NUM ? null : m;
  }

  /** A number may start here on its own (not glued to an identifier, clause number or reference). */
  private boolean freeNumberStart(int i) {
    if (i < skipUntil || !Num.startsAt(s, i)) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    if (Chars.isWord(p)) {
      return p == '\u00D8' || p == '\u00F8' || p == '\u2300'; // Ø60 mm
    }
    char pp = i >= 2 ? s.charAt(i - 2) : ' ';
    if (p == '.' || p == ',') {
      if (Chars.isWord(pp)) {
        return false;
      }
    } else if (p == '#' || p == '\u00A7') {
      return false;
    } else if (p == ':') {
      if (Chars.isDigit(pp)) {
        return false; // 10:30, IEC 60529:1989
      }
    } else if (p == '/') {
      if (i - 1 != lastEnd && Chars.isWord(pp)) {
        return false; // 12/2020, but "10 kV/10 kA" is fine
      }
    } else if (Chars.isHyphen(p) || p == '_' || p == '\\') {
      if (Chars.isWord(pp)) {
        return false; // LN-700, REQ-12, [LC-07], 61000-4-5
      }
    }
    return !referenceWordBefore(i);
  }

  /** "Table 5", "Class 2", "IEC 61000", "ISO/IEC 27001": the number is a reference. */
  private boolean referenceWordBefore(int i) {
    int j = i - 1;
    int spaces = 0;
    while (j >= 0 && spaces < GAP && Chars.isSpace(s.charAt(j))) {
      j--;
      spaces++;
    }
    if (spaces == 0 || j < 0) {
      return false;
    }
    int k = j;
    while (k >= 0 && j - k < 24) {
      char c = s.charAt(k);
      if (Chars.isLetter(c) || c == '.' || c == '/' || Chars.isHyphen(c)) {
        k--;
      } else {
        break;
      }
    }
    if (k == j) {
      return false;
    }
    String w = s.substring(k + 1, j + 1);
    while (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    int cut = Math.max(w.lastIndexOf('/'), w.lastIndexOf('-'));
    if (cut >= 0) {
      w = w.substring(cut + 1);
    }
    return Vocabulary.REFERENCE_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  // ------------------------------------------------------------------ units

  private UnitHit unitAt(int j) {
    if (j >= n) {
      return null;
    }
    char c = s.charAt(j);
    if (Chars.isHyphen(c)) {
      if (j + 1 < n && Chars.isLetter(s.charAt(j + 1))) {
        return longestUnit(j + 1, true, false);
      }
      return null;
    }
    int k = Chars.skipSpaces(s, j, 2);
    if (k >= n) {
      return null;
    }
    return longestUnit(k, false, k == j);
  }

  private UnitHit longestUnit(int q, boolean hyphenOnly, boolean attached) {
    UnitHit best = null;
    for (UnitTable.Entry e : units.candidates(s.charAt(q))) {
      if (hyphenOnly && !e.has(UnitTable.HYPHEN_OK)) {
        continue;
      }
      if (!attached && e.has(UnitTable.ATTACHED_ONLY)) {
        continue;
      }
      int end = e.phrase().match(s, q);
      if (end < 0 || (best != null && end <= best.end()) || !unitEndOk(e, end)) {
        continue;
      }
      Unit u = resolve(e.unit(), q, end);
      if (u != null) {
        best = new UnitHit(q, end, u);
      }
    }
    return best;
  }

  private boolean unitEndOk(UnitTable.Entry e, int end) {
    if (end >= n) {
      return true;
    }
    char c = s.charAt(end);
    if (e.phrase().endsInWord() && Chars.isWord(c)) {
      return false;
    }
    if (Chars.isSuperscript(c)) {
      return false; // m³ is not metres
    }
    if (c == '/' && end + 1 < n) {
      // "W/m²", "%/K": a compound unit we do not know
      for (UnitTable.Entry o : units.candidates(s.charAt(end + 1))) {
        int oe = o.phrase().matchWord(s, end + 1);
        if (oe > 0 && !o.has(UnitTable.ATTACHED_ONLY)) {
          return false;
        }
      }
    }
    if (perTime(end)) {
      return false; // "3 m³ per day", "10 litres per day": a rate we do not know, not a volume
    }
    return true;
  }

  /** Whether " per " and a unit of time follow {@code end} ("per day", "per h"): the value is a rate. */
  private boolean perTime(int end) {
    int at = end;
    if (at < n && s.charAt(at) == ' ') {
      at++;
    }
    if (at + 4 > n || !s.regionMatches(true, at, "per ", 0, 4)) {
      return false;
    }
    at += 4;
    if (at >= n) {
      return false;
    }
    for (UnitTable.Entry o : units.candidates(s.charAt(at))) {
      if (o.unit().quantity.equals("time") && !o.has(UnitTable.ATTACHED_ONLY) && o.phrase().matchWord(s, at) > 0) {
        return true;
      }
    }
    return false;
  }

  private static final Unit MASS_G =
      new Unit("mass", "kg", new BigDecimal("0.001"), BigDecimal.ONE, BigDecimal.ZERO);
  private static final Unit ACCEL_G =
      new Unit("acceleration", "m/s²", new BigDecimal("9.80665"), BigDecimal.ONE, BigDecimal.ZERO);

  private boolean vibrationContext(int start, int end) {
    String ctx = clause(start, end);
    return hasWord(ctx, "vibration") || hasWord(ctx, "shock") || hasWord(ctx, "acceleration")
        || hasWord(ctx, "seismic") || hasWord(ctx, "bump");
  }

  /** Context-dependent units: "g" is mass unless vibration is meant; "G"/"gn" only then. */
  private Unit resolve(Unit u, int start, int end) {
    if (u.quantity.equals(Unit.GRAM) || u.quantity.equals(Unit.GN)) {
      if (vibrationContext(start, end)) {
        return ACCEL_G;
      }
      return u.quantity.equals(Unit.GRAM) ? MASS_G : null;
    }
    return u;
  }

  // ------------------------------------------------------------------ bounds

  private BoundHit prefixBoundAt(int i) {
    if (i >= n) {
      return null;
    }
    return longestBound(Vocabulary.prefixBounds(s.charAt(i)), i, false);
  }

  private BoundHit suffixBoundAt(int j, boolean version) {
    int k = Chars.skipSpaces(s, j, 2);
    if (k >= n) {
      return null;
    }
    List<BoundEntry> list =
        version ? Vocabulary.versionSuffixBounds(s.charAt(k)) : Vocabulary.suffixBounds(s.charAt(k));
    return longestBound(list, k, k == j);
  }

  private BoundHit longestBound(List<BoundEntry> list, int i, boolean attached) {
    BoundHit best = null;
    for (BoundEntry e : list) {
      String p = e.phrase().pattern;
      boolean wordy = Chars.isLetter(p.charAt(0));
      if (wordy && !Chars.wordStart(s, i)) {
        continue;
      }
      if (p.equals("+") && !attached) {
        continue;
      }
      int end = e.phrase().matchWord(s, i);
      if (end < 0) {
        continue;
      }
      if (p.equals("+") && end < n && (Chars.isWord(s.charAt(end)) || s.charAt(end) == '+')) {
        continue;
      }
      if (best == null || end > best.end()) {
        best = new BoundHit(end, e.bound());
      }
    }
    return best;
  }

  private List<Found> boundRule(int i) {
    BoundHit b = prefixBoundAt(i);
    if (b == null) {
      return null;
    }
    int k = Chars.skipSpaces(s, b.end(), GAP);
    if (k < n && (s.charAt(k) == ':' || s.charAt(k) == '=')) {
      k = Chars.skipSpaces(s, k + 1, GAP);
    }
    if (k >= n) {
      return null;
    }
    List<Found> r;
    if ((r = rating(k, b.bound(), i)) != null) {
      return r;
    }
    String phrase = s.substring(i, b.end()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (Vocabulary.VERSION_PREFIXES.contains(phrase) && (r = keyword(k, b.bound(), i, true)) != null) {
      return r;
    }
    if (Num.startsAt(s, k)) {
      return value(k, i, b.bound(), Mode.BOUNDED, null);
    }
    return null;
  }

  // ------------------------------------------------------------------ values

  private List<Found> fromBetween(int i) {
    Mode mode;
    int e = P_FROM.matchWord(s, i);
    if (e > 0) {
      mode = Mode.FROM;
    } else {
      e = P_BETWEEN.matchWord(s, i);
      if (e < 0) {
        return null;
      }
      mode = Mode.BETWEEN;
    }
    int k = Chars.skipSpaces(s, e, GAP);
    if (k == e || !Num.startsAt(s, k)) {
      return null;
    }
    return value(k, i, null, mode, null);
  }

  private List<Found> acDcPrefix(int i) {
    String kind = null;
    int e = -1;
    for (int q = 0; q < AC_DC_PREFIX.length; q++) {
      int m = AC_DC_PREFIX[q].match(s, i);
      if (m > 0) {
        e = m;
        kind = AC_DC_KIND[q];
        break;
      }
    }
    if (e < 0) {
      return null;
    }
    int k = Chars.skipSpaces(s, e, 1);
    if (k < n && s.charAt(k) == ':') {
      k = Chars.skipSpaces(s, k + 1, 1);
    }
    if (!Num.startsAt(s, k) || (k == e && !Chars.isDigit(s.charAt(k)))) {
      return null;
    }
    return value(k, i, null, Mode.FREE, kind);
  }

  private List<Found> value(int i, int spanStart, Bound bound, Mode mode, String acDc) {
    Num a = num(i);
    if (a == null) {
      return null;
    }
    if (!a.usable()) {
      noteFailure(mode, a);
      return null;
    }
    if (mode == Mode.FREE && productBefore(a.start)) {
      noteFailure(mode, a);
      return null;
    }
    UnitHit u1 = unitAt(a.end);
    int after1 = u1 == null ? a.end : u1.end();
    if (mode == Mode.FREE && productAfter(after1)) {
      noteFailure(mode, a);
      return null;
    }
    List<Found> r;
    if (mode != Mode.BOUNDED) {
      r = range(a, u1, after1, spanStart, mode, acDc);
      if (r != null || mode == Mode.FROM || mode == Mode.BETWEEN) {
        return r;
      }
    }
    if (u1 == null) {
      if (mode == Mode.FREE && (r = nominalPlusMinus(a, spanStart, acDc)) != null) {
        return r;
      }
      noteFailure(mode, a);
      return null;
    }
    if (mode == Mode.FREE && (r = foldTolerance(a, u1, spanStart, acDc)) != null) {
      return r;
    }
    Unit u = u1.unit();
    BigDecimal v = u.toCanonical(a.value);
    int end = u1.end();
    Bound b = bound;
    if (b == null) {
      BoundHit sb = suffixBoundAt(end, false);
      if (sb != null) {
        b = sb.bound();
        end = sb.end();
      }
    }
    return one(quantity(u, spanStart, end, v, v, b, acDc));
  }

  private static boolean isTimes(char c) {
    return c == '\u00D7' || c == 'x' || c == 'X' || c == '*' || c == '\u2715' || c == '\u2A2F';
  }

  /** "40 × 40 mm", "2 x 10 W": the value is one factor of a product (dimensions, counts). */
  private boolean productBefore(int start) {
    int k = start - 1;
    if (k >= 0 && Chars.isSpace(s.charAt(k))) {
      k--;
    }
    if (k < 0 || !isTimes(s.charAt(k))) {
      return false;
    }
    boolean letterSign = Chars.isLetter(s.charAt(k));
    k--;
    boolean spaced = k >= 0 && Chars.isSpace(s.charAt(k));
    if (spaced) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char c = s.charAt(k);
    if (letterSign && !spaced && !Chars.isDigit(c)) {
      return false; // the "x" ends a word ("box 5 W", "index 5")
    }
    return Chars.isDigit(c) || Chars.isLetter(c) || c == '\u00B2' || c == '%';
  }

  private boolean productAfter(int end) {
    int k = end;
    if (k < n && Chars.isSpace(s.charAt(k))) {
      k++;
    }
    if (k >= n || !isTimes(s.charAt(k))) {
      return false;
    }
    if (Chars.isLetter(s.charAt(k)) && k + 1 < n && Chars.isLetter(s.charAt(k + 1))) {
      return false; // "x" starting a word
    }
    k++;
    if (k < n && Chars.isSpace(s.charAt(k))) {
      k++;
    }
    return k < n && Chars.isDigit(s.charAt(k));
  }

  private void noteFailure(Mode mode, Num a) {
    if (mode == Mode.FREE) {
      skipUntil = Math.max(skipUntil, a.end);
    }
  }

  private List<Found> range(Num a, UnitHit u1, int j, int spanStart, Mode mode, String acDc) {
    int k = Chars.skipSpaces(s, j, GAP);
    if (k >= n) {
      return null;
    }
    boolean spaced = k > j;
    char c = s.charAt(k);
    int sepEnd = -1;
    boolean slash = false;
    boolean hyphen = false;
    boolean word = false;
    if (Chars.isHyphen(c)) {
      sepEnd = k + 1;
      hyphen = true;
    } else if (c == '~' || c == '\uFF5E' || c == '\u2026' || c == '\u223C') {
      sepEnd = k + 1;
    } else if (c == '.' && k + 1 < n && s.charAt(k + 1) == '.') {
      sepEnd = k + 2;
      if (sepEnd < n && s.charAt(sepEnd) == '.') {
        sepEnd++;
      }
    } else if (c == '/' && !spaced && u1 == null && mode == Mode.FREE) {
      sepEnd = k + 1;
      slash = true;
    } else {
      int e = P_TO.matchWord(s, k);
      if (e < 0 && mode == Mode.BETWEEN) {
        e = P_AND.matchWord(s, k);
      }
      if (e < 0 && mode != Mode.BETWEEN) {
        e = P_THROUGH.matchWord(s, k);
      }
      if (e > 0) {
        sepEnd = e;
        word = true;
      }
    }
    if (sepEnd < 0) {
      return null;
    }
    int m = Chars.skipSpaces(s, sepEnd, GAP);
    if (slash && m != sepEnd) {
      return null;
    }
    if (word && !spaced && Chars.isWord(s.charAt(j - 1)) && Chars.isLetter(s.charAt(j - 1))) {
      return null;
    }
    Num b = num(m);
    if (b == null || !b.usable()) {
      return null;
    }
    if (hyphen && !spaced && m == sepEnd && b.end + 1 < n && Chars.isHyphen(s.charAt(b.end))
        && Chars.isDigit(s.charAt(b.end + 1))) {
      return null; // 61000-4-5
    }
    if (slash) {
      if (a.value.compareTo(BigDecimal.valueOf(2)) < 0 || a.value.compareTo(b.value) >= 0
          || a.signed || b.signed) {
        return null;
      }
      if (b.end < n && s.charAt(b.end) == '/') {
        return null; // 1/2/2020
      }
    }
    UnitHit u2 = unitAt(b.end);
    if (u2 == null) {
      return null;
    }
    Unit ua = u1 == null ? u2.unit() : u1.unit();
    Unit ub = u2.unit();
    if (!ua.family().equals(ub.family())) {
      return null;
    }
    BigDecimal va = ua.toCanonical(a.value);
    BigDecimal vb = ub.toCanonical(b.value);
    Unit chosen = ub.quantity.equals(ub.family()) ? ua : ub;
    BigDecimal lo = va.min(vb);
    BigDecimal hi = va.max(vb);
    return one(quantity(chosen, spanStart, u2.end(), lo, hi, null, acDc));
  }

  private int plusMinusAt(int k) {
    if (k >= n) {
      return -1;
    }
    char c = s.charAt(k);
    if (c == '\u00B1') {
      return k + 1;
    }
    if (c == '+' && k + 2 < n && s.charAt(k + 1) == '/' && Chars.isMinus(s.charAt(k + 2))) {
      return k + 3;
    }
    return -1;
  }

  /** "±1 %", "± 0.5 °C", "+/- 5 %": quantity {@code tolerance}, min −x, max +x. */
  private List<Found> tolerance(int i) {
    int e = plusMinusAt(i);
    if (e < 0) {
      return null;
    }
    int m = Chars.skipSpaces(s, e, 2);
    Num b = num(m);
    if (b == null || !b.usable() || b.signed) {
      return null;
    }
    UnitHit u = unitAt(b.end);
    if (u == null) {
      return null;
    }
    BigDecimal d = u.unit().differenceToCanonical(b.value).abs();
    String unit = u.unit().quantity.equals(Unit.KELVIN) ? "K" : u.unit().unit;
    return one(new Found(Parameter.Type.QUANTITY, "tolerance", i, u.end(), d.negate(), d, unit, null));
  }

  /** "230 ± 10 V" → 220..240 V. */
  private List<Found> nominalPlusMinus(Num a, int spanStart, String acDc) {
    int k = Chars.skipSpaces(s, a.end, 2);
    int e = plusMinusAt(k);
    if (e < 0) {
      return null;
    }
    Num b = num(Chars.skipSpaces(s, e, 2));
    if (b == null || !b.usable() || b.signed) {
      return null;
    }
    UnitHit u = unitAt(b.end);
    if (u == null) {
      return null;
    }
    Unit un = u.unit();
    BigDecimal nominal = un.toCanonical(a.value);
    BigDecimal d = un.differenceToCanonical(b.value).abs();
    return one(quantity(un, spanStart, u.end(), nominal.subtract(d), nominal.add(d), null, acDc));
  }

  /** "230 V ± 10 %" → 207..253 V; "25 °C ± 2 °C"; "5 V ±0.25" (same unit). */
  private List<Found> foldTolerance(Num a, UnitHit u1, int spanStart, String acDc) {
    int k = Chars.skipSpaces(s, u1.end(), 2);
    int e = plusMinusAt(k);
    if (e < 0) {
      return null;
    }
    Num b = num(Chars.skipSpaces(s, e, 2));
    if (b == null || !b.usable() || b.signed) {
      return null;
    }
    Unit ua = u1.unit();
    BigDecimal nominal = ua.toCanonical(a.value);
    UnitHit u2 = unitAt(b.end);
    BigDecimal d;
    int end;
    if (u2 == null) {
      if (b.end < n && Chars.isLetter(s.charAt(b.end))) {
        return null;
      }
      d = ua.differenceToCanonical(b.value);
      end = b.end;
    } else if (u2.unit().quantity.equals("percentage") && !ua.quantity.equals("percentage")) {
      d = nominal.abs().multiply(b.value).movePointLeft(2);
      end = u2.end();
    } else if (u2.unit().family().equals(ua.family())) {
      d = u2.unit().differenceToCanonical(b.value);
      end = u2.end();
    } else {
      return null;
    }
    d = d.abs();
    return one(quantity(ua, spanStart, end, nominal.subtract(d), nominal.add(d), null, acDc));
  }

  /** Builds a quantity, resolving context-dependent names. */
  private Found quantity(Unit u, int start, int end, BigDecimal lo, BigDecimal hi, Bound bound,
      String acDc) {
    String q = u.quantity;
    String unit = u.unit;
    if (q.equals(Unit.KELVIN)) {
      BigDecimal thousand = BigDecimal.valueOf(1000);
      q = lo.compareTo(thousand) >= 0 && hi.compareTo(thousand) >= 0
          ? "colour-temperature"
          : "temperature-difference";
    }
    if (acDc != null && q.equals("voltage")) {
      q = "voltage-" + acDc;
    }
    String ctx = null;
    if (q.startsWith("voltage") || q.equals("current")) {
      ctx = clause(start, end);
      if (hasWord(ctx, "surge") || hasWord(ctx, "lightning") || hasWord(ctx, "spd")
          || hasWord(ctx, "spds")) {
        q = q.equals("current") ? "surge-current" : "surge-voltage";
      }
    } else if (q.equals("percentage")) {
      ctx = clause(start, end);
      if (hasWord(ctx, "humidity") || hasWord(ctx, "rh") || ctx.contains("r.h.")) {
        q = "relative-humidity";
      }
    }
    BigDecimal mn = lo;
    BigDecimal mx = hi;
    if (bound != null) {
      Side side = bound.side();
      if (bound.better() && q.equals("power-level")) {
        if (ctx == null) {
          ctx = clause(start, end);
        }
        if (hasWord(ctx, "sensitivity")) {
          side = Side.MAX; // better sensitivity = lower level
        }
      }
      if (side == Side.MIN) {
        mx = null;
      } else {
        mn = null;
      }
    }
    return new Found(Parameter.Type.QUANTITY, q, start, end, mn, mx, unit, null);
  }

  private static List<Found> one(Found f) {
    return f == null ? null : List.of(f);
  }

  // ------------------------------------------------------------------ dimensionless names

  private List<Found> nameRule(int i) {
    NameEntry best = null;
    int bestEnd = -1;
    for (NameEntry e : Vocabulary.names(s.charAt(i))) {
      int end = e.phrase().match(s, i);
      if (end > bestEnd && (end >= n || !Chars.isLetter(s.charAt(end)))) {
        best = e;
        bestEnd = end;
      }
    }
    if (best == null) {
      return null;
    }
    Vocabulary.Name name = best.name();
    int j = bestEnd;
    int limit = Math.min(n, bestEnd + 40);
    Bound bound = null;
    boolean atNumber = false;
    for (int step = 0; step < 8 && j < limit; step++) {
      int k = Chars.skipSpaces(s, j, GAP);
      if (k >= n) {
        return null;
      }
      char c = s.charAt(k);
      if (bound == null) {
        BoundHit bh = prefixBoundAt(k);
        if (bh != null) {
          bound = bh.bound();
          j = bh.end();
          continue;
        }
      }
      if (Num.startsAt(s, k)) {
        j = k;
        atNumber = true;
        break;
      }
      if (c == ':' || c == '=') {
        j = k + 1;
        continue;
      }
      if (c == '(') {
        int close = -1;
        for (int q = k + 1; q < Math.min(n, k + 16); q++) {
          if (s.charAt(q) == ')') {
            close = q;
            break;
          }
        }
        if (close < 0) {
          return null;
        }
        j = close + 1;
        continue;
      }
      if (Chars.isLetter(c)) {
        int w = k;
        while (w < n && w - k < 20 && Chars.isLetter(s.charAt(w))) {
          w++;
        }
        if (w < n && s.charAt(w) == '.') {
          w++;
        }
        String word = s.substring(k, w).toLowerCase(Locale.ROOT);
        if (word.endsWith(".")) {
          word = word.substring(0, word.length() - 1);
        }
        if (Vocabulary.FILLER_WORDS.contains(word)) {
          j = w;
          continue;
        }
      }
      return null;
    }
    if (!atNumber) {
      return null;
    }
    Num a = num(j);
    if (a == null || !a.usable()) {
      return null;
    }
    BigDecimal va = a.value;
    BigDecimal vb = a.value;
    int end = a.end;
    UnitHit u = unitAt(a.end);
    if (u != null && bound == null) {
      BoundHit early = suffixBoundAt(a.end, false);
      if (early != null && early.end() >= u.end()) {
        u = null; // "PF 0.95 min": a bound word, not minutes
      }
    }
    if (u != null) {
      if (name.quantity().equals("power-factor") && u.unit().quantity.equals("percentage")) {
        va = va.movePointLeft(2);
        vb = va;
        end = u.end();
      } else if (name.unit() != null && u.unit().quantity.equals(name.quantity())) {
        end = u.end();
      } else {
        return null;
      }
    } else {
      if (end < n && (Chars.isLetter(s.charAt(end)) || s.charAt(end) == '%')) {
        return null;
      }
      // unitless range: "CRI 70–80"
      int k = Chars.skipSpaces(s, end, 2);
      if (bound == null && k < n && (Chars.isHyphen(s.charAt(k)) || s.charAt(k) == '~')) {
        Num b = num(Chars.skipSpaces(s, k + 1, 2));
        if (b != null && b.usable() && unitAt(b.end) == null
            && (b.end >= n || !Chars.isLetter(s.charAt(b.end)))) {
          vb = b.value;
          end = b.end;
        }
      }
    }
    if (bound == null) {
      BoundHit sb = suffixBoundAt(end, false);
      if (sb == null && end < n && s.charAt(end) == '+'
          && (end + 1 >= n || !Chars.isWord(s.charAt(end + 1)))) {
        sb = new BoundHit(end + 1, new Bound(Side.MIN, false));
      }
      if (sb != null) {
        bound = sb.bound();
        end = sb.end();
      }
    }
    BigDecimal lo = va.min(vb);
    BigDecimal hi = va.max(vb);
    if (lo.doubleValue() < name.lo() || hi.doubleValue() > name.hi()) {
      return null;
    }
    if (bound != null) {
      if (bound.side() == Side.MIN) {
        hi = null;
      } else {
        lo = null;
      }
    }
    return one(new Found(Parameter.Type.QUANTITY, name.quantity(), i, end, lo, hi, name.unit(), null));
  }

  // ------------------------------------------------------------------ ratings

  private List<Found> rating(int i, Bound bound, int spanStart) {
    if (i + 2 >= n || !Chars.wordStart(s, i)) {
      return null;
    }
    char c0 = Character.toUpperCase(s.charAt(i));
    char c1 = Character.toUpperCase(s.charAt(i + 1));
    if (c0 != 'I' || (c1 != 'P' && c1 != 'K')) {
      return null;
    }
    Found first = c1 == 'P' ? ipCode(i + 2, spanStart) : ikCode(i + 2, spanStart);
    if (first == null) {
      return null;
    }
    List<Found> out = new ArrayList<>();
    int end = first.end;
    Bound b = bound;
    // continuation "IP65/66", "IP66/IP67"
    Found second = null;
    if (end + 1 < n && s.charAt(end) == '/') {
      int k = end + 1;
      if (k + 1 < n && Character.toUpperCase(s.charAt(k)) == 'I'
          && Character.toUpperCase(s.charAt(k + 1)) == c1) {
        k += 2;
      }
      second = c1 == 'P' ? ipCode(k, end + 1) : ikCode(k, end + 1);
    }
    if (b == null && second == null) {
      BoundHit sb = suffixBoundAt(end, false);
      if (sb != null) {
        b = sb.bound();
        end = sb.end();
      }
    }
    out.add(bounded(first, end, b));
    if (second != null) {
      out.add(second);
    }
    return out;
  }

  private Found bounded(Found f, int end, Bound b) {
    BigDecimal mn = f.min;
    BigDecimal mx = f.max;
    if (b != null) {
      if (b.side() == Side.MIN) {
        mx = null;
      } else {
        mn = null;
      }
    }
    return new Found(f.type, f.quantity, f.start, end, mn, mx, f.unit, f.value);
  }

  private Found ipCode(int j, int spanStart) {
    if (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\u00A0' || Chars.isHyphen(s.charAt(j)))) {
      j++;
    }
    if (j + 1 >= n) {
      return null;
    }
    char d1 = Character.toUpperCase(s.charAt(j));
    char d2 = Character.toUpperCase(s.charAt(j + 1));
    boolean ok1 = (d1 >= '0' && d1 <= '6') || d1 == 'X';
    boolean ok2 = Chars.isDigit(d2) || d2 == 'X';
    if (!ok1 || !ok2) {
      return null;
    }
    int e = j + 2;
    String value = "IP" + d1 + d2;
    if (d2 == '9' && e < n && Character.toUpperCase(s.charAt(e)) == 'K') {
      e++;
      value += "K";
    }
    if (!Chars.wordEnd(s, e)
        || (e + 1 < n && s.charAt(e) == '.' && Chars.isDigit(s.charAt(e + 1)))) {
      return null;
    }
    BigDecimal v = d1 != 'X' && d2 != 'X' ? BigDecimal.valueOf((d1 - '0') * 10L + (d2 - '0')) : null;
    return new Found(Parameter.Type.RATING, "ingress-protection", spanStart, e, v, v, null, value);
  }

  private Found ikCode(int j, int spanStart) {
    if (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\u00A0' || Chars.isHyphen(s.charAt(j)))) {
      j++;
    }
    int d0 = j;
    while (j < n && j - d0 < 3 && Chars.isDigit(s.charAt(j))) {
      j++;
    }
    int len = j - d0;
    if (len < 1 || len > 2 || !Chars.wordEnd(s, j)
        || (j + 1 < n && s.charAt(j) == '.' && Chars.isDigit(s.charAt(j + 1)))) {
      return null;
    }
    int v = Integer.parseInt(s.substring(d0, j));
    if (v > 10) {
      return null;
    }
    BigDecimal bv = BigDecimal.valueOf(v);
    return new Found(Parameter.Type.RATING, "impact-protection", spanStart, j, bv, bv, null,
        String.format(Locale.ROOT, "IK%02d", v));
  }

  // ------------------------------------------------------------------ interfaces

  private List<Found> keyword(int i, Bound bound, int spanStart, boolean requireVersion) {
    if (i >= n || !Chars.wordStart(s, i)) {
      return null;
    }
    List<Found> r;
    if (!requireVersion) {
      if ((r = zeroToTenVolt(i)) != null || (r = ieee802(i)) != null) {
        return r;
      }
    }
    KeywordEntry best = null;
    int bestEnd = -1;
    for (KeywordEntry e : Vocabulary.keywords(s.charAt(i))) {
      int end = e.phrase().match(s, i);
      if (end <= bestEnd) {
        continue;
      }
      // "TLSv1.2", "SNMPv3", "TLS1.3": an attached version is a boundary too
      boolean endOk = !e.phrase().endsInWord() || Chars.wordEnd(s, end)
          || (e.keyword().version() != Version.NONE && version(end, e.keyword().version()) != null);
      if (endOk) {
        best = e;
        bestEnd = end;
      }
    }
    if (best == null) {
      return null;
    }
    Keyword kw = best.keyword();
    if (kw.canonical().length() == 2 && kw.canonical().charAt(1) == 'G' && vibrationContext(i, bestEnd)) {
      return null; // "Vibration: 3G" is an acceleration
    }
    int end = bestEnd;
    String value = kw.canonical();
    BigDecimal ver = null;
    Bound b = bound;
    if (kw.version() != Version.NONE) {
      VersionHit vh = version(end, kw.version());
      if (vh != null) {
        end = vh.end();
        value = switch (kw.version()) {
          case V_SUFFIX -> kw.canonical() + "v" + vh.display();
          case SLASH -> kw.canonical() + "/" + vh.display();
          default -> kw.canonical() + " " + vh.display();
        };
        ver = vh.number();
        if (b == null) {
          b = vh.bound();
        }
      }
    }
    if (requireVersion && ver == null) {
      return null;
    }
    if (ver != null && b == null) {
      BoundHit sb = suffixBoundAt(end, true);
      if (sb != null) {
        b = sb.bound();
        end = sb.end();
      }
    }
    BigDecimal mn = ver;
    BigDecimal mx = ver;
    if (ver != null && b != null) {
      if (b.side() == Side.MIN) {
        mx = null;
      } else {
        mn = null;
      }
    }
    Found first = new Found(Parameter.Type.INTERFACE, kw.quantity(), spanStart, end, mn, mx, null, value);
    // "TLS 1.2/1.3": a second version of the same protocol
    if (ver != null && kw.version() == Version.DOTTED && b == null && end + 1 < n && s.charAt(end) == '/'
        && Chars.isDigit(s.charAt(end + 1))) {
      VersionHit v2 = version(end + 1, Version.DOTTED);
      if (v2 != null && v2.bound() == null) {
        return List.of(first, new Found(Parameter.Type.INTERFACE, kw.quantity(), end + 1, v2.end(),
            v2.number(), v2.number(), null, kw.canonical() + " " + v2.display()));
      }
    }
    return one(first);
  }

  private VersionHit version(int j, Version style) {
    if (j >= n) {
      return null;
    }
    int k = j;
    Bound bound = null;
    switch (style) {
      case DOTTED -> {
        int sp = Chars.skipSpaces(s, k, 2);
        BoundHit bh = sp < n && !Chars.isLetter(s.charAt(sp)) ? prefixBoundAt(sp) : null;
        if (bh != null) {
          bound = bh.bound();
          k = Chars.skipSpaces(s, bh.end(), 2);
        } else {
          k = sp;
          int v = P_VERSION.match(s, k);
          if (v < 0) {
            v = P_VER.match(s, k);
          }
          if (v < 0 && k < n && (s.charAt(k) == 'v' || s.charAt(k) == 'V')) {
            v = k + 1;
          }
          if (v > 0) {
            k = Chars.skipSpaces(s, v, 1);
          } else if (k == j && k < n && Chars.isHyphen(s.charAt(k))) {
            k++;
          }
        }
        int d0 = k;
        int parts = 0;
        boolean twoDigitMinor = false;
        while (parts < 3) {
          int p0 = k;
          while (k < n && k - p0 < 3 && Chars.isDigit(s.charAt(k))) {
            k++;
          }
          if (k == p0) {
            if (parts == 0) {
              return null;
            }
            k--; // give back the dot
            break;
          }
          if (parts == 1 && k - p0 > 1) {
            twoDigitMinor = true;
          }
          parts++;
          if (parts < 3 && k + 1 < n && s.charAt(k) == '.' && Chars.isDigit(s.charAt(k + 1))) {
            k++;
          } else {
            break;
          }
        }
        if (!Chars.wordEnd(s, k) || (k + 1 < n && s.charAt(k) == '.' && Chars.isDigit(s.charAt(k + 1)))) {
          return null;
        }
        if (unitAt(k) != null) {
          return null; // "Bluetooth 5 km" is a distance
        }
        String display = s.substring(d0, k);
        if (parts == 1) {
          display = display + ".0";
        }
        BigDecimal number = parts <= 2 && !twoDigitMinor ? new BigDecimal(display) : null;
        return new VersionHit(k, display, number, bound);
      }
      case V_SUFFIX -> {
        k = Chars.skipSpaces(s, k, 1);
        if (k >= n || (s.charAt(k) != 'v' && s.charAt(k) != 'V')) {
          return null;
        }
        k++;
        int d0 = k;
        while (k < n && k - d0 < 2 && Chars.isDigit(s.charAt(k))) {
          k++;
        }
        if (k == d0) {
          return null;
        }
        BigDecimal number = new BigDecimal(s.substring(d0, k));
        if (k < n && (s.charAt(k) == 'c' || s.charAt(k) == 'C')) {
          k++;
        }
        if (!Chars.wordEnd(s, k)) {
          return null;
        }
        return new VersionHit(k, s.substring(d0, k).toLowerCase(Locale.ROOT), number, null);
      }
      case SLASH -> {
        boolean slash = s.charAt(k) == '/';
        k = slash ? k + 1 : Chars.skipSpaces(s, k, 1);
        int d0 = k;
        if (k >= n || !Chars.isDigit(s.charAt(k))) {
          return null;
        }
        k++;
        boolean dot = false;
        if (k + 1 < n && s.charAt(k) == '.' && Chars.isDigit(s.charAt(k + 1))) {
          k += 2;
          dot = true;
        }
        if ((!slash && !dot) || !Chars.wordEnd(s, k) || unitAt(k) != null) {
          return null;
        }
        String display = s.substring(d0, k);
        return new VersionHit(k, display, new BigDecimal(display), null);
      }
      default -> {
        return null;
      }
    }
  }

  /** "0-10V", "1–10 V", "0/1-10V" in a dimming/interface context (0/1-10V always). */
  private List<Found> zeroToTenVolt(int i) {
    char c = s.charAt(i);
    if (c != '0' && c != '1') {
      return null;
    }
    int j = i + 1;
    String form = String.valueOf(c);
    if (c == '0' && j + 1 < n && s.charAt(j) == '/' && s.charAt(j + 1) == '1') {
      form = "0/1";
      j += 2;
    }
    if (j < n && (Chars.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ',')) {
      return null;
    }
    int k = Chars.skipSpaces(s, j, 1);
    if (k >= n) {
      return null;
    }
    if (Chars.isHyphen(s.charAt(k)) || s.charAt(k) == '~' || s.charAt(k) == '\u2026') {
      k++;
    } else {
      int t = P_TO.matchWord(s, k);
      if (t < 0) {
        return null;
      }
      k = t;
    }
    k = Chars.skipSpaces(s, k, 1);
    if (k + 1 >= n || s.charAt(k) != '1' || s.charAt(k + 1) != '0') {
      return null;
    }
    k += 2;
    if (k < n && (Chars.isDigit(s.charAt(k)) || (s.charAt(k) == '.' && k + 1 < n && Chars.isDigit(s.charAt(k + 1))))) {
      return null;
    }
    k = Chars.skipSpaces(s, k, 1);
    if (k >= n || (s.charAt(k) != 'V' && s.charAt(k) != 'v')) {
      return null;
    }
    int e = k + 1;
    for (Phrase dc : DC_SUFFIX) {
      int m = dc.match(s, e);
      if (m > 0 && (Chars.wordEnd(s, m) || dc.pattern.endsWith("."))) {
        e = m;
        break;
      }
    }
    if (!Chars.wordEnd(s, e)) {
      return null;
    }
    if (!form.equals("0/1") && !dimmingContext(i, e)) {
      return null;
    }
    return one(new Found(Parameter.Type.INTERFACE, Vocabulary.INTERFACE, i, e, null, null, null,
        form + "-10V"));
  }

  private boolean dimmingContext(int start, int end) {
    String ctx = clause(start, end);
    for (String w : ctx.split("[^\\p{L}0-9]+")) {
      if (w.startsWith("dimm") || w.equals("dim") || w.startsWith("interface")
          || w.startsWith("control") || w.startsWith("signal") || w.startsWith("protocol")
          || w.startsWith("analog") || w.equals("input") || w.equals("inputs") || w.equals("output")
          || w.equals("outputs") || w.equals("dali") || w.equals("pwm") || w.startsWith("driver")) {
        return true;
      }
    }
    return false;
  }

  /** "IEEE 802.11b/g/n", "802.15.4g", "IEEE 802.3af". */
  private List<Found> ieee802(int i) {
    int j = i;
    int e = P_IEEE.match(s, i);
    if (e > 0) {
      j = e;
    }
    if (!s.startsWith("802.", j)) {
      return null;
    }
    int k = j + 4;
    int d0 = k;
    while (k < n && k - d0 < 2 && Chars.isDigit(s.charAt(k))) {
      k++;
    }
    if (k == d0) {
      return null;
    }
    if (k + 1 < n && s.charAt(k) == '.' && Chars.isDigit(s.charAt(k + 1))) {
      int d1 = ++k;
      while (k < n && k - d1 < 2 && Chars.isDigit(s.charAt(k))) {
        k++;
      }
    }
    String number = s.substring(j + 4, k);
    StringBuilder letters = new StringBuilder();
    int l = letterGroups(k, letters);
    if (l > k) {
      k = l;
    } else if (k + 1 < n && s.charAt(k) == ' ') {
      StringBuilder spaced = new StringBuilder();
      int l2 = letterGroups(k + 1, spaced);
      if (l2 > k + 1 && spaced.indexOf("/") >= 0) {
        k = l2;
        letters = spaced;
      }
    }
    if (!Chars.wordEnd(s, k) || (k + 1 < n && s.charAt(k) == '.' && Chars.isDigit(s.charAt(k + 1)))) {
      return null;
    }
    String lt = letters.toString();
    lt = lt.equals("X") ? "X" : lt.toLowerCase(Locale.ROOT);
    return one(new Found(Parameter.Type.INTERFACE, Vocabulary.INTERFACE, i, k, null, null, null,
        "IEEE 802." + number + lt));
  }

  private int letterGroups(int k, StringBuilder out) {
    int groups = 0;
    while (k < n && groups < 8) {
      int g0 = k;
      while (k < n && k - g0 < 3 && isAsciiLetter(s.charAt(k))) {
        k++;
      }
      if (k == g0 || (k < n && Chars.isWord(s.charAt(k)))) {
        return groups == 0 ? g0 : trimSlash(g0, out);
      }
      out.append(s, g0, k);
      groups++;
      if (k + 1 < n && s.charAt(k) == '/' && isAsciiLetter(s.charAt(k + 1))) {
        out.append('/');
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  private static int trimSlash(int g0, StringBuilder out) {
    // a trailing "/x..." group that failed: drop the slash we appended
    if (out.length() > 0 && out.charAt(out.length() - 1) == '/') {
      out.setLength(out.length() - 1);
    }
    return g0 - 1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  // ------------------------------------------------------------------ context

  /** The clause around [start,end): back to ';', '|', tab, ". " or ", " (≤ 80 chars), forward ≤ 40. */
  private String clause(int start, int end) {
    int a = start;
    int lim = Math.max(0, start - 80);
    while (a > lim && !breakAt(a - 1)) {
      a--;
    }
    int b = end;
    int limB = Math.min(n, end + 40);
    while (b < limB && !breakAt(b)) {
      b++;
    }
    return s.substring(a, b).toLowerCase(Locale.ROOT);
  }

  private boolean breakAt(int p) {
    char c = s.charAt(p);
    if (c == ';' || c == '|' || c == '\t' || c == '\u2022') {
      return true;
    }
    return (c == '.' || c == ',') && (p + 1 >= n || Chars.isSpace(s.charAt(p + 1)));
  }

  /** True when {@code ctx} contains a word starting with {@code w} (prefix match at a word start). */
  private static boolean hasWord(String ctx, String w) {
    int from = 0;
    while (true) {
      int p = ctx.indexOf(w, from);
      if (p < 0) {
        return false;
      }
      boolean startOk = p == 0 || !Chars.isWord(ctx.charAt(p - 1));
      int e = p + w.length();
      boolean exact = w.length() <= 3;
      boolean endOk = !exact || e >= ctx.length() || !Chars.isWord(ctx.charAt(e));
      if (startOk && endOk) {
        return true;
      }
      from = p + 1;
    }
  }
}
