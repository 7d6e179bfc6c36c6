package dev.vigor.engine.specexec;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.ir.HeaderType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How a spec path ends, with its values in a domain's integers {@code I}. */
public sealed interface SpecOutcome<I> {
  /** Where the path's end was decided (the return, pass, or pop_header); empty at the block's end. */
  Optional<SourceLocation> at();

  /**
   * A return (or a pop_header's on_mismatch, then {@code mismatch} is set): the packet goes on
   * {@code ports} carrying {@code headers}.
   */
  record Sent<I>(SourceLocation where, Ports<I> ports, Headers<I> headers, boolean mismatch)
      implements SpecOutcome<I> {
    @Override
    public Optional<SourceLocation> at() {
      return Optional.of(where);
    }

    /** Whether this is {@code ([], [])}. */
    public boolean isDrop() {
      return ports instanceof PortList<I> p && p.ports().isEmpty();
    }
  }

  /** {@code pass}: nothing is required on this path. */
  record Released<I>(SourceLocation where) implements SpecOutcome<I> {
    @Override
    public Optional<SourceLocation> at() {
      return Optional.of(where);
    }
  }

  /** The block ended without a return: the outcome is free, the final state is not. */
  record Unconstrained<I>() implements SpecOutcome<I> {
    @Override
    public Optional<SourceLocation> at() {
      return Optional.empty();
    }
  }

  /** Output ports. */
  sealed interface Ports<I> {}

  /** Exactly these ports; an empty element is {@code ...} (one port, any). */
  record PortList<I>(List<Optional<I>> ports) implements Ports<I> {
    public PortList {
      ports = List.copyOf(ports);
    }
  }

  /** Every device but the one the packet came in on. */
  record Broadcast<I>() implements Ports<I> {}

  /** Output headers. */
  sealed interface Headers<I> {}

  /** The packet as received. */
  record Unchanged<I>() implements Headers<I> {}

  /** Exactly these headers, outermost first. */
  record Stack<I>(List<HeaderOut<I>> headers) implements Headers<I> {
    public Stack {
      headers = List.copyOf(headers);
    }
  }

  /** One output header: each canonical field's value, or empty for {@code ...}. */
  record HeaderOut<I>(HeaderType type, Map<String, Optional<I>> fields) {
    public HeaderOut {
      fields = Map.copyOf(fields);
    }
  }
}
