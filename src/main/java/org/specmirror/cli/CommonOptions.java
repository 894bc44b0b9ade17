package org.specmirror.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
public final class CommonOptions {
  @Option(names = {"-v", "--verbose"}, description = "Show library warnings and stack traces on stderr.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors.")
  boolean quiet;
}
