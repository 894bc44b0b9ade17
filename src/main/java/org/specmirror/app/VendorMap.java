package org.specmirror.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which documents belong to which vendor: a YAML map of vendor name → file or list of files,
 * paths relative to the map's folder.
 *
 * <pre>
 * Corvantis Lumen: [corvantis-lumen.pdf, corvantis-brochure.docx]
 * Brisvane Controls: brisvane-controls.pdf
 * </pre>
 *
 * A file named twice, a missing file, or anything but that shape is an error naming the map file
 * and the line.
 */
public final class VendorMap {

  /** The usual name of the map inside a vendor folder. */
  public static final String FILE_NAME = "vendors.yml";

  private VendorMap() {}

  /** An unusable vendor map; the message names the file and line. */
  public static final class VendorMapException extends Exception {
    private static final long serialVersionUID = 1L;

    public VendorMapException(String message) {
      super(message);
    }
  }

  /** Vendor name → its files (resolved against the map's folder), in file order. */
  public static Map<String, List<Path>> read(Path map) throws VendorMapException {
    String text;
    try {
      text = new String(Files.readAllBytes(map), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new VendorMapException(map + ": vendor map not found");
    } catch (IOException e) {
      throw new VendorMapException(map + ": cannot read the vendor map (" + e.getMessage() + ")");
    }
    Path base = map.toAbsolutePath().getParent();
    Map<String, List<Path>> out = new LinkedHashMap<>();
    Map<Path, String> owner = new LinkedHashMap<>();
    try (Reader r = new java.io.StringReader(text);
        JsonParser p = new YAMLFactory().createParser(r)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return out;
      }
      if (t != JsonToken.START_OBJECT) {
        throw error(map, p.currentTokenLocation(), "expected a map of 'vendor name: [files]'");
      }
      while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
        String name = p.currentName().trim();
        JsonLocation at = p.currentTokenLocation();
        if (name.isEmpty()) {
          throw error(map, at, "empty vendor name");
        }
        if (out.containsKey(name)) {
          throw error(map, at, "vendor '" + name + "' is listed twice");
        }
        t = p.nextToken();
        List<Path> files = new ArrayList<>();
        if (t == JsonToken.VALUE_STRING) {
          files.add(file(map, base, p, name, owner));
        } else if (t == JsonToken.START_ARRAY) {
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING) {
              throw error(map, p.currentTokenLocation(), "'" + name + "': each file must be a path string");
            }
            files.add(file(map, base, p, name, owner));
          }
        } else {
          throw error(map, p.currentTokenLocation(), "'" + name + "': expected a file or a list of files");
        }
        if (files.isEmpty()) {
          throw error(map, at, "'" + name + "' has no files");
        }
        out.put(name, files);
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String msg = org.specmirror.text.ParserMessages.clean(e.getOriginalMessage());
      throw new VendorMapException(
          map + (loc != null && loc.getLineNr() > 0 ? ":" + loc.getLineNr() : "") + ": not valid YAML (" + msg + ")");
    } catch (IOException e) {
      throw new VendorMapException(map + ": " + e.getMessage());
    }
    return out;
  }

  private static Path file(Path map, Path base, JsonParser p, String vendor, Map<Path, String> owner)
      throws IOException, VendorMapException {
    String s = p.getText().trim();
    JsonLocation at = p.currentTokenLocation();
    if (s.isEmpty()) {
      throw error(map, at, "'" + vendor + "': empty file name");
    }
    Path f = base.resolve(s).normalize();
    if (!Files.isRegularFile(f)) {
      throw error(map, at, "'" + vendor + "': file " + s + " not found (looked for " + f + ")");
    }
    String before = owner.putIfAbsent(f, vendor);
    if (before != null) {
      throw error(map, at, "file " + s + " is listed for '" + before + "' and '" + vendor + "'");
    }
    return f;
  }

  private static VendorMapException error(Path map, JsonLocation at, String message) {
    return new VendorMapException(map + ":" + at.getLineNr() + ": " + message);
  }
}
