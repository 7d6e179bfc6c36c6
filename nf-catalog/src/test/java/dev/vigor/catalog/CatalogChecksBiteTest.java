package dev.vigor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catalog checks of {@link CatalogNfTest} reject bad NFs: each NF of a small catalog of
 * deliberately broken ones (test resources: a type error, a warning-only defect, an unchecked
 * emap_add, constants and names that disagree) fails through the same code the real catalog goes
 * through, with a message that says where and why.
 */
class CatalogChecksBiteTest {
  private static Path brokenCatalog() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(
        CatalogChecksBiteTest.class.getResource("broken-catalog"), "broken-catalog resource").toURI());
  }

  @Test
  void theBrokenCatalogIsFoundLikeTheRealOne() throws Exception {
    List<String> names = NfFolders.list(brokenCatalog()).stream()
        .map(dir -> dir.getFileName().toString())
        .toList();
    assertEquals(List.of("no-init", "padded-key", "type-error", "unchecked-add", "undocumented",
        "warning-only",
        "wrong-capacity", "wrong-constant", "wrong-devices", "wrong-import", "wrong-record", "wrong-state"), names);
  }

  @ParameterizedTest(name = "{0} fails to compile: {1}")
  @CsvSource({
    "type-error, type_error.c:12:10: error: returning 'struct ether_hdr *' from a function with return type 'int'",
    "warning-only, unused_variable.c:10:7: error: unused variable 'unused_verdict'",
    "unchecked-add, unchecked_add.c:20:5: error: ignoring return value of 'emap_add'",
  })
  void aBrokenNfFailsWithGccsMessage(String nf, String expected) throws Exception {
    Path gcc = CatalogNfTest.gccOrSkip("compile check of the broken NF " + nf);
    Gcc.Result result = Gcc.checkNf(gcc, brokenCatalog().resolve(nf), NfFolders.libvigInclude());
    assertFalse(result.ok(), () -> nf + " compiled:\n" + result.describe());
    // gcc quotes names with typographic quotes in UTF-8 locales and with ' otherwise.
    String output = result.output().replace('\u2018', '\'').replace('\u2019', '\'');
    assertTrue(output.contains(expected), () -> "expected \"" + expected + "\" in:\n" + result.describe());
  }

  @Test
  void aCorrectNfInTheSameCatalogShapeCompiles() throws Exception {
    Path gcc = CatalogNfTest.gccOrSkip("compile check of wrong-devices");
    Gcc.Result result = Gcc.checkNf(gcc, brokenCatalog().resolve("wrong-devices"), NfFolders.libvigInclude());
    assertTrue(result.ok(), result::describe);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "wrong-devices | nf.properties:4:11: error: devices = 3 but the C code defines NF_DEVICE_COUNT as 2 (nop3.c:2:9)",
    "wrong-capacity | nf.properties:5:17: warning: capacity.seen = 32 but the C code declares seen with capacity 16 (wrong_capacity.c:6:1)",
  })
  void aCMacroThatDisagreesWithNfPropertiesIsCaught(String nf, String expected) throws Exception {
    AssertionError error = assertThrows(AssertionError.class,
        () -> CatalogNfTest.cMacrosMatchConfig(brokenCatalog().resolve(nf)));
    assertTrue(error.getMessage().contains(expected), error.getMessage());
  }

  @Test
  void aSpecConstantThatDisagreesWithNfPropertiesIsCaught() throws Exception {
    Path nf = brokenCatalog().resolve("wrong-constant");
    AssertionError error = assertThrows(AssertionError.class, () -> CatalogNfTest.specConstantsMatchConfig(nf));
    assertTrue(error.getMessage().contains("spec.py:2:1: warning: EXP_TIME is 10000 here but 20000"
        + " in nf.properties (constant.EXP_TIME at "), error.getMessage());
    CatalogNfTest.cMacrosMatchConfig(nf);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "wrong-state | spec.py:2: state sen is not exported by the C code; exported: [seen]",
    "wrong-record | ghost_record.py:2: record Ghost is not a struct of the C code",
    "wrong-import | spec.py:2: imports no_such_property, but there is no props/no_such_property.py",
  })
  void aSpecNamingWhatTheNfLacksIsCaught(String nf, String expected) throws Exception {
    AssertionError error = assertThrows(AssertionError.class,
        () -> CatalogNfTest.specNamesResolve(brokenCatalog().resolve(nf)));
    assertTrue(error.getMessage().contains(expected), error.getMessage());
  }

  @Test
  void aKeyWithPaddingIsCaught(@TempDir Path tmp) throws Exception {
    CatalogNfTest.gccOrSkip("padding check of padded-key");
    AssertionError error = assertThrows(AssertionError.class,
        () -> CatalogNfTest.structsHaveNoPadding(brokenCatalog().resolve("padded-key"), tmp));
    assertTrue(error.getMessage().contains("static assertion failed: \"struct FlowId has padding\""),
        error.getMessage());
  }

  @Test
  void anNfThatDoesNotStateItsInitialTablesIsCaught() throws Exception {
    AssertionError files = assertThrows(AssertionError.class,
        () -> CatalogNfTest.hasItsFiles(brokenCatalog().resolve("no-init")));
    assertTrue(files.getMessage().contains("init.py is missing"), files.getMessage());
  }

  @Test
  void anNfWithoutItsFilesIsCaught() throws Exception {
    Path nf = brokenCatalog().resolve("undocumented");
    AssertionError files = assertThrows(AssertionError.class, () -> CatalogNfTest.hasItsFiles(nf));
    assertTrue(files.getMessage().contains("README.md is missing"), files.getMessage());
    AssertionError props = assertThrows(AssertionError.class, () -> CatalogNfTest.propertiesAreExplained(nf));
    assertTrue(props.getMessage().contains("silent.py: does not begin with a comment"), props.getMessage());
  }
}
