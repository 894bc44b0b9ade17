package org.specmirror.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --vendors DIR} and {@code --vendor-map FILE}, shared by score, check and diff. */
public final class VendorOptions {

  @Option(names = "--vendors", paramLabel = "DIR", description = "A folder of vendor documents; a vendors.yml in it maps files to vendor names.")
  Path dir;

  @Option(names = "--vendor-map", paramLabel = "FILE", description = "YAML map 'vendor name: [files]' (paths relative to the map); default: DIR/vendors.yml when present.")
  Path map;
}
