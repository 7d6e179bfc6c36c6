package dev.vigor.engine.c;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the good NFs (truncations, deleted/duplicated/swapped token runs, random
 * token soups): the front-end must answer each with a program or diagnostics, never with another
 * exception, an internal error, or a hang.
 */
class FuzzTest {
  private static final long SEED = Long.getLong("vigor.fuzz.seed", 0x5EED_C0DEL);
  private static final int CASES = Integer.getInteger("vigor.fuzz.cases", 400);
  private static final String[] SOUP = {
    "{", "}", "(", ")", "[", "]", ";", ",", "*", "&", "->", ".", "=", "+=", "++", "--", "<", "<<", ">>", "?", ":",
    "!", "~", "sizeof", "struct", "int", "uint8_t", "const", "static", "for", "while", "do", "if", "else", "return",
    "break", "continue", "x", "i", "packet", "length", "0", "1", "65536", "0xff", "'a'", "\"s\"", "#define",
    "#if", "#endif", "\n", "/*", "*/", "VIG_EMAP", "NF_EXPORT_STATE", "emap_get", "nf_process", "bool", "void",
    "typedef", "enum", "union", "goto", "...", "1.5", "\\", "#include <vigor/nf.h>\n", "@"
  };

  @TempDir Path tmp;

  @Test
  void mutatedNfsGiveDiagnosticsNeverCrashes() throws IOException {
    List<String> seeds = List.of(
        Files.readString(NfPaths.resource("good/bridge/bridge.c")),
        Files.readString(NfPaths.resource("good/firewall/firewall.c")),
        Files.readString(NfPaths.catalog().resolve("nop/nop.c")));
    Files.copy(NfPaths.resource("good/firewall/flow.h"), tmp.resolve("flow.h"));
    Random rnd = new Random(SEED);
    Path file = tmp.resolve("fuzz.c");
    int[] accepted = {0};
    for (int n = 0; n < CASES; n++) {
      String src = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
      Files.writeString(file, src);
      int caseNo = n;
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        try {
          List<String> broken = dev.vigor.engine.ir.IrInvariants.check(CFrontEnd.compile(tmp, List.of(file), NfPaths.libvigInclude()));
          assertTrue(broken.isEmpty(), "case " + caseNo + ": accepted, but its IR is broken: " + broken + "\n--- input ---\n" + src);
          accepted[0]++;
        } catch (DiagnosticException e) {
          for (Diagnostic d : e.diagnostics()) {
            assertFalse(d.message().startsWith("internal error"), "case " + caseNo + ": " + d + "\n--- input ---\n" + src);
          }
        }
      }, () -> "case " + caseNo + " hangs:\n" + src);
    }
    // some mutants (a deleted statement, a duplicated declaration) stay valid: their IR got checked too
    System.out.println("fuzz: " + accepted[0] + " of " + CASES + " mutants accepted");
    assertTrue(accepted[0] > 0, "no mutant was accepted, so no IR was checked");
  }

  private static String mutate(String src, Random rnd) {
    List<String> toks = new ArrayList<>(List.of(src.split("(?<=[ \\n;(){},])|(?=[ \\n;(){},])")));
    switch (rnd.nextInt(6)) {
      case 0: // truncate
        return src.substring(0, rnd.nextInt(src.length()));
      case 1: { // delete a run
        int a = rnd.nextInt(toks.size());
        int b = Math.min(toks.size(), a + 1 + rnd.nextInt(8));
        toks.subList(a, b).clear();
        break;
      }
      case 2: { // duplicate a run
        int a = rnd.nextInt(toks.size());
        int b = Math.min(toks.size(), a + 1 + rnd.nextInt(8));
        toks.addAll(b, new ArrayList<>(toks.subList(a, b)));
        break;
      }
      case 3: // swap two tokens, a few times
        for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
          java.util.Collections.swap(toks, rnd.nextInt(toks.size()), rnd.nextInt(toks.size()));
        }
        break;
      case 4: // insert soup
        for (int k = 0; k < 1 + rnd.nextInt(6); k++) {
          toks.add(rnd.nextInt(toks.size() + 1), " " + SOUP[rnd.nextInt(SOUP.length)] + " ");
        }
        break;
      default: { // pure soup
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 5 + rnd.nextInt(80); k++) {
          sb.append(SOUP[rnd.nextInt(SOUP.length)]).append(' ');
        }
        return sb.toString();
      }
    }
    return String.join("", toks);
  }
}
