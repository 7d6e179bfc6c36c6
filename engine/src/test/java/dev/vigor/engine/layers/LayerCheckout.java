package dev.vigor.engine.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.FolderCopy;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the parts of the workbench checkout a layer needs, with one bug planted in it. */
final class LayerCheckout {
  private LayerCheckout() {}

  /** The parts every layer's verification reads, below the checkout. */
  private static final String[] PARTS = {"libvig/include", "libvig/src/c", "libvig/verify",
      "nfos/io", "nfos/verify/include", "nfos/driver", "nfos/os"};

  /**
   * Copies the checkout's layer parts into dir and replaces from by to in file (relative to the
   * checkout; it must contain from); returns the copy's libVig include folder, from which
   * StackVerification finds the copy.
   */
  static Path withChange(Path dir, String file, String from, String to) throws Exception {
    Path checkout = IoLayerTest.include().toAbsolutePath().normalize().getParent().getParent();
    for (String part : PARTS) {
      Files.createDirectories(dir.resolve(part).getParent());
      FolderCopy.copyTree(checkout.resolve(part), dir.resolve(part));
    }
    Path c = dir.resolve(file);
    String code = Files.readString(c);
    assertTrue(code.contains(from), file + " no longer has: " + from);
    Files.writeString(c, code.replace(from, to));
    return dir.resolve("libvig/include");
  }
}
