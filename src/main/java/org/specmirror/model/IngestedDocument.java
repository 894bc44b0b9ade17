package org.specmirror.model;

import java.util.List;
import java.util.Objects;

/**
 * A document read into structural blocks, with the notices raised while reading it.
 *
 * @param info identity and metadata
 * @param blocks the blocks in reading order
 * @param notices warnings raised while reading (limits hit, parts skipped)
 */
public record IngestedDocument(DocumentInfo info, List<Block> blocks, List<Notice> notices) {
  public IngestedDocument {
    Objects.requireNonNull(info, "info");
    blocks = List.copyOf(blocks);
    notices = List.copyOf(notices);
  }
}
