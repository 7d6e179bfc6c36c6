package dev.vigor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version, and the Z3 version it bundles, as Maven stamped them at build time. */
public final class Version {
  private static final Properties STAMP = load();

  private Version() {}

  /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String get() {
    return STAMP.getProperty("version", "unknown");
  }

  /** The Z3 version this build bundles, e.g. {@code 4.14.1}. */
  public static String z3() {
    return STAMP.getProperty("z3", "unknown");
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no stamp: "unknown"
    }
    return p;
  }
}
