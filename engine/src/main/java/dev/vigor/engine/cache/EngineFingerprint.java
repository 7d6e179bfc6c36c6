package dev.vigor.engine.cache;

import dev.vigor.engine.Version;
import dev.vigor.engine.spec.SourceHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The engine's version, its Z3's, and a SHA-256 of the engine's and libVig's compiled classes:
 * the version string stays {@code 0.1.0-SNAPSHOT} while the code under it changes, and a cache
 * entry must not outlive the executor or the libVig contracts that made it.
 */
public final class EngineFingerprint {
  private static volatile String engine;
  private static volatile String contracts;

  private EngineFingerprint() {}

  /** The engine: version, Z3 version and a hash of its classes. */
  public static String engine() {
    if (engine == null) {
      engine = Version.get() + " z3 " + Version.z3() + " " + classes(Version.class, "dev/vigor/engine/");
    }
    return engine;
  }

  /** The libVig contracts (and concrete structures): a hash of libVig's classes. */
  public static String contracts() {
    if (contracts == null) {
      contracts = classes(dev.vigor.libvig.contract.StructureContract.class, "dev/vigor/libvig/");
    }
    return contracts;
  }

  /**
   * A hash of every file under the package folder prefix in the jar or folder anchor was loaded
   * from (names and contents, in name order; a jar's timestamps do not count, so a rebuild of the
   * same code keeps it); "unknown-<random>" when that cannot be read, so nothing is reused then.
   */
  static String classes(Class<?> anchor, String prefix) {
    try {
      CodeSource src = anchor.getProtectionDomain().getCodeSource();
      Path where = Path.of(src.getLocation().toURI());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(where)) {
        Path root = where.resolve(prefix);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          update(md, where.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
      } else {
        try (ZipFile zip = new ZipFile(where.toFile())) {
          List<ZipEntry> entries = new ArrayList<>();
          for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry z = e.nextElement();
            if (!z.isDirectory() && z.getName().startsWith(prefix)) {
              entries.add(z);
            }
          }
          entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
          for (ZipEntry z : entries) {
            try (InputStream in = zip.getInputStream(z)) {
              update(md, z.getName(), in.readAllBytes());
            }
          }
        }
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 32);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      return "unknown-" + SourceHash.sha256(String.valueOf(System.nanoTime())).substring(0, 16);
    }
  }

  private static void update(MessageDigest md, String name, byte[] content) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    // length-prefixed: moving bytes between a name and a content changes the hash
    b.writeBytes((n.length + ":").getBytes(StandardCharsets.UTF_8));
    b.writeBytes(n);
    b.writeBytes((content.length + ":").getBytes(StandardCharsets.UTF_8));
    md.update(b.toByteArray());
    md.update(content);
  }
}
