package dev.vigor.libvig.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The libVig headers compile cleanly with gcc, and all_api.c uses every function and macro. */
class CApiCompilesTest {
  private static final Path INCLUDE = Path.of(System.getProperty("vigor.libvig.include",
      "include"));
  private static final Path ALL_API = Path.of("src/test/c/all_api.c");

  private static boolean gccPresent() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "gcc"))) {
        return true;
      }
    }
    System.out.println("SKIPPED: gcc is not on the PATH, so the C API was not compiled");
    return false;
  }

  private static String gcc(Path source) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("gcc", "-std=c11", "-Wall", "-Wextra", "-Werror",
        "-fsyntax-only", "-I" + INCLUDE.toAbsolutePath(), source.toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return p.waitFor() + "\n" + out;
  }

  @Test
  void everyApiFunctionCompilesWithGcc() throws Exception {
    assumeTrue(gccPresent(), "gcc is not on the PATH");
    String result = gcc(ALL_API);
    assertTrue(result.startsWith("0\n"), "gcc rejected all_api.c:\n" + result);
  }

  @Test
  void gccRejectsAMisuseOfTheApi(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    assumeTrue(gccPresent(), "gcc is not on the PATH");
    // Passing a key where the index out-parameter goes must not compile.
    Path bad = dir.resolve("bad.c");
    Files.writeString(bad, "#define NF_DEVICE_COUNT 1\n#include <vigor/libvig.h>\n"
        + "VIG_EMAP(m, int, 4);\nbool f(void) { int k = 1; return emap_get(m, &k, k); }\n");
    assertNotEquals('0', gcc(bad).charAt(0), "a misused emap_get compiled");
  }

  @Test
  void allApiUsesEveryDeclaredFunctionAndMacro() throws IOException {
    String header = Files.readString(INCLUDE.resolve("vigor/libvig.h"))
        + Files.readString(INCLUDE.resolve("vigor/packet.h"))
        + Files.readString(INCLUDE.resolve("vigor/nf.h"));
    String use = Files.readString(ALL_API);
    List<String> names = new ArrayList<>();
    // Declarations start a line (a return type, then the name and its parameter list).
    Matcher fn = Pattern.compile("(?m)^[a-zA-Z_][a-zA-Z_0-9 ]*[ *]"
        + "((?:emap|vector|map|dchain|cht|lpm|vig|nf|ntoh|hton)[a-z_0-9]*)\\(").matcher(header);
    while (fn.find()) {
      names.add(fn.group(1));
    }
    Matcher mac = Pattern.compile("#define ((?:VIG|NF)_[A-Z_0-9]+)").matcher(header);
    while (mac.find()) {
      String m = mac.group(1);
      if (!m.endsWith("_H") && !m.endsWith("_") && !m.equals("VIG_MUST_CHECK")
          && !m.equals("VIG_MAYBE_UNUSED")) {
        names.add(m);
      }
    }
    assertTrue(names.size() > 40, "found too few API names: " + names);
    List<String> missing = names.stream().filter(n -> !Pattern.compile("\\b" + n + "\\b")
        .matcher(use.replace("#define " + n, "")).find()).toList();
    assertEquals(List.of(), missing, "all_api.c does not use these API names");
  }
}
