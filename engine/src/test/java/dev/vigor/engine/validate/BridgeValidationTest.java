package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.mutation.Mutant;
import dev.vigor.engine.nf.LoadedNf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bridge's spec and properties are proved on every trace; each mutant breaks them with a
 * replay-confirmed counterexample naming the spec line, for a wrong output or a wrong final table.
 */
class BridgeValidationTest {
  static final Path BRIDGE = Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve("bridge");
  @org.junit.jupiter.api.io.TempDir Path tmp;

  /** The bridge with a bug of mutation/bridge-mutants.txt planted. */
  Path mutant(String name) throws Exception {
    return Mutant.named("bridge", name).plantIn("bridge", tmp);
  }

  static Verification.Result verify(Path dir, String... files) throws Exception {
    List<Path> specs = java.util.Arrays.stream(files).map(dir::resolve).toList();
    return Verification.run(dir, LoadedNf.load(dir), specs, 120_000);
  }

  @Test
  void specAndPropertiesProvedOnEveryTrace() throws Exception {
    Verification.Result r = verify(BRIDGE, "spec.py", "props/no_loop.py", "props/learn.py",
        "props/static_drop.py");
    assertTrue(r.lowLevel().isEmpty(), r.lowLevel().toString());
    for (Verification.SpecResult s : r.specs()) {
      assertEquals(19, s.traces().size());
      s.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), s.file() + ": " + t));
    }
  }

  @Test
  void floodingAFrameForAStationOnItsOwnPortViolatesTheSpec() throws Exception {
    Verification.Result r = verify(mutant("flood-back"), "spec.py");
    Verification.SpecResult s = r.specs().get(0);
    assertEquals(Verdict.VIOLATED, s.verdict());
    List<Counterexample> cs = s.traces().stream().flatMap(t -> t.counterexample().stream()).toList();
    assertFalse(cs.isEmpty());
    for (Counterexample c : cs) {
      assertEquals("flood (unchanged)", c.nfOutcome());
      assertEquals("drop", c.specOutcome());
      assertTrue(c.specLine().contains("spec.py:33:"), c.specLine()); // "return DROP" of the learned case
    }
  }

  @Test
  void aPropertyRequiringRewrittenHeadersShowsThemAsASpecWritesThem() throws Exception {
    // Wrong on purpose: the bridge floods unknown destinations unchanged.
    Path prop = tmp.resolve("rewrites_source.py");
    java.nio.file.Files.writeString(prop, """
        from state import dyn_macs, static_macs
        h = pop_header(ether, on_mismatch=([], []))
        if h.daddr in static_macs or h.daddr in dyn_macs:
            pass
        else:
            return BROADCAST, [ether(h, saddr=0x0a0000000001)]
        """);
    Verification.SpecResult s = verify(BRIDGE, prop.toString()).specs().get(0);
    assertEquals(Verdict.VIOLATED, s.verdict());
    Counterexample c = s.traces().stream().flatMap(t -> t.counterexample().stream())
        .findFirst().orElseThrow();
    assertEquals("flood (unchanged)", c.nfOutcome());
    assertTrue(c.specOutcome().matches("broadcast with \\[ether\\(saddr=0a:00:00:00:00:01,"
        + " daddr=([0-9a-f]{2}:){5}[0-9a-f]{2}, type=[0-9]+\\)\\]; ether saddr is"
        + " ([0-9a-f]{2}:){5}[0-9a-f]{2}, the spec requires 0a:00:00:00:00:01"), c.specOutcome());
    assertTrue(c.specLine().contains("rewrites_source.py:6:"), c.specLine());
  }

  @Test
  void sendingBackOnAStaticEntrysPortViolatesSpecAndNoLoop() throws Exception {
    Verification.Result r = verify(mutant("static-back"), "spec.py",
        "props/no_loop.py");
    Counterexample spec = r.specs().get(0).traces().stream()
        .flatMap(t -> t.counterexample().stream()).findFirst().orElseThrow();
    assertTrue(spec.specLine().contains("spec.py:27:"), spec.specLine()); // static "return DROP"
    assertEquals("send on device " + spec.input().device() + " (unchanged)", spec.nfOutcome());
    Counterexample loop = r.specs().get(1).traces().stream()
        .flatMap(t -> t.counterexample().stream()).findFirst().orElseThrow();
    assertTrue(loop.specOutcome().startsWith("assert failed"), loop.specOutcome());
    assertTrue(loop.specLine().contains("no_loop.py:3:"), loop.specLine());
  }

  @Test
  void returningStaticDropAsADeviceIsALowLevelViolationAndNothingIsProvedOnThosePaths()
      throws Exception {
    // Not in the mutant list: it breaks a low-level check rather than only the spec.
    Mutant ignored = new Mutant("static-drop-ignored", "STATIC_DROP entries no longer drop",
        "if (fixed.device == STATIC_DROP || fixed.device == device) {",
        "if (fixed.device == device) {", List.of());
    Verification.Result r = verify(ignored.plantIn("bridge", tmp), "spec.py");
    assertFalse(r.lowLevel().isEmpty());
    r.lowLevel().forEach(l -> assertEquals(Verdict.VIOLATED, l.verdict(), l.toString()));
    Verification.SpecResult s = r.specs().get(0);
    // the NF fails a low-level check on those paths: whatever the spec says, it does not hold
    // there, and the trace names the check
    assertEquals(Verdict.VIOLATED, s.verdict());
    assertTrue(s.traces().stream().anyMatch(t -> t.verdict() == Verdict.VIOLATED
        && t.counterexample().isEmpty() && t.reasons().stream()
        .anyMatch(x -> x.contains("low-level check VERDICT"))));
  }

  /** The line of props/refresh.py that restamps a known source. */
  private static final int REFRESH_LINE = 13;

  @Test
  void notRestampingAKnownSourceIsAConfirmedFinalStateViolation() throws Exception {
    Verification.Result r = verify(mutant("no-refresh"), "props/refresh.py");
    Verification.SpecResult s = r.specs().get(0);
    // Only the final table differs (same outcome): replay compares the NF's concrete tables with
    // the spec's and names the spec line that restamps the entry.
    assertEquals(Verdict.VIOLATED, s.verdict());
    Counterexample c = s.traces().stream().flatMap(t -> t.counterexample().stream())
        .findFirst().orElseThrow();
    assertTrue(c.nfOutcome().contains("leaves dyn_macs"), c.nfOutcome());
    assertTrue(c.specOutcome().contains("requires dyn_macs"), c.specOutcome());
    assertTrue(c.specLine().contains("refresh.py:" + REFRESH_LINE + ":"), c.specLine());
    assertTrue(s.traces().stream().noneMatch(t -> t.verdict() == Verdict.UNKNOWN), s.toString());
  }

  @Test
  void withoutAgeingTheTableUpdatesPropertyIsProvedNotLeftUnknown() throws Exception {
    // The bridge without emap_expire still never learns into a full table nor evicts, which is
    // all table_updates says. The spec's expiry frees a slot iff some entry is old; the emap
    // contract once let an expired key leave the table full when the key's index was not a
    // point, so Z3 offered models no concrete table has and replay ran the spec's pass.
    Verification.SpecResult s = verify(mutant("no-expiry"), "props/table_updates.py").specs().get(0);
    s.traces().forEach(t -> assertEquals(Verdict.PROVED, t.verdict(), t.toString()));
  }

  @Test
  void verdictsDoNotDependOnJobs() throws Exception {
    Path dir = mutant("static-back");
    List<Path> specs = List.of(dir.resolve("props/no_loop.py"));
    LoadedNf nf = LoadedNf.load(dir);
    List<Verdict> one = Verification.run(dir, nf, specs, 120_000, 1).specs().get(0).traces()
        .stream().map(TraceResult::verdict).toList();
    List<Verdict> two = Verification.run(dir, nf, specs, 120_000, 2).specs().get(0).traces()
        .stream().map(TraceResult::verdict).toList();
    assertEquals(one, two);
    assertTrue(one.contains(Verdict.VIOLATED) && one.contains(Verdict.PROVED), one.toString());
  }
}
