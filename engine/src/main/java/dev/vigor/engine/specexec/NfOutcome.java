package dev.vigor.engine.specexec;

/**
 * What the NF did with the packet on a path, its device numbers in a domain's integers: dropped
 * it, sent it on one device, or flooded it (every device but the one it came in on). The output
 * packet's bytes are given separately, where agreement is checked.
 */
public sealed interface NfOutcome<I> {
  /** Dropped. */
  record Drop<I>() implements NfOutcome<I> {}

  /** Sent on {@code device}. */
  record Device<I>(I device) implements NfOutcome<I> {}

  /** Flooded. */
  record Flood<I>() implements NfOutcome<I> {}
}
