package org.specmirror.app;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Phase timings of a run, logged as {@code INFO timing - ...} on stderr with {@code --verbose}. */
public final class Timing {
  /** The logger of phase timings. */
  public static final Logger LOG = LoggerFactory.getLogger("specmirror.timing");

  private Timing() {}

  /** Seconds since {@code startNanos} ({@link System#nanoTime()}), two decimals. */
  public static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.2f", (System.nanoTime() - startNanos) / 1e9);
  }
}
