package org.specmirror.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of extracting one document.
 *
 * @param info identity and metadata
 * @param kind standard or datasheet
 * @param kindReason why that kind (detected, or forced by the user)
 * @param conventions keyword → modality defined by the document itself (conventions clause or BCP 14),
 *     empty when the document defines none
 * @param requirements the statements, in document order
 * @param notices warnings raised while reading
 */
public record ExtractedDocument(
    DocumentInfo info,
    DocumentKind kind,
    String kindReason,
    Map<String, Modality> conventions,
    List<Requirement> requirements,
    List<Notice> notices) {
  public ExtractedDocument {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(kindReason, "kindReason");
    conventions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(conventions));
    requirements = List.copyOf(requirements);
    notices = List.copyOf(notices);
  }
}
