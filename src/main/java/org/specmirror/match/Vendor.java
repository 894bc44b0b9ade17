package org.specmirror.match;

import java.util.List;
import java.util.Objects;
import org.specmirror.model.ExtractedDocument;

/**
 * A vendor: a name and its documents (datasheet, brochure, manual). The documents of one vendor are
 * matched together as one product and never count as corroborating each other.
 *
 * @param name the vendor's name as shown in reports
 * @param documents its documents, in input order (at least one)
 */
public record Vendor(String name, List<ExtractedDocument> documents) {
  public Vendor {
    Objects.requireNonNull(name, "name");
    documents = List.copyOf(documents);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("a vendor needs at least one document");
    }
  }

  /** A vendor made of one document, named by the document's title. */
  public static Vendor of(ExtractedDocument d) {
    return new Vendor(d.info().title(), List.of(d));
  }

  /** The first document. */
  public ExtractedDocument primary() {
    return documents.get(0);
  }
}
