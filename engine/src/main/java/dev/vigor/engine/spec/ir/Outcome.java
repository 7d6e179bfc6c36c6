package dev.vigor.engine.spec.ir;

import dev.vigor.engine.diag.SourceLocation;
import java.util.List;

/** What the NF must do with the packet on a path: the ports it is sent on and the headers it carries. */
public record Outcome(SourceLocation at, Ports ports, Headers headers) {

  /** The output ports. */
  public sealed interface Ports {}

  /** Exactly these ports, in any order; an element may be {@link Expr.Wildcard} (one port, any). */
  public record PortList(List<Expr> ports) implements Ports {
    public PortList {
      ports = List.copyOf(ports);
    }
  }

  /** Every device but {@code received_on_port}. */
  public record Broadcast() implements Ports {}

  /** The headers the sent packet carries. */
  public sealed interface Headers {}

  /** Exactly these headers, outermost first; each is a header-typed expression. */
  public record HeaderStack(List<Expr> headers) implements Headers {
    public HeaderStack {
      headers = List.copyOf(headers);
    }
  }

  /** The packet as received ({@code pkt}), unchanged. */
  public record UnchangedPacket() implements Headers {}

  /** Whether this is {@code ([], [])}: the packet is dropped. */
  public boolean isDrop() {
    return ports instanceof PortList p && p.ports().isEmpty();
  }

  /** {@code ([], [])}. */
  public static Outcome drop(SourceLocation at) {
    return new Outcome(at, new PortList(List.of()), new HeaderStack(List.of()));
  }
}
