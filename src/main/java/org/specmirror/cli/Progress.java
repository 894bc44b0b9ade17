package org.specmirror.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on stderr for long runs: drawn only when the console is a terminal and
 * not {@code --quiet}; otherwise it prints nothing at all. Thread-safe.
 */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final String label;
  private final boolean on;
  private final AtomicInteger done = new AtomicInteger();

  private Progress(PrintWriter err, int total, String label, boolean on) {
    this.err = err;
    this.total = total;
    this.label = label;
    this.on = on;
  }

  /** A bar for {@code total} steps; silent unless stderr is a terminal and not quiet. */
  static Progress start(PrintWriter err, int total, String label, boolean quiet) {
    boolean terminal = System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    Progress p = new Progress(err, total, label, terminal && !quiet && total > 1);
    p.draw(0);
    return p;
  }

  void step() {
    draw(done.incrementAndGet());
  }

  /** Clears the line. */
  void finish() {
    if (on) {
      synchronized (err) {
        err.print("\r\u001B[2K");
        err.flush();
      }
    }
  }

  private void draw(int n) {
    if (!on) {
      return;
    }
    int width = 30;
    int filled = total == 0 ? width : Math.min(width, n * width / total);
    synchronized (err) {
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total + " " + label);
      err.flush();
    }
  }
}
