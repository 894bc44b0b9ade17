package org.specmirror.cli;

import java.util.Arrays;

/**
 * Logging goes to stderr only and is quiet by default: Tika, PDFBox and POI warnings reach the user
 * only with --verbose. Must run before any library class creates a logger.
 */
final class Logging {
  private static volatile boolean done;

  private Logging() {}

  static synchronized void configure(String[] args) {
    boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
    if (!done) {
      System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
      System.setProperty("org.slf4j.simpleLogger.showDateTime", "false");
      System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
      System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
      // POI's log4j-api is routed to SLF4J by log4j-to-slf4j; JUL too
      java.util.logging.LogManager.getLogManager().reset();
      org.slf4j.bridge.SLF4JBridgeHandler.install();
      java.util.logging.Logger.getLogger("").setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.OFF);
      done = true;
    }
  }
}
