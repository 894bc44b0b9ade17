package org.specmirror.ingest;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Objects;

/**
 * Limits and choices for reading documents. Every limit is reported when it is hit.
 *
 * @param maxChars maximum characters of text kept per document
 * @param timeout time allowed to read one document
 * @param maxEmbeddedDepth how deep embedded documents (attachments, OLE objects) are followed; 0
 *     reads none
 * @param maxBytes largest input file read, in bytes
 * @param encoding charset for plain-text and Markdown inputs, or null for strict UTF-8
 */
public record IngestOptions(
    long maxChars, Duration timeout, int maxEmbeddedDepth, long maxBytes, Charset encoding) {

  public static final long DEFAULT_MAX_CHARS = 20_000_000L;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  public static final int DEFAULT_MAX_EMBEDDED_DEPTH = 2;
  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

  public IngestOptions {
    Objects.requireNonNull(timeout, "timeout");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be >= 1");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (maxEmbeddedDepth < 0) {
      throw new IllegalArgumentException("maxEmbeddedDepth must be >= 0");
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1");
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(
        DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT, DEFAULT_MAX_EMBEDDED_DEPTH, DEFAULT_MAX_BYTES, null);
  }
}
