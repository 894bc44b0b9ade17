package org.specmirror;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the fixtures and the shared datasets are. */
public final class TestPaths {
  private TestPaths() {}

  public static Path fixtures() {
    return Path.of(System.getProperty("specmirror.fixtures", "fixtures"));
  }

  public static Path fixture(String relative) {
    return fixtures().resolve(relative);
  }

  /** The shared datasets folder; skips the test with a clear message when it is absent. */
  public static Path datasets() {
    Path p = Path.of(System.getProperty("specmirror.datasets", "../shared/datasets"));
    Assumptions.assumeTrue(Files.isDirectory(p), "shared datasets not found at " + p.toAbsolutePath() + "; skipping");
    return p;
  }
}
