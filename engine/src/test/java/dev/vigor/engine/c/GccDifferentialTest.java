package dev.vigor.engine.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.ir.ConstGlobal;
import dev.vigor.engine.ir.Program;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random integer constant expressions (literals with suffixes, casts to the fixed-width types, every
 * operator) evaluated by the front-end and by gcc: same value, same size, same signedness. Skipped
 * where gcc is not installed. Expressions the front-end rejects (signed overflow, which C leaves
 * undefined) or cannot fold (division by zero, shift out of range) are left out.
 */
class GccDifferentialTest {
  private static final long SEED = Long.getLong("vigor.diff.seed", 20261124L);
  private static final int COUNT = Integer.getInteger("vigor.diff.count", 150);
  private static final String[] CASTS = {"uint8_t", "int8_t", "uint16_t", "int16_t", "uint32_t", "int32_t", "uint64_t", "int64_t", "bool", "char"};
  private static final String[] SUFFIXES = {"", "", "u", "l", "ul", "ll", "ull"};
  private static final String[] BINARY = {"+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^", "<", "<=", "==", "!=", "&&", "||", ">", ">="};

  @TempDir Path dir;

  @Test
  void frontEndFoldsIntegerExpressionsExactlyAsGcc() throws Exception {
    Assumptions.assumeTrue(gccAvailable(), "gcc is not installed");
    Random rnd = new Random(SEED);
    List<String> accepted = new ArrayList<>();
    List<BigInteger> values = new ArrayList<>();
    List<Long> shapes = new ArrayList<>();
    Path nf = dir.resolve("nf");
    Files.createDirectories(nf);
    Path src = nf.resolve("e.c");
    for (int n = 0; n < COUNT; n++) {
      String e = expr(rnd, 4);
      Files.writeString(src, "#define NF_DEVICE_COUNT 1\n#include <vigor/nf.h>\n"
          + "static const unsigned long long v = (unsigned long long)(" + e + ");\n"
          + "static const unsigned long long t = sizeof(" + e + ") * 2 + (((" + e + ") * 0 - 1) < 0);\n"
          + "bool nf_init(void) { return true; }\n"
          + "int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {\n"
          + "  (void)packet; (void)length; (void)now; return device;\n}\n");
      Program p;
      try {
        p = CFrontEnd.compile(nf, List.of(src), NfPaths.libvigInclude());
      } catch (DiagnosticException ex) {
        continue; // undefined in C (overflow) or not foldable: not comparable
      }
      accepted.add(e);
      values.add(value(p.globals().get("v")));
      shapes.add(value(p.globals().get("t")).longValueExact());
    }
    assertTrue(accepted.size() > COUNT / 3, "too few comparable expressions: " + accepted.size());
    System.out.println("differential: " + accepted.size() + " of " + COUNT + " expressions compared with gcc");
    List<String> gcc = runGcc(accepted);
    for (int i = 0; i < accepted.size(); i++) {
      String[] parts = gcc.get(i).split(" ");
      assertEquals(new BigInteger(parts[0]), values.get(i), "value of " + accepted.get(i));
      assertEquals(Long.parseLong(parts[1]), shapes.get(i), "size*2+signed of " + accepted.get(i));
    }
  }

  @Test
  void structLayoutsMatchGcc() throws Exception {
    Assumptions.assumeTrue(gccAvailable(), "gcc is not installed");
    Random rnd = new Random(SEED + 1);
    StringBuilder defs = new StringBuilder();
    int structs = 40;
    for (int s = 0; s < structs; s++) {
      defs.append("struct s").append(s).append(" {");
      int fields = 1 + rnd.nextInt(6);
      for (int f = 0; f < fields; f++) {
        String t = s > 0 && rnd.nextInt(5) == 0 ? "struct s" + rnd.nextInt(s) : CASTS[rnd.nextInt(CASTS.length)];
        defs.append(' ').append(t).append(" f").append(f);
        if (rnd.nextInt(4) == 0) {
          defs.append('[').append(1 + rnd.nextInt(5)).append(']');
        }
        defs.append(';');
      }
      defs.append(" };\n");
    }
    StringBuilder nfSrc = new StringBuilder("#define NF_DEVICE_COUNT 1\n#include <vigor/nf.h>\n").append(defs);
    nfSrc.append("#include <stddef.h>\n");
    for (int s = 0; s < structs; s++) {
      nfSrc.append("static const unsigned long off").append(s).append(" = offsetof(struct s").append(s).append(", f0);\n");
      nfSrc.append("static const unsigned long size").append(s).append(" = sizeof(struct s").append(s).append(");\n");
    }
    nfSrc.append("bool nf_init(void) { return true; }\n"
        + "int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {\n"
        + "  (void)packet; (void)length; (void)now; return device;\n}\n");
    Path nf = dir.resolve("layout");
    Files.createDirectories(nf);
    Path src = nf.resolve("l.c");
    Files.writeString(src, nfSrc);
    Program p = CFrontEnd.compile(nf, List.of(src), NfPaths.libvigInclude());
    StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <stdint.h>\n#include <stdbool.h>\n#include <stddef.h>\n")
        .append(defs).append("int main(void) {\n");
    for (int s = 0; s < structs; s++) {
      int fields = p.struct("s" + s).orElseThrow().fields().size();
      c.append("  printf(\"%zu").append(" %zu".repeat(fields)).append("\\n\", sizeof(struct s").append(s).append(")");
      for (int f = 0; f < fields; f++) {
        c.append(", offsetof(struct s").append(s).append(", f").append(f).append(")");
      }
      c.append(");\n");
    }
    c.append("  return 0;\n}\n");
    Path gccSrc = dir.resolve("layout.c");
    Path exe = dir.resolve("layout.out");
    Files.writeString(gccSrc, c);
    run(List.of("gcc", "-std=c11", "-w", "-o", exe.toString(), gccSrc.toString()));
    List<String> lines = List.of(run(List.of(exe.toString())).split("\n"));
    for (int s = 0; s < structs; s++) {
      var st = p.struct("s" + s).orElseThrow();
      StringBuilder mine = new StringBuilder(Long.toString(st.size()));
      st.fields().forEach(f -> mine.append(' ').append(f.offset()));
      assertEquals(lines.get(s), mine.toString(), "layout of struct s" + s);
      assertEquals(BigInteger.valueOf(st.size()), value(p.globals().get("size" + s)));
    }
  }

  private static BigInteger value(ConstGlobal g) {
    return g.init().isEmpty() ? BigInteger.ZERO : g.init().get(0).value();
  }

  private static String expr(Random rnd, int depth) {
    int pick = depth == 0 ? 0 : rnd.nextInt(6);
    switch (pick) {
      case 0:
      case 1: {
        long v = rnd.nextInt(4) == 0 ? rnd.nextInt(1 << 16) * (long) rnd.nextInt(1 << 16) : rnd.nextInt(300);
        String lit = rnd.nextBoolean() ? Long.toString(v) : "0x" + Long.toHexString(v);
        return lit + SUFFIXES[rnd.nextInt(SUFFIXES.length)];
      }
      case 2:
        return "((" + CASTS[rnd.nextInt(CASTS.length)] + ")" + expr(rnd, depth - 1) + ")";
      case 3:
        return "(" + new String[] {"-", "~", "!", "+"}[rnd.nextInt(4)] + expr(rnd, depth - 1) + ")";
      case 4:
        return "(" + expr(rnd, depth - 1) + " ? " + expr(rnd, depth - 1) + " : " + expr(rnd, depth - 1) + ")";
      default: {
        String op = BINARY[rnd.nextInt(BINARY.length)];
        String right = op.equals("<<") || op.equals(">>") ? Integer.toString(rnd.nextInt(40)) : expr(rnd, depth - 1);
        return "(" + expr(rnd, depth - 1) + " " + op + " " + right + ")";
      }
    }
  }

  private List<String> runGcc(List<String> exprs) throws IOException, InterruptedException {
    StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <stdint.h>\n#include <stdbool.h>\nint main(void) {\n");
    for (String e : exprs) {
      c.append("  printf(\"%llu %llu\\n\", (unsigned long long)(").append(e).append("), (unsigned long long)(sizeof(")
          .append(e).append(") * 2 + (((").append(e).append(") * 0 - 1) < 0)));\n");
    }
    c.append("  return 0;\n}\n");
    Path src = dir.resolve("gcc.c");
    Path exe = dir.resolve("gcc.out");
    Files.writeString(src, c);
    run(List.of("gcc", "-std=c11", "-w", "-o", exe.toString(), src.toString()));
    return List.of(run(List.of(exe.toString())).split("\n"));
  }

  private String run(List<String> cmd) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + cmd);
    String text = Files.readString(out);
    assertEquals(0, p.exitValue(), cmd + " failed:\n" + text);
    return text;
  }

  private static boolean gccAvailable() {
    try {
      Process p = new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
