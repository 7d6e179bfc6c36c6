package dev.vigor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every NF of the catalog: compiles as real C, has its files, and agrees with itself on constants. */
class CatalogNfTest {
  @TempDir Path tmp;

  @Test
  void theCatalogHoldsTheReferenceNfsAndItsReadmeListsEveryNf() throws IOException {
    List<String> names = NfFolders.list(NfFolders.catalogRoot()).stream()
        .map(dir -> dir.getFileName().toString())
        .toList();
    assertTrue(names.containsAll(List.of("nop", "bridge", "firewall")), "catalog NFs: " + names);
    String readme = Files.readString(NfFolders.catalogRoot().resolve("README.md"), StandardCharsets.UTF_8);
    for (String name : names) {
      assertTrue(readme.contains("[" + name + "](" + name + "/)"),
          "nf-catalog/README.md does not list " + name);
    }
  }

  @TestFactory
  Stream<DynamicNode> everyNf() throws IOException {
    return NfFolders.list(NfFolders.catalogRoot()).stream()
        .map(dir -> DynamicContainer.dynamicContainer(dir.getFileName().toString(), Stream.of(
            DynamicTest.dynamicTest("compiles with gcc " + String.join(" ", Gcc.FLAGS),
                () -> compiles(dir)),
            DynamicTest.dynamicTest("has README.md, nf.properties with name/description/devices, spec.py, init.py",
                () -> hasItsFiles(dir)),
            DynamicTest.dynamicTest("every property file begins with a comment saying what it claims",
                () -> propertiesAreExplained(dir)),
            DynamicTest.dynamicTest("specs name only exported state, existing properties, declared records",
                () -> specNamesResolve(dir)),
            DynamicTest.dynamicTest("spec constants equal nf.properties config values",
                () -> specConstantsMatchConfig(dir)),
            DynamicTest.dynamicTest("C macros and capacities equal nf.properties devices, config, capacity",
                () -> cMacrosMatchConfig(dir)),
            DynamicTest.dynamicTest("structs have no padding (libVig compares and hashes records bytewise)",
                () -> structsHaveNoPadding(dir, tmp)))));
  }

  /** gcc from the PATH, or the test is skipped, saying why on stdout and in the report. */
  static Path gccOrSkip(String what) {
    Optional<String> reason = Gcc.unavailableReason();
    if (reason.isPresent()) {
      System.out.println("SKIPPED " + what + ": " + reason.get());
    }
    assumeTrue(reason.isEmpty(), () -> what + " skipped: " + reason.orElse(""));
    return Gcc.find().orElseThrow();
  }

  private static void compiles(Path dir) throws Exception {
    Path gcc = gccOrSkip("compile check of " + dir.getFileName());
    Gcc.Result result = Gcc.checkNf(gcc, dir, NfFolders.libvigInclude());
    assertTrue(result.ok(), () -> dir.getFileName() + " does not compile:\n" + result.describe());
  }

  static void hasItsFiles(Path dir) throws IOException {
    assertNonEmptyFile(dir.resolve("README.md"));
    assertNonEmptyFile(dir.resolve("spec.py"));
    // The initial tables are stated even when there are none (a comment then says so).
    assertNonEmptyFile(dir.resolve("init.py"));
    Properties props = NfFolders.properties(dir);
    for (String key : List.of("name", "description", "devices")) {
      String value = props.getProperty(key);
      assertTrue(value != null && !value.isBlank(), dir.resolve("nf.properties") + ": no " + key);
    }
    assertEquals(dir.getFileName().toString(), props.getProperty("name").trim(),
        dir.resolve("nf.properties") + ": name differs from the folder's");
    int devices = Integer.parseInt(props.getProperty("devices").trim());
    assertTrue(devices >= 1 && devices <= 65535, dir.resolve("nf.properties") + ": devices = " + devices);
    assertFalse(NfFolders.filesEndingWith(dir, ".c").isEmpty(), dir + ": no .c file");
  }

  private static void assertNonEmptyFile(Path file) throws IOException {
    assertTrue(Files.isRegularFile(file), file + " is missing");
    assertFalse(Files.readString(file, StandardCharsets.UTF_8).isBlank(), file + " is empty");
  }

  static void propertiesAreExplained(Path dir) throws IOException {
    List<Path> explained = new ArrayList<>(NfFolders.filesEndingWith(dir.resolve("props"), ".py"));
    if (Files.isRegularFile(dir.resolve("init.py"))) {
      explained.add(dir.resolve("init.py"));
    }
    for (Path prop : explained) {
      String text = Files.readString(prop, StandardCharsets.UTF_8);
      assertTrue(text.startsWith("# "), prop + ": does not begin with a comment saying what it claims");
    }
  }

  private static final Pattern STATE_IMPORT = Pattern.compile("^from\\s+state\\s+import\\s+(.+?)\\s*(#.*)?$");
  private static final Pattern PROPERTY_IMPORT = Pattern.compile("^import\\s+(\\w+)\\s*(#.*)?$");
  private static final Pattern EXPORT = Pattern.compile("NF_EXPORT_STATE\\(\\s*\\w+\\s*,\\s*\"([^\"]+)\"\\s*\\)");
  private static final Pattern RECORD = Pattern.compile("\\b([A-Z][a-z]\\w*)\\(");

  /** The spec files of an NF: spec.py, init.py when there is one, then props/*.py. */
  private static List<Path> specFiles(Path dir) throws IOException {
    List<Path> specs = new ArrayList<>();
    specs.add(dir.resolve("spec.py"));
    if (Files.isRegularFile(dir.resolve("init.py"))) {
      specs.add(dir.resolve("init.py"));
    }
    specs.addAll(NfFolders.filesEndingWith(dir.resolve("props"), ".py"));
    return specs;
  }

  /**
   * What the specs name exists: imported state is exported by the C code (NF_EXPORT_STATE), imported
   * properties are files in props/, and records (CamelCase constructors) are structs of the C code,
   * with Vigor's trailing "c" allowed.
   */
  static void specNamesResolve(Path dir) throws IOException {
    StringBuilder c = new StringBuilder();
    for (Path source : NfFolders.filesEndingWith(dir, ".c")) {
      c.append(Files.readString(source, StandardCharsets.UTF_8));
    }
    for (Path source : NfFolders.filesEndingWith(dir, ".h")) {
      c.append(Files.readString(source, StandardCharsets.UTF_8));
    }
    List<String> exported = new ArrayList<>();
    Matcher export = EXPORT.matcher(c);
    while (export.find()) {
      exported.add(export.group(1));
    }
    for (Path spec : specFiles(dir)) {
      List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = spec + ":" + (i + 1) + ": ";
        Matcher state = STATE_IMPORT.matcher(line);
        if (state.matches()) {
          for (String name : state.group(1).split(",")) {
            assertTrue(exported.contains(name.trim()),
                where + "state " + name.trim() + " is not exported by the C code; exported: " + exported);
          }
        }
        Matcher property = PROPERTY_IMPORT.matcher(line);
        if (property.matches()) {
          String file = property.group(1) + ".py";
          assertTrue(Files.isRegularFile(spec.resolveSibling(file)) || Files.isRegularFile(dir.resolve("props").resolve(file)),
              where + "imports " + property.group(1) + ", but there is no props/" + file);
        }
        String code = line.replaceAll("#.*", "");
        Matcher record = RECORD.matcher(code);
        while (record.find()) {
          String name = record.group(1);
          String struct = name.endsWith("c") && !declaresStruct(c, name) ? name.substring(0, name.length() - 1) : name;
          assertTrue(declaresStruct(c, struct), where + "record " + name + " is not a struct of the C code");
        }
      }
    }
  }

  private static boolean declaresStruct(CharSequence c, String name) {
    return Pattern.compile("\\bstruct\\s+" + name + "\\s*\\{").matcher(c).find();
  }

  /**
   * Every spec constant named like an nf.properties {@code constant.NAME} has its value: the
   * engine's check ({@code LoadedNf.checkSpec}), which any NF folder gets in vigor check and
   * verify as a warning, and which the catalog holds to as an error.
   */
  static void specConstantsMatchConfig(Path dir) throws Exception {
    LoadedNf nf = LoadedNf.load(dir);
    for (Path spec : specFiles(dir)) {
      SpecCheckResult r = Verification.check(dir, nf, spec);
      assertTrue(r.spec().isPresent(), spec + ": " + r.diagnostics());
      List<Diagnostic> differ = nf.checkSpec(r.spec().get());
      assertTrue(differ.isEmpty(), differ.stream().map(Diagnostic::format)
          .collect(java.util.stream.Collectors.joining("\n")));
    }
  }

  /**
   * nf.properties' devices, capacity.* and constant.* equal the C code's NF_DEVICE_COUNT,
   * capacities and macros: the engine's check ({@code NfPropertiesCheck}), which loading any NF
   * runs (an error, or a disagreement {@code vigor check --nf} fails on), held as an error here.
   */
  static void cMacrosMatchConfig(Path dir) throws Exception {
    try {
      LoadedNf nf = LoadedNf.load(dir);
      List<Diagnostic> all = new ArrayList<>(nf.warnings());
      all.addAll(nf.disagreements());
      assertTrue(all.isEmpty(), all.stream().map(Diagnostic::format)
          .collect(java.util.stream.Collectors.joining("\n")));
    } catch (DiagnosticException e) {
      throw new AssertionError(e.diagnostics().stream().map(Diagnostic::format)
          .collect(java.util.stream.Collectors.joining("\n")), e);
    }
  }

  private static final Pattern STRUCT_DEFINITION = Pattern.compile("\\bstruct\\s+(\\w+)\\s*\\{([^}]*)\\}\\s*;");
  private static final Pattern FIELD_NAME = Pattern.compile("(\\w+)\\s*(\\[[^\\]]*\\])?\\s*$");

  /**
   * Every struct an NF's .c file defines is as large as its fields together: no padding bytes,
   * whose contents C leaves unspecified and which would make equal keys differ to libVig.
   */
  static void structsHaveNoPadding(Path dir, Path probeDir) throws Exception {
    Path gcc = gccOrSkip("padding check of " + dir.getFileName());
    for (Path source : NfFolders.filesEndingWith(dir, ".c")) {
      String text = Files.readString(source, StandardCharsets.UTF_8)
          .replaceAll("(?s)/\\*.*?\\*/", " ")
          .replaceAll("//[^\\n]*", " ");
      StringBuilder probe = new StringBuilder("#include \"" + source + "\"\n");
      Matcher struct = STRUCT_DEFINITION.matcher(text);
      while (struct.find()) {
        String type = "struct " + struct.group(1);
        List<String> sizes = new ArrayList<>();
        for (String field : struct.group(2).split(";")) {
          if (field.isBlank()) {
            continue;
          }
          Matcher name = FIELD_NAME.matcher(field.trim());
          assertTrue(name.find(), source + ": cannot read the field \"" + field.trim() + "\" of " + type);
          sizes.add("sizeof(((" + type + " *)0)->" + name.group(1) + ")");
        }
        probe.append("_Static_assert(sizeof(").append(type).append(") == ").append(String.join(" + ", sizes))
            .append(", \"").append(type).append(" has padding\");\n");
      }
      Path probeFile = probeDir.resolve(dir.getFileName() + "-padding-" + source.getFileName());
      Files.writeString(probeFile, probe.toString(), StandardCharsets.UTF_8);
      Gcc.Result result = Gcc.check(gcc, List.of(probeFile), NfFolders.libvigInclude());
      assertTrue(result.ok(), () -> source + ":\n" + probe + result.describe());
    }
  }

}
