package dev.vigor.engine.layers;

import java.util.List;
import java.util.Map;

/**
 * A check of a stack layer that fails on some path ({@code failed}) or that the solver could not
 * decide: which check, where ({@code file:line:col}), what it says, the open values
 * ({@code vig_any_*}, by where they were taken) that make it fail, and the C trace up to it.
 */
public record LayerFinding(String check, String loc, String message, boolean failed,
    Map<String, String> inputs, List<String> cSteps) {
  public LayerFinding {
    inputs = Map.copyOf(inputs);
    cSteps = List.copyOf(cSteps);
  }
}
