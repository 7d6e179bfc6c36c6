package dev.vigor.engine.exec;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the interpreters need from an NF's nf.properties: the packet lengths to consider and the
 * values of NF_CONFIG constants ({@code config.NAME = VALUE}).
 */
public record NfConfig(int minLength, int maxLength, Map<String, Long> constants) {
  public NfConfig {
    constants = Map.copyOf(constants);
    if (minLength < 0 || maxLength > 65535 || minLength > maxLength) {
      throw new IllegalArgumentException("packet lengths must satisfy 0 <= min <= max <= 65535, got "
          + minLength + ".." + maxLength);
    }
  }

  /** Lengths 0..1514 and no constants. */
  public static NfConfig defaults() {
    return new NfConfig(0, 1514, Map.of());
  }

  /** Reads nfDir/nf.properties (defaults when absent). */
  public static NfConfig load(Path nfDir) throws IOException {
    Path file = nfDir.resolve("nf.properties");
    if (!Files.isRegularFile(file)) {
      return defaults();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    Map<String, Long> constants = new HashMap<>();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("config.")) {
        try {
          constants.put(k.substring(7), Long.decode(p.getProperty(k).trim()));
        } catch (NumberFormatException e) {
          throw new IOException(file + ": " + k + " must be an integer, not '" + p.getProperty(k) + "'");
        }
      }
    }
    try {
      return new NfConfig(Integer.parseInt(p.getProperty("packet.min_length", "0").trim()),
          Integer.parseInt(p.getProperty("packet.max_length", "1514").trim()), constants);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage());
    }
  }
}
