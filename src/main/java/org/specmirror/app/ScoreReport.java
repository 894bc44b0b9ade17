package org.specmirror.app;

import java.util.List;
import org.specmirror.model.Notice;
import org.specmirror.score.PanelResult;

/**
 * The outcome of {@code score}: the panel result when the standard and at least one vendor could be
 * used, and every notice (unreadable files, documents with nothing to compare), standard first.
 *
 * @param result the panel result, or null when no comparison could be made
 * @param notices failures and warnings
 */
public record ScoreReport(PanelResult result, List<Notice> notices) {
  public ScoreReport {
    notices = List.copyOf(notices);
  }

  /** Whether any input could not be used (exit code 3). */
  public boolean hasErrors() {
    return notices.stream().anyMatch(n -> n.severity() == Notice.Severity.ERROR);
  }
}
