package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs read the NF's configuration (nf.properties {@code config.NAME}) as inputs with the value
 * the NF runs with: an NF using its configured device and address is proved, one using another
 * value than the configured one is violated with a replayed counterexample. And {@code has_idx}
 * of a number outside the table is false, not a side condition: an NF that drops such indices
 * is proved, one that forwards them is violated.
 */
class ConfigAndProbeValidationTest {
  static final Path CONFIG = Path.of("src/test/resources/validate/config");
  static final Path PROBE = Path.of("src/test/resources/validate/probe");
  @TempDir Path tmp;

  Path variant(Path nf, String cFile, String find, String replace) throws Exception {
    return variant(nf, cFile, find, replace, "", "");
  }

  /** A copy of nf with find replaced in its C, and propFind in its nf.properties. */
  Path variant(Path nf, String cFile, String find, String replace, String propFind,
      String propReplace) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(nf.getFileName() + "-" + tmp.toFile().list().length));
    for (String f : List.of("nf.properties", "spec.py", cFile)) {
      String text = Files.readString(nf.resolve(f));
      if (f.equals(cFile)) {
        assertTrue(text.contains(find), find);
        text = text.replace(find, replace);
      }
      if (f.equals("nf.properties") && !propFind.isEmpty()) {
        assertTrue(text.contains(propFind), propFind);
        text = text.replace(propFind, propReplace);
      }
      Files.writeString(dir.resolve(f), text);
    }
    return dir;
  }

  static final String OPEN_ADDRESS = "config.ext_ip = any";
  static final String FIXED_ADDRESS = "config.ext_ip = 0xC0000201";
  // a bug only one external address shows: 10.0.0.1 loses its source address
  static final String ONE_ADDRESS_BUG = "ip->src_addr = htonl(ext_ip);\n"
      + "  if (ext_ip == 0x0A000001u) {\n    ip->src_addr = 0;\n  }";

  @Test
  void anOpenAddressIsProvedForEveryValue() throws Exception {
    assertProved(verify(variant(CONFIG, "config.c", "htonl(ext_ip)", "htonl(ext_ip)",
        FIXED_ADDRESS, OPEN_ADDRESS)));
  }

  @Test
  void aBugOfOneAddressIsFoundWhenTheAddressIsOpenAndNamedInTheCounterexample() throws Exception {
    // with the address fixed at 192.0.2.1 the bug is out of reach, and the NF is proved
    assertProved(verify(variant(CONFIG, "config.c", "ip->src_addr = htonl(ext_ip);",
        ONE_ADDRESS_BUG)));
    Verification.SpecResult open = verify(variant(CONFIG, "config.c",
        "ip->src_addr = htonl(ext_ip);", ONE_ADDRESS_BUG, FIXED_ADDRESS, OPEN_ADDRESS));
    assertViolatedAt(open, "spec.py:4:");
    Counterexample c = open.traces().stream().flatMap(t -> t.counterexample().stream())
        .findFirst().orElseThrow();
    assertEquals(List.of("ext_ip = 167772161 (0xa000001)"), c.readable().configuration());
    assertTrue(c.render().contains("configuration: ext_ip = 167772161 (0xa000001)"), c.render());
  }

  @Test
  void nfInitReadingAnOpenValueIsRefusedNamingIt() throws Exception {
    Path dir = variant(CONFIG, "config.c", "htonl(ext_ip)", "htonl(ext_ip)",
        "config.out_device = 2", "config.out_device = any");
    dev.vigor.engine.symex.NfInitFailure e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.vigor.engine.symex.NfInitFailure.class,
        () -> dev.vigor.engine.symex.SymbolicExecutor.run(LoadedNf.load(dir).program(),
            dev.vigor.engine.exec.NfConfig.load(dir), dev.vigor.engine.run.ProgressListener.NONE,
            dev.vigor.engine.run.CancelToken.none(), 60_000));
    assertTrue(e.getMessage().contains("configuration value 'out_device'")
        && e.getMessage().contains("config.out_device = any"), e.getMessage());
    assertTrue(e.getMessage().contains("only nf_process may read an open value"), e.getMessage());
  }

  static Verification.SpecResult verify(Path dir) throws Exception {
    Verification.Result r = Verification.run(dir, LoadedNf.load(dir),
        List.of(dir.resolve("spec.py")), 60_000);
    assertTrue(r.lowLevel().isEmpty(), r.lowLevel().toString());
    return r.specs().get(0);
  }

  static void assertProved(Verification.SpecResult s) {
    assertFalse(s.traces().isEmpty());
    s.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));
  }

  static void assertViolatedAt(Verification.SpecResult s, String specLine) {
    assertEquals(Verdict.VIOLATED, s.verdict(), s.toString());
    List<Counterexample> cs = s.traces().stream().flatMap(t -> t.counterexample().stream())
        .toList();
    assertFalse(cs.isEmpty());
    cs.forEach(c -> assertTrue(c.specLine().contains(specLine), c.specLine()));
  }

  @Test
  void anNfUsingItsConfigurationMeetsASpecReadingIt() throws Exception {
    assertProved(verify(CONFIG));
  }

  @Test
  void anotherDeviceThanTheConfiguredOneIsViolated() throws Exception {
    assertViolatedAt(verify(variant(CONFIG, "config.c", "return out_device;", "return 1;")),
        "spec.py:4:");
  }

  @Test
  void anotherAddressThanTheConfiguredOneIsViolated() throws Exception {
    assertViolatedAt(verify(variant(CONFIG, "config.c", "htonl(ext_ip)", "htonl(ext_ip + 1)")),
        "spec.py:4:");
  }

  @Test
  void hasIdxOutsideTheTableIsFalse() throws Exception {
    assertProved(verify(PROBE));
  }

  @Test
  void forwardingAnIndexOutsideTheTableIsViolated() throws Exception {
    assertViolatedAt(verify(variant(PROBE, "probe.c",
        "  if (index < 0 || index >= CAPACITY || !emap_has_index(slots, index)) {",
        "  if (index < 0 || index >= CAPACITY) {\n    return 1;\n  }\n"
            + "  if (!emap_has_index(slots, index)) {")), "spec.py:9:");
  }
}
