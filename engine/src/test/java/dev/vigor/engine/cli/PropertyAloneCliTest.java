package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalog property of every catalog NF verified alone ({@code vigor verify NF --prop NAME}) is proved. */
class PropertyAloneCliTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));

  static Stream<Arguments> properties() throws IOException {
    List<Arguments> out = new ArrayList<>();
    List<String> nfs;
    try (Stream<Path> s = Files.list(CATALOG)) {
      nfs = s.filter(d -> Files.isDirectory(d.resolve("props"))).map(d -> d.getFileName().toString())
          .sorted().toList();
    }
    assertTrue(nfs.size() >= 6, "catalog NFs with properties: " + nfs);
    for (String nf : nfs) {
      try (Stream<Path> s = Files.list(CATALOG.resolve(nf).resolve("props"))) {
        s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted()
            .forEach(n -> out.add(Arguments.of(nf, n.substring(0, n.length() - 3))));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} --prop {1}")
  @MethodSource("properties")
  void isProvedAlone(String nf, String prop) {
    CheckCommandTest.Run r = CheckCommandTest.run("verify", CATALOG.resolve(nf).toString(),
        "--prop", prop);
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), "only the one property is verified: " + r.out());
    assertEquals("result: proved (1 of 1 specs proved)", lines.get(1), r.out());
    assertTrue(lines.get(0).matches("props/" + prop + "\\.py\\s+proved\\s+traces \\d+: (\\d+) proved, 0 violated, 0 unknown.*"),
        r.out());
  }
}
