package org.specmirror.report;

import java.util.Locale;
import org.specmirror.match.Comparison;
import org.specmirror.match.Verdict;
import org.specmirror.model.Location;

/** The sentences every compare format opens with, so that they all say the same thing. */
public final class CompareSummary {
  private CompareSummary() {}

  /** The vendor's name as shown: the document title. */
  public static String vendor(Comparison c) {
    return c.vendor().name();
  }

  /** A verdict a person can quote. */
  public static String verdict(Comparison c) {
    int n = c.matches().size();
    long met = c.count(Verdict.MET);
    long partial = c.count(Verdict.PARTIAL);
    StringBuilder b = new StringBuilder();
    b.append(met).append(" of ").append(n).append(" normative requirements are met by the vendor document \u201c").append(vendor(c)).append("\u201d");
    b.append(String.format(Locale.ROOT, " (coverage %.2f, weighted by modality)", c.coverage().value()));
    if (partial > 0) {
      b.append("; ").append(partial).append(" partly");
    }
    b.append(". ");
    long distinct = c.distinctiveMatches();
    b.append(distinct).append(distinct == 1 ? " of the matches relies" : " of the matches rely")
        .append(" on terms, names or values that are rare in the documents compared");
    long promoted = c.promoted();
    if (promoted > 0) {
      b.append("; ").append(promoted).append(promoted == 1 ? " requirement makes" : " requirements make")
          .append(" mandatory what the vendor offers only as an option");
    }
    b.append('.');
    return b.toString();
  }

  /** "p. 4" or "line 12" or "". */
  public static String where(Location l) {
    if (l.page() != null) {
      return "p. " + l.page();
    }
    if (l.line() != null) {
      return "line " + l.line();
    }
    return "";
  }

  public static String verdictLabel(Verdict v) {
    return v.name().replace('_', ' ');
  }

  }
