package dev.vigor.engine.c;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the tests find the catalog, the libVig headers and their own C resources. */
final class NfPaths {
  private NfPaths() {}

  static Path libvigInclude() {
    return Path.of(System.getProperty("vigor.libvig.include", "../libvig/include"));
  }

  static Path catalog() {
    return Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));
  }

  static Path resource(String rel) {
    try {
      return Path.of(NfPaths.class.getResource("/c/" + rel).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource c/" + rel, e);
    }
  }
}
