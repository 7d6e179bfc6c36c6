package dev.vigor.engine.specexec;

import dev.vigor.engine.diag.SourceLocation;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the spec says for one concrete packet: its outcome, each imported object's final state,
 * the asserts that failed and the side conditions broken (the spec's values were meaningless:
 * a missing key read, a value too wide for its C type), the decisions taken, and the deciding
 * spec location (the return, pass or pop_header reached; empty when the block ran to its end),
 * and the spec line that last updated each object.
 */
public record ConcreteSpecResult(
    SpecOutcome<BigInteger> outcome,
    Map<String, AbstractState> finalStates,
    List<Located<Boolean>> failedAsserts,
    List<Located<Boolean>> brokenSideConditions,
    List<Decision<Boolean>> decisions,
    Map<String, SourceLocation> updatedAt) {
  public ConcreteSpecResult {
    finalStates = Map.copyOf(finalStates);
    failedAsserts = List.copyOf(failedAsserts);
    brokenSideConditions = List.copyOf(brokenSideConditions);
    decisions = List.copyOf(decisions);
    updatedAt = Map.copyOf(updatedAt);
  }

  /** The location of the return, pass or pop_header that ended the path. */
  public Optional<SourceLocation> decidingLocation() {
    return outcome.at();
  }

  /** The first failed assert, if any. */
  public Optional<Located<Boolean>> failedAssert() {
    return failedAsserts.stream().findFirst();
  }
}
