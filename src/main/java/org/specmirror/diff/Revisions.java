package org.specmirror.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.specmirror.app.ExtractCache;
import org.specmirror.app.ExtractReport;
import org.specmirror.app.ScoreReport;
import org.specmirror.app.Specmirror;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.match.MatchOptions;
import org.specmirror.model.DocumentKind;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Notice;
import org.specmirror.score.PanelOptions;

/** The facade of {@code specmirror diff}: two revisions of a draft, optionally against a panel. */
public final class Revisions {
  private Revisions() {}

  /**
   * Extracts both revisions as standards, pairs their normative requirements by content and, when
   * vendors are given, scores both revisions against the same panel ({@link Specmirror#score}, same
   * options and cache). A revision that cannot be read or holds no normative requirement gives an
   * error notice naming it and no diff.
   */
  public static DiffReport diff(
      Specmirror.Input before,
      Specmirror.Input after,
      List<Specmirror.VendorInput> vendors,
      IngestOptions ingest,
      ExtractOptions extract,
      MatchOptions match,
      PanelOptions panel,
      int threads,
      Consumer<Specmirror.Input> onDone,
      ExtractCache cache) {
    ExtractOptions std = extract.as(DocumentKind.STANDARD);
    ExtractReport old = Specmirror.extract(List.of(before), ingest, std, 1, onDone, cache);
    ExtractReport neu = Specmirror.extract(List.of(after), ingest, std, 1, onDone, cache);
    Set<Notice> notices = new LinkedHashSet<>(old.allNotices());
    notices.addAll(neu.allNotices());
    if (old.documents().isEmpty() || neu.documents().isEmpty()) {
      return new DiffReport(null, null, new ArrayList<>(notices));
    }
    ExtractedDocument b = old.documents().get(0);
    ExtractedDocument a = neu.documents().get(0);
    RevisionDiffer differ = new RevisionDiffer(match, threads);
    boolean usable = true;
    for (var in : List.of(before, after)) {
      if (differ.normative(in == before ? b : a).isEmpty()) {
        notices.add(
            new Notice(
                in.display(),
                Notice.Severity.ERROR,
                "no-statements",
                "was read but holds no normative requirement statements (shall, must, is required to, should, may, ...), so there is nothing to compare",
                "a scanned PDF without a text layer needs OCR first; check what was read with 'specmirror extract " + in.display() + " --all'"));
        usable = false;
      }
    }
    if (!usable) {
      return new DiffReport(null, null, new ArrayList<>(notices));
    }
    RevisionDiff diff = differ.diff(b, a);
    PanelDiff pd = null;
    if (!vendors.isEmpty()) {
      ScoreReport sb = Specmirror.score(before, vendors, ingest, extract, match, panel, threads, onDone, cache);
      ScoreReport sa = Specmirror.score(after, vendors, ingest, extract, match, panel, threads, onDone, cache);
      notices.addAll(sb.notices());
      notices.addAll(sa.notices());
      if (sb.result() != null && sa.result() != null) {
        pd = PanelDiff.of(diff, sb.result(), sa.result(), match);
      }
    }
    return new DiffReport(diff, pd, new ArrayList<>(notices));
  }
}
