package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed spec given to {@code vigor verify} is bad input (exit 3) reported at the intended
 * file:line:col, before any symbolic execution. The NF-independent bad specs of the checker's
 * tests ({@code spec/bad/}, their first line {@code # expect: [file:]line:col: message}) are checked
 * against the NOP; {@code verify-bad/} holds mistakes against the bridge's real interface.
 */
class BadSpecsVerifyCliTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));
  /**
   * Files whose expected message is about the open world (no NF): there an unknown name may be a
   * state object or a constant; against the NOP, which exports nothing, the same place rightly
   * gets "unknown state object" or "unknown name" instead.
   */
  static final Set<String> OPEN_WORLD_ONLY = Set.of("in_not_imported.py", "state_not_imported.py",
      "subscript_not_imported.py", "unknown_constant.py", "update_as_value.py", "wrong_arity.py");
  static final Pattern EXPECT =
      Pattern.compile("^# expect: (?:([\\w.-]+\\.py):)?(\\d+):(\\d+): (.*)$");

  static Stream<Arguments> badSpecs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    collect(Path.of("src/test/resources/spec/bad"), "nop", out);
    collect(Path.of("src/test/resources/verify-bad"), "bridge", out);
    return out.stream();
  }

  private static void collect(Path dir, String nf, List<Arguments> out) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        boolean expects = !lines.isEmpty() && lines.get(0).startsWith("# expect:");
        boolean testInterface = lines.size() > 1 && lines.get(1).equals("# mode: nf");
        boolean openWorld = nf.equals("nop") && OPEN_WORLD_ONLY.contains(f.getFileName().toString());
        // "mode: nf" files target the checker's test interface, not a real NF
        if (expects && !testInterface && !openWorld) {
          out.add(Arguments.of(f.getFileName().toString(), f, nf));
        }
      }
    }
  }

  @Test
  void thereAreAtLeastFifteenAndTheBridgeInterfaceIsCovered() throws IOException {
    List<Arguments> all = badSpecs().toList();
    assertTrue(all.size() >= 15, all.size() + " bad specs");
    assertTrue(all.stream().filter(a -> a.get()[2].equals("bridge")).count() >= 8);
  }

  @ParameterizedTest(name = "{0} against {2}")
  @MethodSource("badSpecs")
  void exitsThreeWithTheIntendedMessage(String name, Path file, String nf) throws IOException {
    Matcher m = EXPECT.matcher(Files.readAllLines(file).get(0));
    assertTrue(m.matches(), "bad expectation line in " + file);
    String where = (m.group(1) != null ? m.group(1) : name) + ":" + m.group(2) + ":" + m.group(3)
        + ": error: ";
    CheckCommandTest.Run r = CheckCommandTest.run("verify", CATALOG.resolve(nf).toString(),
        "--spec", file.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
    boolean found = r.err().lines().anyMatch(l -> {
      int at = l.indexOf(where);
      return at >= 0 && (at == 0 || l.charAt(at - 1) == '/')
          && l.substring(at + where.length()).contains(m.group(4));
    });
    assertTrue(found, "expected '" + where + m.group(4) + "' in:\n" + r.err());
    assertTrue(r.out().contains("BAD INPUT"), r.out());
    assertFalse(r.out().contains("traces"), "nothing should be verified:\n" + r.out());
  }
}
