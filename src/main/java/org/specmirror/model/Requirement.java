package org.specmirror.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement extracted from a document: a requirement of a standard, a feature claim or a
 * specification of a datasheet, or (when asked for) an informative statement.
 *
 * @param id stable id: the document's own id ({@code LC-01}, {@code REQ-12}) when present, else
 *     clause number + ordinal ({@code 7.2#3})
 * @param clause the clause path, e.g. {@code 7.2 Monitoring and metering}; empty when none
 * @param location page/line/block
 * @param modality the modality on the common scale
 * @param text the statement text (for list items: the item itself)
 * @param leadIn for list items and table rows introduced by a sentence ending in ':', that sentence
 *     (carries subject and modality), else empty
 * @param source how the statement was segmented: {@code sentence}, {@code list-item}, {@code table-row}
 * @param keyword the phrase that decided the modality (e.g. {@code is required to}), or empty
 * @param parameters values found in the statement
 * @param explanation why the statement was classified this way (always filled; printed with --explain)
 */
public record Requirement(
    String id,
    String clause,
    Location location,
    Modality modality,
    String text,
    String leadIn,
    String source,
    String keyword,
    List<Parameter> parameters,
    String explanation) {
  public Requirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(text, "text");
    leadIn = leadIn == null ? "" : leadIn;
    Objects.requireNonNull(source, "source");
    keyword = keyword == null ? "" : keyword;
    parameters = List.copyOf(parameters);
    explanation = explanation == null ? "" : explanation;
  }

  /** The text with its lead-in, as a reader would understand it. */
  public String fullText() {
    return leadIn.isEmpty() ? text : leadIn + " " + text;
  }
}
