package org.specmirror.report;

import java.io.IOException;
import java.io.Writer;
import org.specmirror.app.ExtractReport;

/** One renderer per output format of {@code extract}. */
public interface ExtractRenderer {
  void render(ExtractReport report, Writer out) throws IOException;
}
