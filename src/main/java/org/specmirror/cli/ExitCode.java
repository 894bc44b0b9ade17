package org.specmirror.cli;

/** Process exit codes, documented in --help and docs/cli.md. */
public enum ExitCode {
  /** Everything was read and processed. */
  OK(0),
  /** A bug: an unexpected error inside specmirror. */
  INTERNAL_ERROR(1),
  /** The command line was wrong (unknown option, missing argument, bad value). */
  USAGE_ERROR(2),
  /** Some inputs could not be read (or only partly); the rest were processed and reported. */
  INPUT_ERROR(3),
  /** Findings above policy (used by {@code check}). */
  FINDINGS(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
