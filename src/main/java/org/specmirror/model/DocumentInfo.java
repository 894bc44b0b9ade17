package org.specmirror.model;

import java.util.Objects;

/**
 * What we record about every input document.
 *
 * @param path the path as given
 * @param mediaType detected from the content (not the name)
 * @param sha256 hex SHA-256 of the bytes
 * @param bytes size in bytes
 * @param pages page count for paged formats, else null
 * @param title the document's title (metadata, first heading, or file name)
 */
public record DocumentInfo(
    String path, String mediaType, String sha256, long bytes, Integer pages, String title) {
  public DocumentInfo {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(title, "title");
  }
}
