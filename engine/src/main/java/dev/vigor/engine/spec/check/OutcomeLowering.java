package dev.vigor.engine.spec.check;

import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.ir.Expr;
import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.Outcome;
import dev.vigor.engine.spec.ir.SpecType;
import dev.vigor.engine.spec.parse.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.python.antlr.PythonTree;
import org.python.antlr.ast.Call;
import org.python.antlr.ast.Name;
import org.python.antlr.ast.Tuple;
import org.python.antlr.base.expr;

/**
 * Lowers the outcome forms: {@code ([ports], [headers])}, {@code DROP}, {@code port, pkt},
 * {@code BROADCAST, pkt}, with {@code ...} wildcards for ports and header fields.
 */
final class OutcomeLowering {
  static final String FORMS = "([ports], [headers]) such as ([1], [ether(h)]), ([], []) or DROP to drop,"
      + " port, pkt to send it unchanged, or BROADCAST, pkt";

  private final SourceFile file;
  private final CheckSession session;
  private final ExpressionLowering expressions;

  OutcomeLowering(SourceFile file, CheckSession session, ExpressionLowering expressions) {
    this.file = file;
    this.session = session;
    this.expressions = expressions;
  }

  /** Lowers {@code node} as an outcome; {@code where} names the context for messages. Empty after an error. */
  Optional<Outcome> lower(PythonTree owner, expr node, String where) {
    if (node == null) {
      session.error(file.at(owner), where + " needs an outcome; write " + FORMS);
      return Optional.empty();
    }
    if (node instanceof Name n && n.getInternalId().equals("DROP")) {
      return Optional.of(Outcome.drop(file.at(node)));
    }
    if (!(node instanceof Tuple tuple) || tuple.getInternalElts().size() != 2) {
      session.error(file.at(node), "malformed outcome of " + where + "; write " + FORMS);
      return Optional.empty();
    }
    Outcome.Ports ports = ports(tuple.getInternalElts().get(0));
    Outcome.Headers headers = headers(tuple.getInternalElts().get(1));
    if (ports == null || headers == null) {
      return Optional.empty();
    }
    return Optional.of(new Outcome(file.at(node), ports, headers));
  }

  private Outcome.Ports ports(expr node) {
    if (node instanceof Name n && n.getInternalId().equals("BROADCAST")) {
      return new Outcome.Broadcast();
    }
    if (node instanceof org.python.antlr.ast.List list) {
      List<Expr> ports = new ArrayList<>();
      for (expr e : list.getInternalElts()) {
        ports.add(port(e));
      }
      return new Outcome.PortList(ports);
    }
    return new Outcome.PortList(List.of(port(node)));
  }

  private Expr port(expr node) {
    if (file.isEllipsis(node)) {
      return new Expr.Wildcard(file.at(node));
    }
    Expr e = expressions.lower(node);
    SpecType t = e.type();
    int devices = session.nf.map(NfInterface::deviceCount).orElse(0);
    if (e instanceof Expr.IntLit lit && devices > 0
        && (lit.value().signum() < 0 || lit.value().compareTo(java.math.BigInteger.valueOf(devices)) >= 0)) {
      session.error(file.at(node), "there is no device " + lit.value() + ": the NF has " + devices + " devices, 0 to "
          + (devices - 1) + "; send on one of those");
    }
    if (!(t.equals(SpecType.INT) || t.equals(SpecType.UNKNOWN) || t instanceof SpecType.Record r && !r.known())) {
      session.error(file.at(node), "a port must be a number (a device), but this is " + ExpressionLowering.describe(t)
          + "; write the ports as a list like [1, received_on_port], or BROADCAST");
    }
    return e;
  }

  private Outcome.Headers headers(expr node) {
    if (node instanceof Name n && n.getInternalId().equals("pkt")) {
      return new Outcome.UnchangedPacket();
    }
    if (!(node instanceof org.python.antlr.ast.List list)) {
      session.error(file.at(node), "the headers of an outcome must be a list; write them like [ether(h), ipv4(h2)],"
          + " or pkt for the packet unchanged");
      return null;
    }
    List<Expr> headers = new ArrayList<>();
    for (expr e : list.getInternalElts()) {
      Expr h;
      if (e instanceof Call call && call.getInternalFunc() instanceof Name f
          && HeaderType.bySpecName(f.getInternalId()).isPresent()) {
        h = expressions.calls().headerValue(call, HeaderType.bySpecName(f.getInternalId()).get());
      } else {
        h = expressions.lower(e);
        if (!(h.type() instanceof SpecType.Header) && !h.type().equals(SpecType.UNKNOWN)) {
          session.error(file.at(e), "each sent header must be a header, such as ether(h) or ipv4(h2, ttl=..),"
              + " but this is " + ExpressionLowering.describe(h.type()) + "; build one with a header type");
        }
      }
      headers.add(h);
    }
    return new Outcome.HeaderStack(headers);
  }
}
