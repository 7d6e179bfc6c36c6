package dev.vigor.rfc.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bridge and firewall templates' stubs, filled in by hand (src/test/resources/filled), are
 * properties the catalog's NF satisfies. Always: each filled file is its stub (comments only) with
 * a body below, it checks clean against the NF's interface, and every one is proved
 * (one verification run per NF, a few seconds each).
 */
class FilledStubsVerifyTest {
  private static final long TRACE_TIMEOUT_MS = 60_000;
  private static final List<String> NFS = List.of("bridge", "firewall");

  @TestFactory
  Stream<DynamicTest> everyStubIsFilledInAndChecksCleanAgainstTheNf() {
    return NFS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Path nfDir = nfDir(name);
      var shape = Optional.of(SpecInterfaces.of(LoadedNf.load(nfDir)));
      for (Path f : filledFiles(name)) {
        SpecCheckResult r = SpecChecker.check(f,
            new ImportSearch(Optional.of(nfDir.resolve("props")), List.of()), shape);
        assertTrue(r.diagnostics().isEmpty(), f + ": " + r.diagnostics().stream().map(Diagnostic::format).toList());
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyFilledStubIsProved() {
    return NFS.stream().map(name -> DynamicTest.dynamicTest(name, () -> assertAllProved(name, filledFiles(name))));
  }

  /** The filled file of every property of the template, each checked to be its stub plus a body. */
  private static List<Path> filledFiles(String name) throws Exception {
    TemplateCatalog catalog = TemplateCatalog.load();
    Template template = catalog.find(name).orElseThrow();
    Path filled = resource("filled/" + name);
    List<Path> files = new ArrayList<>();
    for (String property : template.properties()) {
      Path f = filled.resolve(property + ".py");
      assertTrue(Files.isRegularFile(f), "no filled-in " + f);
      String stub = catalog.content(template, "props/" + property + ".py");
      assertTrue(stub.lines().allMatch(l -> l.startsWith("#")), "the stub of " + property + " is not all comments");
      String text = Files.readString(f);
      assertTrue(text.startsWith(stub), f + " is not its stub filled in: it should start with\n" + stub);
      assertFalse(text.substring(stub.length()).isBlank(), f + " is still a stub");
      files.add(f);
    }
    return files;
  }

  private static void assertAllProved(String name, List<Path> files) throws Exception {
    Path nfDir = nfDir(name);
    Verification.Result result = Verification.run(nfDir, LoadedNf.load(nfDir), files, TRACE_TIMEOUT_MS);
    assertEquals(files.size(), result.specs().size());
    for (Verification.SpecResult r : result.specs()) {
      assertTrue(r.diagnostics().isEmpty(), r.file() + ": " + r.diagnostics().stream().map(Diagnostic::format).toList());
      assertFalse(r.traces().isEmpty(), r.file() + ": no traces were validated");
      assertEquals(Verdict.PROVED, r.verdict(), r.file() + ": " + r.traces().stream()
          .filter(t -> t.verdict() != Verdict.PROVED).map(t -> t.traceId() + " " + t.reasons()).toList());
    }
  }

  private static Path nfDir(String name) {
    return Path.of(System.getProperty("vigor.catalog")).resolve(name);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(FilledStubsVerifyTest.class.getClassLoader().getResource(name).toURI());
  }
}
