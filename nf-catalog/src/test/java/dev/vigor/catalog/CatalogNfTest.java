package dev.vigor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private static final Pattern SPEC_CONSTANT =
      Pattern.compile("^([A-Z][A-Z0-9_]*)\\s*=\\s*([^#]*?)\\s*(#.*)?$");

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
                () -> cMacrosMatchConfig(dir, tmp)),
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

  /** Integer constants, by name, from nf.properties' constant.NAME entries. */
  private static Map<String, Long> integerConfig(Path dir) throws IOException {
    Properties props = NfFolders.properties(dir);
    Map<String, Long> config = new LinkedHashMap<>();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith("constant.")) {
        parseInteger(props.getProperty(key)).ifPresent(v -> config.put(key.substring(9), v));
      }
    }
    return config;
  }

  static void specConstantsMatchConfig(Path dir) throws IOException {
    Map<String, Long> config = integerConfig(dir);
    for (Path spec : specFiles(dir)) {
      List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = SPEC_CONSTANT.matcher(lines.get(i));
        if (m.matches() && config.containsKey(m.group(1))) {
          String where = spec + ":" + (i + 1) + ": " + m.group(1);
          Optional<Long> value = evaluateProduct(m.group(2));
          assertTrue(value.isPresent(), where + " = " + m.group(2) + " is not a product of integers");
          assertEquals(config.get(m.group(1)), value.get(), where + " differs from nf.properties constant");
        }
      }
    }
  }

  /** Where a libVig object's capacity is among the arguments after its name, by instantiation macro. */
  private static final Map<String, Integer> CAPACITY_ARGUMENT = Map.of(
      "VIG_EMAP", 1, "VIG_VECTOR", 1, "VIG_VECTOR_BOUNDED", 1, "VIG_MAP", 2, "VIG_MAP_BOUNDED", 2,
      "VIG_DCHAIN", 0, "VIG_LPM", 0);

  /**
   * Compiles, per .c file of the NF, a probe that includes it and asserts that its NF_DEVICE_COUNT,
   * its macros named like constant.NAME entries and the capacities of its exported objects (for
   * capacity.EXPORT_NAME entries) equal nf.properties.
   */
  static void cMacrosMatchConfig(Path dir, Path probeDir) throws Exception {
    Path gcc = gccOrSkip("constant check of " + dir.getFileName());
    Properties props = NfFolders.properties(dir);
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("NF_DEVICE_COUNT", Long.parseLong(props.getProperty("devices").trim()));
    expected.putAll(integerConfig(dir));
    Map<String, Long> capacities = new LinkedHashMap<>();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith("capacity.")) {
        Optional<Long> value = parseInteger(props.getProperty(key));
        assertTrue(value.isPresent(), dir.resolve("nf.properties") + ": " + key + " is not an integer");
        capacities.put(key.substring(9), value.get());
      }
    }
    boolean devicesChecked = false;
    for (Path source : NfFolders.filesEndingWith(dir, ".c")) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      StringBuilder probe = new StringBuilder("#include \"" + source + "\"\n");
      for (Map.Entry<String, Long> e : expected.entrySet()) {
        if (Pattern.compile("(?m)^\\s*#\\s*define\\s+" + e.getKey() + "\\b").matcher(text).find()) {
          devicesChecked |= e.getKey().equals("NF_DEVICE_COUNT");
          staticAssert(probe, e.getKey(), e.getValue(), e.getKey() + " differs from nf.properties");
        }
      }
      for (Map.Entry<String, Long> e : Map.copyOf(capacities).entrySet()) {
        capacityExpression(text, e.getKey()).ifPresent(capacity -> {
          staticAssert(probe, capacity, e.getValue(), "capacity of " + e.getKey() + " differs from nf.properties");
          capacities.remove(e.getKey());
        });
      }
      Path probeFile = probeDir.resolve(dir.getFileName() + "-" + source.getFileName());
      Files.writeString(probeFile, probe.toString(), StandardCharsets.UTF_8);
      Gcc.Result result = Gcc.check(gcc, List.of(probeFile), NfFolders.libvigInclude());
      assertTrue(result.ok(), () -> source + ":\n" + probe + result.describe());
    }
    assertTrue(devicesChecked, dir + ": no .c file defines NF_DEVICE_COUNT");
    assertTrue(capacities.isEmpty(),
        dir.resolve("nf.properties") + ": no libVig object is exported under the names of " + capacities.keySet());
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

  private static void staticAssert(StringBuilder probe, String expression, long value, String message) {
    probe.append("_Static_assert((").append(expression).append(") == ").append(value).append("LL, \"")
        .append(message).append("\");\n");
  }

  /** The capacity argument of the instantiation of the object exported as exportName, if in text. */
  private static Optional<String> capacityExpression(String text, String exportName) {
    Matcher export = Pattern.compile("NF_EXPORT_STATE\\(\\s*(\\w+)\\s*,\\s*\"" + Pattern.quote(exportName) + "\"")
        .matcher(text);
    if (!export.find()) {
      return Optional.empty();
    }
    Matcher decl = Pattern.compile("\\b(VIG_\\w+)\\(\\s*" + export.group(1) + "\\s*,([^;]*)\\)\\s*;").matcher(text);
    assertTrue(decl.find(), "no instantiation of " + export.group(1) + " (exported as " + exportName + ")");
    Integer position = CAPACITY_ARGUMENT.get(decl.group(1));
    assertTrue(position != null, decl.group(1) + " (" + exportName + "): capacity.* is not supported for it");
    List<String> arguments = topLevelArguments(decl.group(2));
    assertTrue(position < arguments.size(), "too few arguments in " + decl.group());
    return Optional.of(arguments.get(position));
  }

  private static List<String> topLevelArguments(String text) {
    List<String> arguments = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        arguments.add(text.substring(start, i).trim());
        start = i + 1;
      }
    }
    arguments.add(text.substring(start).trim());
    return arguments;
  }

  /** A decimal or hexadecimal integer. */
  static Optional<Long> parseInteger(String text) {
    try {
      return Optional.of(Long.decode(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The value of "a * b * ..." over integer literals, the only form spec constants take here. */
  static Optional<Long> evaluateProduct(String expression) {
    long product = 1;
    for (String factor : expression.split("\\*")) {
      Optional<Long> value = parseInteger(factor);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      product = Math.multiplyExact(product, value.get());
    }
    return Optional.of(product);
  }
}
