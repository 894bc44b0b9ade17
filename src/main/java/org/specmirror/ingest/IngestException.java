package org.specmirror.ingest;

/** A document could not be read; carries a stable code, a message and a hint for the user. */
public final class IngestException extends Exception {
  private final String code;
  private final String hint;

  public IngestException(String code, String message, String hint) {
    this(code, message, hint, null);
  }

  public IngestException(String code, String message, String hint, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.hint = hint;
  }

  public String code() {
    return code;
  }

  public String hint() {
    return hint;
  }
}
