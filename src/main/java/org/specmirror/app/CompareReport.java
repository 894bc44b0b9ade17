package org.specmirror.app;

import java.util.List;
import org.specmirror.match.Comparison;
import org.specmirror.model.Notice;

/**
 * The outcome of {@code compare}: the comparison when both documents could be used, and every
 * notice (documents that could not be read, or that hold no statements to compare).
 *
 * @param comparison the comparison, or null when it could not be made
 * @param notices failures and warnings, standard first
 */
public record CompareReport(Comparison comparison, List<Notice> notices) {
  public CompareReport {
    notices = List.copyOf(notices);
  }
}
