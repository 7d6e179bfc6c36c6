package dev.vigor.engine.c.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreprocessorTest {
  @TempDir Path dir;

  private Preprocessor.Result run(String src) throws IOException, DiagnosticException {
    Path f = dir.resolve("t.c");
    Files.writeString(f, src);
    return Preprocessor.run(dir, f, Path.of(System.getProperty("vigor.libvig.include", "../libvig/include")));
  }

  private static String text(Preprocessor.Result r) {
    return r.tokens().stream().map(PpToken::text).collect(Collectors.joining(" "));
  }

  @Test
  void functionLikeMacrosStringizeAndPaste() throws Exception {
    Preprocessor.Result r = run("#define STR(x) #x\n#define CAT(a, b) a##b\n#define TWICE(x) ((x) + (x))\n"
        + "STR(a + b) CAT(foo, 42) TWICE(TWICE(1))\n");
    assertEquals("\"a + b\" foo42 ( ( ( ( 1 ) + ( 1 ) ) ) + ( ( ( 1 ) + ( 1 ) ) ) )", text(r));
  }

  @Test
  void selfReferenceStopsAndVariadicsWork() throws Exception {
    Preprocessor.Result r = run("#define x x + 1\n#define F(fmt, ...) g(fmt, __VA_ARGS__)\nx F(1, 2, 3)\n");
    assertEquals("x + 1 g ( 1 , 2 , 3 )", text(r));
  }

  @Test
  void expandedTokensKeepTheMacroUseLocation() throws Exception {
    Preprocessor.Result r = run("#define CAP (1 << 16)\n\nint a = CAP;\n");
    PpToken shift = r.tokens().stream().filter(t -> t.text().equals("<<")).findFirst().orElseThrow();
    assertEquals("t.c:3:9", shift.loc().toString());
    assertEquals(65536, r.macroValue("CAP").getAsLong());
  }

  @Test
  void conditionalsWithDefinedAndElif() throws Exception {
    Preprocessor.Result r = run("#define A 2\n#if defined(B) || A > 3\nno\n#elif A == 2 && !defined B\nyes\n"
        + "#else\nno\n#endif\n#ifdef A\n#ifndef A\nno\n#endif\nyes2\n#endif\n");
    assertEquals("yes yes2", text(r));
  }

  @Test
  void ifArithmeticIsUnsignedWhenAnOperandIs() throws Exception {
    assertEquals("yes", text(run("#if -1 > 0u\nyes\n#else\nno\n#endif\n")));
    assertEquals("yes", text(run("#if -1 < 0\nyes\n#else\nno\n#endif\n")));
    assertEquals("yes", text(run("#if 18446744073709551615 / 2 == 9223372036854775807\nyes\n#endif\n")));
    assertEquals("yes", text(run("#if (0u - 1) >> 63 == 1 && (-2 >> 1) == -1\nyes\n#endif\n")));
    assertEquals("yes", text(run("#if (1 ? -1 : 0u) > 0\nyes\n#endif\n")));
  }

  @Test
  void errorDirectiveInATakenBranchIsReportedOnlyThere() throws Exception {
    assertEquals("ok", text(run("#if 0\n#error not me\n#endif\nok\n")));
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> run("\n#error stop here\n"));
    assertEquals("t.c:2:1: error: #error stop here", e.diagnostics().get(0).format());
  }

  @Test
  void builtinHeadersAndVigorHeadersResolve() throws Exception {
    Preprocessor.Result r = run("#define NF_DEVICE_COUNT 3\n#include <vigor/nf.h>\n#include <stdint.h>\n");
    assertEquals(3, r.macroValue("NF_DEVICE_COUNT").getAsLong());
    assertTrue(r.macros().containsKey("NF_DROP"));
    assertTrue(r.tokens().stream().anyMatch(t -> t.loc().file().equals("vigor/packet.h")));
    assertTrue(r.tokens().stream().anyMatch(t -> t.loc().file().equals("<built-in>/stdint.h")));
    assertTrue(text(r).contains("typedef long int64_t"));
    // VIGOR_ANALYSIS is set: the instantiation macros stay undefined
    assertTrue(!r.macros().containsKey("VIG_EMAP"));
  }

  @Test
  void localIncludesAreRelativeToTheIncludingFile() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.h"), "#include \"b.h\"\nA\n");
    Files.writeString(dir.resolve("sub/b.h"), "B\n");
    Preprocessor.Result r = run("#include \"sub/a.h\"\n");
    assertEquals("B A", text(r));
    assertEquals(List.of("sub/b.h", "sub/a.h"), r.tokens().stream().map(t -> t.loc().file()).toList());
  }

  @Test
  void unbalancedConditionalsAreReported() {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> run("#if 1\nx\n"));
    assertTrue(e.diagnostics().get(0).message().contains("without #endif"));
    e = assertThrows(DiagnosticException.class, () -> run("#endif\n"));
    assertEquals("t.c:1:2", e.diagnostics().get(0).location().toString());
  }
}
