package dev.vigor.engine.specexec;

import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A symbolic spec outcome against a concrete one: the same shape, and its values in one order. */
final class SameOutcome {
  private SameOutcome() {}

  /** How the two outcomes differ in shape (kind, ports, headers, fields given); empty if not. */
  static Optional<String> shapeDifference(SpecOutcome<Expr<IntSort>> s, SpecOutcome<BigInteger> c) {
    if (s.getClass() != c.getClass() || !s.at().equals(c.at())) {
      return Optional.of("outcome " + s.getClass().getSimpleName() + " at " + s.at()
          + " vs concrete " + c);
    }
    if (!(s instanceof SpecOutcome.Sent<Expr<IntSort>> x)) {
      return Optional.empty();
    }
    SpecOutcome.Sent<BigInteger> y = (SpecOutcome.Sent<BigInteger>) c;
    boolean same = x.mismatch() == y.mismatch()
        && x.ports().getClass() == y.ports().getClass()
        && x.headers().getClass() == y.headers().getClass();
    if (same && x.ports() instanceof SpecOutcome.PortList<Expr<IntSort>> xp) {
      List<Optional<BigInteger>> yp = ((SpecOutcome.PortList<BigInteger>) y.ports()).ports();
      same = xp.ports().size() == yp.size();
      for (int k = 0; same && k < yp.size(); k++) {
        same = xp.ports().get(k).isPresent() == yp.get(k).isPresent();
      }
    }
    if (same && x.headers() instanceof SpecOutcome.Stack<Expr<IntSort>> xs) {
      List<SpecOutcome.HeaderOut<BigInteger>> ys = ((SpecOutcome.Stack<BigInteger>) y.headers())
          .headers();
      same = xs.headers().size() == ys.size();
      for (int k = 0; same && k < ys.size(); k++) {
        same = xs.headers().get(k).type() == ys.get(k).type()
            && Objects.equals(given(xs.headers().get(k).fields()), given(ys.get(k).fields()));
      }
    }
    return same ? Optional.empty() : Optional.of("outcome shapes differ: " + s + " vs " + c);
  }

  private static List<String> given(Map<String, ? extends Optional<?>> fields) {
    return fields.entrySet().stream().filter(e -> e.getValue().isPresent()).map(Map.Entry::getKey)
        .sorted().toList();
  }

  /**
   * The values an outcome gives, in a fixed order: each port given, then each header's given
   * fields by name. Two outcomes of the same shape list corresponding values at the same places.
   */
  static <I> List<I> values(SpecOutcome<I> o) {
    List<I> out = new ArrayList<>();
    if (o instanceof SpecOutcome.Sent<I> s) {
      if (s.ports() instanceof SpecOutcome.PortList<I> l) {
        l.ports().forEach(p -> p.ifPresent(out::add));
      }
      if (s.headers() instanceof SpecOutcome.Stack<I> st) {
        for (SpecOutcome.HeaderOut<I> h : st.headers()) {
          h.fields().entrySet().stream().sorted(Map.Entry.comparingByKey())
              .forEach(f -> f.getValue().ifPresent(out::add));
        }
      }
    }
    return out;
  }
}
