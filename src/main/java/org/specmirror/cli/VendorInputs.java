package org.specmirror.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.specmirror.app.Specmirror;
import org.specmirror.app.VendorMap;
import picocli.CommandLine;

/** The vendor documents of score, check and diff: positional files, a folder and its vendor map. */
final class VendorInputs {
  private VendorInputs() {}

  /** The vendors: positional files (one vendor each), then the folder grouped by its map. */
  static List<Specmirror.VendorInput> collect(List<Path> vendorFiles, Path vendorDir, Path vendorMap, CommandLine cl) throws IOException {
    List<Specmirror.VendorInput> out = new ArrayList<>();
    Path map = vendorMap;
    if (map == null && vendorDir != null && Files.isRegularFile(vendorDir.resolve(VendorMap.FILE_NAME))) {
      map = vendorDir.resolve(VendorMap.FILE_NAME);
    }
    Map<String, List<Path>> grouped = Map.of();
    if (map != null) {
      try {
        grouped = VendorMap.read(map);
      } catch (VendorMap.VendorMapException e) {
        throw new CommandLine.ParameterException(cl, "--vendor-map: " + e.getMessage());
      }
    }
    Set<Path> mapped = new LinkedHashSet<>();
    for (Map.Entry<String, List<Path>> e : grouped.entrySet()) {
      List<Specmirror.Input> ins = new ArrayList<>();
      for (Path p : e.getValue()) {
        mapped.add(p.toAbsolutePath().normalize());
        ins.add(new Specmirror.Input(p, display(p)));
      }
      out.add(new Specmirror.VendorInput(e.getKey(), ins));
    }
    List<Path> loose = new ArrayList<>(vendorFiles);
    if (vendorDir != null) {
      try (Stream<Path> s = Files.list(vendorDir)) {
        s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .filter(p -> !p.getFileName().toString().equals(VendorMap.FILE_NAME))
            .sorted()
            .forEach(loose::add);
      }
    }
    for (Path p : loose) {
      if (map != null && p.toAbsolutePath().normalize().equals(map.toAbsolutePath().normalize())) {
        continue;
      }
      if (mapped.add(p.toAbsolutePath().normalize())) {
        out.add(new Specmirror.VendorInput(null, List.of(Specmirror.Input.of(p))));
      }
    }
    return out;
  }

  /** A path as the user would write it: relative to the working directory when inside it. */
  private static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
  }

}
