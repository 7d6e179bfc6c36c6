package dev.vigor.rfc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random inputs (bounded in size): random bytes, random text, and the good documents with
 * lines shuffled, dropped, duplicated or cut short. The importer either returns a consistent
 * document or throws {@link DiagnosticException} with a message; nothing else escapes, nothing hangs.
 */
class RobustnessTest {
  private static final long SEED = 0x5eed_2026L;
  private static final String[] GOOD = {
    "packet-relay.txt", "learning-bridge.txt", "stateful-filter.txt", "consistent-hash-lb.txt",
    "token-bucket-policing.txt", "flow-sampling.txt"
  };

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard, not a speed target
  void randomInputsNeverCrashTheImporter() {
    Random random = new Random(SEED);
    int imported = 0;
    int rejected = 0;
    for (int round = 0; round < 600; round++) {
      byte[] input = input(random, round % 7);
      try {
        check(RfcImporter.importBytes("fuzz-" + round + ".txt", input), input);
        imported++;
      } catch (DiagnosticException e) {
        assertFalse(e.diagnostics().isEmpty());
        assertTrue(e.diagnostics().get(0).isError());
        rejected++;
      }
    }
    // Both outcomes occur, so the generator exercises both paths.
    assertTrue(imported > 100, "imported " + imported);
    assertTrue(rejected > 50, "rejected " + rejected);
  }

  private static void check(RfcDocument doc, byte[] input) {
    assertNotNull(doc.root());
    List<String> ids = doc.requirements().stream().map(Requirement::id).toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), "requirement ids are unique");
    int lines = 1;
    for (byte b : input) {
      lines += b == '\n' || b == '\r' ? 1 : 0;
    }
    for (Requirement r : doc.requirements()) {
      assertTrue(r.location().line() <= lines, r.toString());
      assertTrue(r.sentence().contains(r.keyword().text().split(" ")[0]), r.toString());
    }
  }

  private static byte[] input(Random random, int kind) {
    switch (kind) {
      case 0: {
        byte[] b = new byte[random.nextInt(4096)];
        random.nextBytes(b);
        return b;
      }
      case 1: {
        String alphabet = "MUST NOT SHOULD MAY 1.2. A.1 Appendix [Page 3] RFC 42 .\n\n\f\r\t   ....  e.g. \"";
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(4096);
        for (int i = 0; i < n; i++) {
          s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
      }
      default: {
        List<String> lines = new ArrayList<>(Arrays.asList(goodText(random).split("\n", -1)));
        switch (kind) {
          case 2 -> Collections.shuffle(lines, random);
          case 3 -> {
            for (int i = random.nextInt(20); i > 0 && !lines.isEmpty(); i--) {
              lines.remove(random.nextInt(lines.size()));
            }
          }
          case 6 -> {
            // Page furniture, tabs and control characters where they do not belong.
            String[] junk = {"\f", "RFC 1  Title  May 2026", "Author   Info   [Page 7]", "\t", "\u001b", "Table of Contents"};
            for (int i = random.nextInt(30); i > 0 && !lines.isEmpty(); i--) {
              lines.add(random.nextInt(lines.size()), junk[random.nextInt(junk.length)]);
            }
          }
          case 4 -> {
            for (int i = random.nextInt(20); i > 0 && !lines.isEmpty(); i--) {
              int at = random.nextInt(lines.size());
              lines.add(random.nextInt(lines.size()), lines.get(at));
            }
          }
          default -> {
            String joined = String.join("\n", lines);
            return joined.substring(0, random.nextInt(joined.length() + 1)).getBytes(StandardCharsets.UTF_8);
          }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  private static String goodText(Random random) {
    return new String(TestDocs.bytes("good/" + GOOD[random.nextInt(GOOD.length)]), StandardCharsets.UTF_8);
  }
}
