package dev.vigor.engine.exec;

import dev.vigor.engine.catalog.NfPropertiesFile;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the interpreters need from an NF's nf.properties: the packet lengths to consider, the
 * values of NF_CONFIG constants ({@code config.NAME = VALUE}), and the NF_CONFIG constants left
 * open ({@code config.NAME = any}: verified for every value of their C type), read by
 * {@link NfPropertiesFile}.
 */
public record NfConfig(int minLength, int maxLength, Map<String, Long> constants, long maxSteps,
    long maxPathSteps, Set<String> anyValue) {
  /** The nf.properties value that leaves a configuration value open. */
  public static final String ANY = "any";

  /**
   * Statements a concrete run (nf_init, a replay) may take when nobody says otherwise: bounds
   * its time (a few seconds per million) and memory; nf_init past it decides nothing.
   */
  public static final long DEFAULT_MAX_STEPS = 5_000_000;

  /**
   * Statements one symbolic path of nf_process may take: a symbolic statement costs far more
   * (Z3 terms, the C trace), about 10 KB and 0.1 ms, so the bound is lower; a path past it is
   * undecided. Real NFs' paths take hundreds (a loop over a whole packet, a few thousand).
   */
  public static final long DEFAULT_MAX_PATH_STEPS = 50_000;

  /** Settings with the default step budgets, every configuration value fixed. */
  public NfConfig(int minLength, int maxLength, Map<String, Long> constants) {
    this(minLength, maxLength, constants, DEFAULT_MAX_STEPS, DEFAULT_MAX_PATH_STEPS, Set.of());
  }

  /** The same settings with other step budgets (concrete runs, symbolic paths). */
  public NfConfig withStepBudgets(long steps, long pathSteps) {
    return new NfConfig(minLength, maxLength, constants, steps, pathSteps, anyValue);
  }

  /**
   * The same settings with the open values fixed at the given ones (a counterexample's, to
   * replay it): a concrete run needs every value.
   */
  public NfConfig withValues(Map<String, Long> chosen) {
    Map<String, Long> all = new HashMap<>(constants);
    all.putAll(chosen);
    Set<String> open = new java.util.HashSet<>(anyValue);
    open.removeAll(chosen.keySet());
    return new NfConfig(minLength, maxLength, all, maxSteps, maxPathSteps, open);
  }

  public NfConfig {
    if (maxSteps < 1 || maxPathSteps < 1) {
      throw new IllegalArgumentException("step budgets must be positive, not " + maxSteps + ", "
          + maxPathSteps);
    }
    constants = Map.copyOf(constants);
    anyValue = Set.copyOf(anyValue);
    if (minLength < 0 || maxLength > 65535 || minLength > maxLength) {
      throw new IllegalArgumentException("packet lengths must satisfy 0 <= min <= max <= 65535, got "
          + minLength + ".." + maxLength);
    }
  }

  /** Lengths 0..1514 and no constants. */
  public static NfConfig defaults() {
    return new NfConfig(0, 1514, Map.of());
  }

  /**
   * Reads nfDir/nf.properties (defaults when absent); a bad one is an
   * {@link dev.vigor.engine.catalog.NfPropertiesException} with each problem at its line and column.
   */
  public static NfConfig load(Path nfDir) throws IOException {
    Path file = nfDir.resolve("nf.properties");
    if (!Files.exists(file)) {
      return defaults();
    }
    NfPropertiesFile p = NfPropertiesFile.readValid(file);
    Map<String, Long> constants = new HashMap<>();
    Set<String> open = new java.util.HashSet<>();
    // readValid checked each is "any" or a whole number of at most 64 bits
    p.withPrefix("config.").forEach((name, e) -> {
      if (NfPropertiesFile.isAny(e)) {
        open.add(name);
      } else {
        constants.put(name, NfPropertiesFile.integer(e.value()).orElseThrow().longValue());
      }
    });
    int min = p.get("packet.min_length").flatMap(e -> NfPropertiesFile.integer(e.value()))
        .map(java.math.BigInteger::intValue).orElse(0);
    int max = p.get("packet.max_length").flatMap(e -> NfPropertiesFile.integer(e.value()))
        .map(java.math.BigInteger::intValue).orElse(1514);
    if (min > max) {
      // only one of the two is written, and the default of the other is on the wrong side
      SourceLocation at = p.get("packet.min_length").or(() -> p.get("packet.max_length"))
          .orElseThrow().valueAt();
      throw new dev.vigor.engine.catalog.NfPropertiesException(List.of(Diagnostic.error(at,
          "packet lengths " + min + ".." + max + " leave no packet to analyse (packet.min_length"
              + " defaults to 0, packet.max_length to 1514); set both")));
    }
    return new NfConfig(min, max, constants, DEFAULT_MAX_STEPS, DEFAULT_MAX_PATH_STEPS, open);
  }
}
