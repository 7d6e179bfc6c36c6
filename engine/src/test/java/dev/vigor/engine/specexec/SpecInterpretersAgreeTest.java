package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two spec interpreters agree: on thousands of seeded random concrete inputs per catalog spec
 * and property (packets biased to the headers specs pop, devices, times from zero to the end of
 * time, tables empty, partly filled and full, entries stamped around each expiry time), the
 * symbolic interpreter with every input pinned takes the concrete interpreter's path and no
 * other, with the same outcome, final tables, asserts and side conditions.
 *
 * <p>How the symbolic side is decided is {@link PinnedSymbolicRun}'s; tables are scaled down to
 * {@link #CAPACITY} entries (for both interpreters alike) so that a full table is small enough to
 * pin entry by entry. An NF's inputs are made once, from its full spec, and run through each of
 * its specs. The seed is fixed; {@code -Dseed=N} runs another one (a failure prints the one to
 * rerun), {@code -Dspec.agreement.inputs=N} changes how many inputs each NF gets.
 */
class SpecInterpretersAgreeTest {
  static final long SEED = Long.getLong("seed", 7L);
  static final int INPUTS = Integer.getInteger("spec.agreement.inputs", 2000);
  /** Tables are scaled to this capacity, so a full one fits in a query entry by entry. */
  static final int CAPACITY = 4;

  static Stream<Arguments> catalogSpecs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String nf : List.of("bridge", "firewall", "nop", "policer")) {
      Path dir = CatalogSpec.CATALOG.resolve(nf);
      out.add(Arguments.of(nf, "spec.py"));
      if (Files.isDirectory(dir.resolve("props"))) {
        try (Stream<Path> props = Files.list(dir.resolve("props"))) {
          props.map(p -> "props/" + p.getFileName()).filter(p -> p.endsWith(".py")).sorted()
              .forEach(p -> out.add(Arguments.of(nf, p)));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("catalogSpecs")
  void symbolicRunPinnedToAConcreteInputTakesTheConcretePathAndEndsTheSame(String nf, String file)
      throws Exception {
    CatalogSpec spec = CatalogSpec.load(nf, file).withCapacityAtMost(CAPACITY);
    List<ConcreteSpecInputs> inputs = inputs(nf);
    Set<String> endings = new LinkedHashSet<>();
    int partly = 0;
    try (PinnedSymbolicRun symbolic = new PinnedSymbolicRun(spec)) {
      for (int n = 0; n < inputs.size(); n++) {
        ConcreteSpecInputs in = inputs.get(n);
        SpecRunResult<BigInteger, Boolean, Bits, AbstractState> concrete = null;
        Optional<String> why;
        try {
          RecordedUpdates run = new RecordedUpdates(spec, in);
          for (int again = 0; again < 3; again++) {
            java.util.OptionalInt index = SpecInputGenerator.allocatorsIndex(in, run.result);
            if (index.isEmpty()) {
              break;
            }
            in = SpecInputGenerator.withIndex(in, index.getAsInt());
            run = new RecordedUpdates(spec, in);
          }
          concrete = run.result;
          why = symbolic.disagreement(in, run);
        } catch (SpecExecutionException e) {
          why = Optional.of("an interpreter failed: " + e.getMessage());
        }
        if (why.isPresent()) {
          fail(nf + "/" + file + ", input " + n + " of seed " + SEED + " (rerun with -Dseed="
              + SEED + "):\n  " + describe(in) + "\n  concrete path "
              + (concrete == null ? "-" : PinnedSymbolicRun.signature(concrete.decisions()))
              + "\n  " + why.get());
        }
        endings.add(PinnedSymbolicRun.signature(concrete.decisions()) + " "
            + concrete.asserts().stream().map(Located::condition).toList());
        partly += concrete.sideConditions().stream().allMatch(Located::condition) ? 0 : 1;
      }
      System.out.printf("%s/%s: %d inputs agree, %d ways through the spec (paths and assert"
          + " values), %d inputs broke a side condition; %d updates checked, %d update shapes"
          + " asked of Z3 so far%n", nf, file, inputs.size(), endings.size(), partly,
          ContractStepCheck.checked, ContractStepCheck.solved);
    }
    // The generator is no good if every input ends the same way, or the spec's values are
    // meaningless on many of them (then little is compared).
    assertTrue(endings.size() >= 2, nf + "/" + file + ": only " + endings);
    assertTrue(partly * 10 < inputs.size(), partly + " inputs broke a side condition");
  }

  private static final Map<String, List<ConcreteSpecInputs>> INPUTS_BY_NF = new HashMap<>();

  /** The NF's inputs, made once for all its specs from its full spec. */
  static List<ConcreteSpecInputs> inputs(String nf) throws Exception {
    if (!INPUTS_BY_NF.containsKey(nf)) {
      SpecInputGenerator g = new SpecInputGenerator(
          CatalogSpec.load(nf, "spec.py").withCapacityAtMost(CAPACITY),
          new Random(SEED * 31 + nf.hashCode()));
      List<ConcreteSpecInputs> out = new ArrayList<>();
      for (int n = 0; n < INPUTS; n++) {
        out.add(g.next());
      }
      INPUTS_BY_NF.put(nf, out);
    }
    return INPUTS_BY_NF.get(nf);
  }

  static String describe(ConcreteSpecInputs in) {
    return "packet=" + HexFormat.of().formatHex(in.packet()) + " length=" + in.length()
        + " port=" + in.receivedOnPort() + " now=" + in.now() + " allocated="
        + in.theIndexAllocated() + " nf=" + in.nfOutcome().orElseThrow() + "\n  states="
        + in.states();
  }
}
