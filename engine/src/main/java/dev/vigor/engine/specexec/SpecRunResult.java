package dev.vigor.engine.specexec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One path of a spec, as a walk found it: the decisions taken, how it ends, each imported object's
 * final state, the asserts that must hold, the side conditions under which the walk's values are
 * meaningful (no division by zero, keys and indices fit their C types, no missing key read), and
 * the keys/indices it applied to each object, and where each object was last updated.
 */
public record SpecRunResult<I, B, W, S>(
    List<Decision<B>> decisions,
    SpecOutcome<I> outcome,
    Map<String, S> finalStates,
    List<Located<B>> asserts,
    List<Located<B>> sideConditions,
    Map<String, MentionedPoints<I, W>> points,
    Map<String, dev.vigor.engine.diag.SourceLocation> updatedAt) {
  public SpecRunResult {
    decisions = List.copyOf(decisions);
    finalStates = Collections.unmodifiableMap(new LinkedHashMap<>(finalStates));
    asserts = List.copyOf(asserts);
    sideConditions = List.copyOf(sideConditions);
    points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    updatedAt = Collections.unmodifiableMap(new LinkedHashMap<>(updatedAt));
  }
}
