package org.specmirror.match;

import java.util.List;
import java.util.Objects;
import org.specmirror.model.Modality;
import org.specmirror.model.Parameter;

/**
 * One statement handed to the matcher: a requirement of the standard (source side) or a statement
 * of a vendor document (target side).
 *
 * @param id the statement's id in its document
 * @param text what is compared (for list items: lead-in and item together)
 * @param modality its modality (sources: MUST…MAY; targets: OFFERS, OPTIONAL, …)
 * @param parameters values found in it
 */
public record Statement(String id, String text, Modality modality, List<Parameter> parameters) {
  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(modality, "modality");
    parameters = List.copyOf(parameters);
  }
}
