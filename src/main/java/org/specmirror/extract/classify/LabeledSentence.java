package org.specmirror.extract.classify;

import java.util.Objects;

/**
 * One labelled training or evaluation sentence.
 *
 * @param id          the row id from the CSV (free text)
 * @param text        the sentence (may contain several sentences or line breaks)
 * @param requirement {@code true} for label {@code req}, {@code false} for {@code not_req}
 * @param document    the source document, used to group rows in cross-validation ("" when unknown)
 */
public record LabeledSentence(String id, String text, boolean requirement, String document) {
  public LabeledSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    document = document == null ? "" : document;
  }
}
