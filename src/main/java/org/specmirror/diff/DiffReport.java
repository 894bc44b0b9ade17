package org.specmirror.diff;

import java.util.List;
import org.specmirror.model.Notice;

/**
 * The outcome of {@code diff}: the requirement-level diff when both revisions could be used, the
 * panel comparison when vendors were given and could be scored, and every notice.
 *
 * @param diff the diff, or null when a revision could not be read or holds no requirement
 * @param panel the vendors' figures on both revisions, or null (no vendors, or none usable)
 * @param notices failures and warnings: the revisions first, then the vendors
 */
public record DiffReport(RevisionDiff diff, PanelDiff panel, List<Notice> notices) {
  public DiffReport {
    notices = List.copyOf(notices);
  }

  /** Whether any input could not be used (exit code 3). */
  public boolean hasErrors() {
    return notices.stream().anyMatch(n -> n.severity() == Notice.Severity.ERROR);
  }
}
