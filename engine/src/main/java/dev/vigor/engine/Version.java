package dev.vigor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version, as Maven stamped it at build time. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
