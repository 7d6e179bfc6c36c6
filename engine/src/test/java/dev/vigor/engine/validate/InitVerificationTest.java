package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * nf_init against init specs: the catalog NFs' init.py are proved; wrong init specs
 * ({@code wrong-init/NF/*.init.py} and the pool's, first line {@code # expect: LINE}) are violated
 * with a counterexample decided at LINE; emap indices are matched up to the allocator's choice;
 * an nf_init that fails is a violation.
 */
class InitVerificationTest {
  static final Path CATALOG = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"));
  static final Path POOL = Path.of("src/test/resources/init/pool");
  static final Path WRONG = Path.of("src/test/resources/wrong-init");

  static Verification.SpecResult verify(Path nfDir, Path spec) throws Exception {
    return InitVerification.result(nfDir, LoadedNf.load(nfDir), spec, VerificationObserver.NONE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogNfs")
  void catalogInitSpecsAreProved(String nf) throws Exception {
    Path dir = CATALOG.resolve(nf);
    Verification.SpecResult r = verify(dir, dir.resolve("init.py"));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(1, r.traces().size());
    assertEquals(TraceResult.NF_INIT, r.traces().get(0).traceId());
    assertEquals(Verdict.PROVED, r.verdict(), r.toString());
  }

  static List<String> catalogNfs() {
    return List.of("bridge", "firewall", "nop", "router");
  }

  /** Each wrong init spec with the NF it is about. */
  static List<Path[]> wrongSpecs() throws IOException {
    List<Path[]> out = new java.util.ArrayList<>();
    for (String nf : List.of("bridge", "firewall")) {
      for (Path f : list(WRONG.resolve(nf))) {
        out.add(new Path[] {CATALOG.resolve(nf), f});
      }
    }
    for (Path f : list(POOL)) {
      if (Files.readString(f).startsWith("# expect:")) {
        out.add(new Path[] {POOL, f});
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("wrongSpecs")
  void wrongInitSpecsAreViolatedAtTheirLine(Path nfDir, Path spec) throws Exception {
    int expected = Integer.parseInt(Files.readAllLines(spec).get(0).replace("# expect:", "").trim());
    Verification.SpecResult r = verify(nfDir, spec);
    assertEquals(Verdict.VIOLATED, r.verdict(), r.toString());
    Counterexample c = r.traces().get(0).counterexample().orElseThrow();
    assertTrue(c.specLine().startsWith(spec.toString() + ":" + expected + ":"),
        "expected " + spec + ":" + expected + "\n" + c.render());
    assertTrue(c.input().isBeforeInit());
  }

  @Test
  void aMistypedAddressNamesBothEntriesAndTheLineThatPutIt() throws Exception {
    Path spec = WRONG.resolve("bridge/typo_mac.init.py");
    Counterexample c = verify(CATALOG.resolve("bridge"), spec).traces().get(0).counterexample()
        .orElseThrow();
    assertEquals("nf_init leaves static_macs with [01:80:c2:00:00:00 → StaticValue{device=65535},"
        + " 01:80:c2:00:00:10: absent]", c.nfOutcome());
    assertEquals("requires static_macs with [01:80:c2:00:00:00: absent,"
        + " 01:80:c2:00:00:10 → StaticValue{device=65535}]", c.specOutcome());
    assertEquals(spec + ":8:1", c.specLine());
    assertTrue(c.render().contains("input: nf_init, before any packet, every table empty"),
        c.render());
    // the C steps are nf_init's: the loop over the rules and its map_put calls
    assertEquals(4, c.cSteps().stream().filter(s -> s.endsWith("call map_put")).count(),
        c.cSteps().toString());
  }

  @Test
  void emapIndicesAreTheAllocatorsChoice() throws Exception {
    // init.py adds the backends in another order than nf_init: proved all the same
    assertEquals(Verdict.PROVED, verify(POOL, POOL.resolve("init.py")).verdict());
    // a key added and erased again leaves nothing behind, whichever index it had
    assertEquals(Verdict.PROVED, verify(POOL, POOL.resolve("added_then_erased.init.py")).verdict());
  }

  @Test
  void nfInitReturningFalseIsAViolation(@TempDir Path tmp) throws Exception {
    Path dir = copyPool(tmp, "#define CAPACITY 8", "#define CAPACITY 2");
    Counterexample c = verify(dir, dir.resolve("init.py")).traces().get(0).counterexample()
        .orElseThrow();
    assertEquals("nf_init returns false: the NF does not start", c.nfOutcome());
    assertTrue(c.cSteps().get(c.cSteps().size() - 1).endsWith("return"), c.cSteps().toString());
  }

  @Test
  void besidePacketSpecsNfInitReturningFalseViolatesTheInitSpecAndLeavesTheRestUnchecked(
      @TempDir Path tmp) throws Exception {
    Path dir = copyPool(tmp, "#define CAPACITY 8", "#define CAPACITY 2");
    Path packets = Files.writeString(dir.resolve("spec.py"), "return DROP\n");
    Verification.Result r = Verification.run(dir, LoadedNf.load(dir),
        List.of(dir.resolve("init.py"), packets), 60_000);
    assertEquals(Verdict.VIOLATED, r.specs().get(0).verdict(), r.toString());
    assertEquals(Verdict.UNKNOWN, r.specs().get(1).verdict(), r.toString());
    assertEquals(List.of(), r.specs().get(1).traces());
    assertTrue(r.stopped().contains("nf_init returned false"), r.stopped());
    assertEquals(Verdict.VIOLATED, r.verdict());
  }

  @Test
  void aLowLevelFailureInNfInitIsAViolation(@TempDir Path tmp) throws Exception {
    Path dir = copyPool(tmp, "for (int i = 0; i < 3; i++) {", "for (int i = 0; i < 4; i++) {");
    Verification.SpecResult r = verify(dir, dir.resolve("init.py"));
    assertEquals(Verdict.VIOLATED, r.verdict(), r.toString());
    String nf = r.traces().get(0).counterexample().orElseThrow().nfOutcome();
    assertEquals("nf_init fails a low-level check: ARRAY_INDEX at pool.c:25:33: indexes an array"
        + " of 3 elements out of bounds", nf);
  }

  @Test
  void aMeaninglessInitSpecIsUnknownWithTheLine(@TempDir Path tmp) throws Exception {
    Path spec = Files.writeString(tmp.resolve("init.py"), """
        from state import backend_ips
        backend_ips.add(0x0A000001, the_index_allocated, 0)
        backend_ips.add(0x0A000001, the_index_allocated, 0)
        """);
    Verification.SpecResult r = verify(POOL, spec);
    assertEquals(Verdict.UNKNOWN, r.verdict(), r.toString());
    String reason = r.traces().get(0).reasons().get(0);
    assertTrue(reason.startsWith(spec + ":3:1: the init spec is meaningless here (add of a key"
        + " already in the emap)"), reason);
  }

  @Test
  void aMalformedInitSpecIsReportedNotRun(@TempDir Path tmp) throws Exception {
    Path spec = Files.writeString(tmp.resolve("init.py"), "x = now\n");
    Verification.SpecResult r = verify(POOL, spec);
    assertEquals(List.of(), r.traces());
    assertTrue(r.diagnostics().get(0).format().startsWith(spec + ":1:5: error: now is"),
        r.diagnostics().toString());
  }

  @Test
  void verificationRunsInitSpecsBesidePacketSpecsInOrder() throws Exception {
    Path nop = CATALOG.resolve("nop");
    List<TraceResult> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    VerificationObserver observer = new VerificationObserver() {
      @Override
      public void traceDone(Path specFile, TraceResult result) {
        seen.add(result);
      }
    };
    Verification.Result r = Verification.run(nop, LoadedNf.load(nop),
        List.of(nop.resolve("spec.py"), nop.resolve("init.py")), 60_000, 1,
        dev.vigor.engine.run.ProgressListener.NONE, dev.vigor.engine.run.CancelToken.none(),
        observer);
    assertEquals(List.of(nop.resolve("spec.py"), nop.resolve("init.py")),
        r.specs().stream().map(Verification.SpecResult::file).toList());
    assertEquals(2, r.specs().get(0).traces().size());
    assertEquals(TraceResult.NF_INIT, r.specs().get(1).traces().get(0).traceId());
    assertTrue(seen.stream().anyMatch(t -> t.traceId() == TraceResult.NF_INIT));
    // an init spec alone needs no symbolic execution: no tree, no traces
    Verification.Result alone = Verification.run(nop, LoadedNf.load(nop),
        List.of(nop.resolve("init.py")), 60_000);
    assertEquals(null, alone.tree());
    assertEquals(Verdict.PROVED, alone.specs().get(0).verdict());
  }

  private static Path copyPool(Path tmp, String find, String replace) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("pool"));
    for (Path f : list(POOL, "")) {
      Files.copy(f, dir.resolve(f.getFileName().toString()));
    }
    Path c = dir.resolve("pool.c");
    String text = Files.readString(c);
    assertTrue(text.contains(find), find);
    Files.writeString(c, text.replace(find, replace));
    return dir;
  }

  private static List<Path> list(Path dir) throws IOException {
    return list(dir, ".py");
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
