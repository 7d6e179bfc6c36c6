package dev.vigor.engine.specexec;

import dev.vigor.engine.spec.ir.Spec;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Runs a spec on one concrete packet, for counterexample replay: the shared walk, evaluating each branch. */
public final class ConcreteSpecInterpreter {
  private final Spec spec;
  private final Map<String, StateShape> shapes;
  private final StructLayouts layouts;

  public ConcreteSpecInterpreter(Spec spec, Map<String, StateShape> shapes, StructLayouts layouts) {
    this.spec = spec;
    this.shapes = Map.copyOf(shapes);
    this.layouts = layouts;
  }

  /** The spec's verdict for these inputs. */
  public ConcreteSpecResult run(ConcreteSpecInputs inputs) {
    return run(inputs, (object, at, before, after) -> { });
  }

  /** As {@link #run(ConcreteSpecInputs)}, telling {@code updates} of each state update made. */
  public ConcreteSpecResult run(ConcreteSpecInputs inputs,
      SpecRun.UpdateListener<AbstractState> updates) {
    ConcreteDomain domain = new ConcreteDomain(inputs, shapes);
    SpecRunResult<BigInteger, Boolean, Bits, AbstractState> r =
        new SpecRun<>(spec, domain, shapes, layouts, (cond, at) -> cond).onUpdate(updates).run();
    List<Located<Boolean>> failed = r.asserts().stream().filter(a -> !a.condition()).toList();
    List<Located<Boolean>> broken = r.sideConditions().stream().filter(a -> !a.condition()).toList();
    return new ConcreteSpecResult(r.outcome(), r.finalStates(), failed, broken, r.decisions(),
        r.updatedAt());
  }
}
