package org.specmirror.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tool's version, read from the build the same way the command line's version provider does
 * (the app layer must not depend on the command line).
 */
public final class ToolVersion {
  private static final Logger LOG = LoggerFactory.getLogger(ToolVersion.class);

  private ToolVersion() {}

  /** The version from {@code org/specmirror/version.properties}, or {@code unknown}. */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("/org/specmirror/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /**
   * A string that changes whenever the code that produces output may have changed: the version for
   * a release; for a snapshot (or an unknown version) the version plus a stamp of the build (size and
   * modification time of the jar, or of every file under the classes folder), so that a rebuilt
   * snapshot never reuses what an older build cached. When no stamp can be taken, a value unique to
   * this process (nothing cached by another run is trusted). Computed once per process.
   */
  public static String fingerprint() {
    return Holder.FINGERPRINT;
  }

  private static final class Holder {
    static final String FINGERPRINT = computeFingerprint();
  }

  private static String computeFingerprint() {
    String v = version();
    boolean release = !v.equals("unknown") && !v.endsWith("-SNAPSHOT") && !v.contains("${");
    if (release) {
      return v;
    }
    try {
      return v + "+build." + buildStamp();
    } catch (IOException | RuntimeException | URISyntaxException e) {
      LOG.debug("no build stamp for version {}; caches of other runs are not reused: {}", v, e.toString());
      return v + "+run." + UUID.randomUUID();
    }
  }

  private static String buildStamp() throws IOException, URISyntaxException {
    CodeSource cs = ToolVersion.class.getProtectionDomain().getCodeSource();
    if (cs == null || cs.getLocation() == null) {
      throw new IOException("no code source");
    }
    Path where = Path.of(cs.getLocation().toURI());
    MessageDigest md = sha256();
    if (Files.isRegularFile(where)) {
      update(md, "jar " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis());
    } else if (Files.isDirectory(where)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(where)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      if (files.isEmpty()) {
        throw new IOException("empty classes folder " + where);
      }
      for (Path f : files) {
        update(
            md,
            where.relativize(f).toString().replace('\\', '/')
                + " "
                + Files.size(f)
                + " "
                + Files.getLastModifiedTime(f).toMillis()
                + "\n");
      }
    } else {
      throw new IOException("code source is neither a file nor a folder: " + where);
    }
    return HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  private static void update(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
