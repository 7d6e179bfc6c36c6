package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Struct padding is not part of a stored value, but is part of a key; and a spec may name the
 * constants nf.properties declares. The NF keeps a {@code struct Count} (4 bytes of padding
 * after {@code seen}) per source and writes it back unchanged on one path, where the spec
 * writes nothing.
 */
class PaddingAndConstantsTest {
  static final Path PADDED = Path.of("src/test/resources/validate/padded");
  @TempDir Path tmp;

  /**
   * Proved: no uninitialised read of the padding, and the value written back unchanged equals
   * the one read. Before, map_put's value was an uninitialised read at byte 4, and the unchanged
   * write-back differed from the table in its padding.
   */
  @Test
  void valuePaddingIsNeitherReadNorCompared() throws Exception {
    SmallNf.assertAllProved(SmallNf.verify(PADDED));
  }

  /** The same NF not counting the packet that starts a window: violated, so the proof says something. */
  @Test
  void aWrongCountIsStillViolated() throws Exception {
    Path dir = SmallNf.variant(PADDED, tmp, "padded.c", "WINDOW) {\n      c.seen = 1;", "WINDOW) {\n      c.seen = 0;");
    List<Counterexample> cex = SmallNf.counterexamples(SmallNf.verify(dir));
    assertTrue(!cex.isEmpty(), "the packet left uncounted was not found");
  }

  /** nf.properties' constant.LIMIT is what the spec's LIMIT means: another value there is violated. */
  @Test
  void theSpecReadsTheConstantsOfNfProperties() throws Exception {
    Path dir = SmallNf.variant(PADDED, tmp, "nf.properties", "constant.LIMIT = 100", "constant.LIMIT = 99");
    List<Counterexample> cex = SmallNf.counterexamples(SmallNf.verify(dir));
    assertTrue(!cex.isEmpty(), "a spec limit of 99 against the NF's 100 was not found");
  }

  /**
   * A key's padding matters (libVig hashes and compares key bytes): a key struct with padding
   * the NF never writes is an uninitialised read naming the padding, and the NF that declares
   * the key with an initializer is fine.
   */
  @Test
  void keyPaddingMustBeWritten() throws Exception {
    Path dir = paddedKey("  struct Src key;");
    Verification.Result r = Verification.run(dir, LoadedNf.load(dir), List.of(dir.resolve("spec.py")), 120_000);
    assertEquals(1, r.lowLevel().size(), r.lowLevel().toString());
    Verification.LowLevel finding = r.lowLevel().get(0);
    assertEquals("UNINITIALISED_READ", finding.check());
    assertTrue(finding.message().contains("byte 1 of 'key', padding after member device of struct Src"),
        finding.message());
    assertTrue(finding.message().contains("struct Src key = {0};"), finding.message());

    Path fixed = paddedKey("  struct Src key = {0};");
    SmallNf.assertAllProved(SmallNf.verify(fixed));
  }

  /** The NF keyed by (device, address): 3 bytes of padding after device. */
  private Path paddedKey(String declaration) throws Exception {
    Path dir = SmallNf.variant(PADDED, tmp.resolve(declaration.contains("{0}") ? "init" : "plain"),
        "padded.c", "struct Src {\n  uint32_t addr;\n};", "struct Src {\n  uint8_t device;\n  uint32_t addr;\n};");
    replace(dir.resolve("padded.c"), "  struct Src key;\n  key.addr", declaration + "\n  key.device = (uint8_t)device;\n  key.addr");
    replace(dir.resolve("spec.py"), "Src(ip.saddr)", "Src(received_on_port, ip.saddr)");
    return dir;
  }

  private static void replace(Path file, String find, String replace) throws Exception {
    String text = java.nio.file.Files.readString(file);
    assertTrue(text.contains(find), find);
    java.nio.file.Files.writeString(file, text.replace(find, replace));
  }
}
