package org.specmirror.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code main} is one line; {@link #run} takes its streams so tests can call it. */
public final class Main {
  private Main() {}

  /** What to say when the heap is exhausted: the limit, and what to try. */
  static String outOfMemory() {
    return "specmirror: error: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB of heap) — give Java more (SPECMIRROR_JAVA_OPTS=-Xmx4g ./specmirror ..., or java -Xmx4g -jar ...),"
        + " or compare fewer or smaller documents; --no-semantic needs less";
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line and returns the exit code; nothing but results is written to {@code out}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Logging.configure(args);
    PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = SpecmirrorCommand.commandLine(out, err);
    cl.setOut(o);
    cl.setErr(e);
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError oom) {
      e.println(outOfMemory());
      return ExitCode.INTERNAL_ERROR.code();
    } finally {
      o.flush();
      e.flush();
    }
  }
}
