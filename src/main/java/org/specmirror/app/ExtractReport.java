package org.specmirror.app;

import java.util.List;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Notice;

/**
 * The outcome of extracting a batch of inputs, in the order they were given.
 *
 * @param documents documents that were read (possibly with warnings)
 * @param failures inputs that could not be read at all
 */
public record ExtractReport(List<ExtractedDocument> documents, List<Notice> failures) {
  public ExtractReport {
    documents = List.copyOf(documents);
    failures = List.copyOf(failures);
  }

  /** Every notice: failures and the warnings of documents that were read, in input order. */
  public List<Notice> allNotices() {
    List<Notice> all = new java.util.ArrayList<>(failures);
    for (ExtractedDocument d : documents) {
      all.addAll(d.notices());
    }
    return all;
  }

}
