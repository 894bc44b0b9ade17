package org.specmirror.model;

import java.util.Objects;

/**
 * Something a user must know about one input: a limit that was hit, a part that was skipped, or the
 * reason the whole document could not be read.
 *
 * @param path the input as given by the user
 * @param severity {@code ERROR} when the document could not be read at all, {@code WARNING} when it
 *     was read incompletely
 * @param code a stable machine-readable code, e.g. {@code encrypted}, {@code limit-chars}
 * @param message what went wrong, in one sentence
 * @param hint what to try
 */
public record Notice(String path, Severity severity, String code, String message, String hint) {
  /** How bad. */
  public enum Severity {
    WARNING,
    ERROR
  }

  public Notice {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  /** One line for a terminal: {@code path: error: message (hint)}. */
  public String describe() {
    String s = path + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    return hint.isEmpty() ? s : s + " — " + hint;
  }
}
