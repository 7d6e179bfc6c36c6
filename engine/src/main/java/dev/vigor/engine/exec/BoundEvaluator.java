package dev.vigor.engine.exec;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a libVig object's declared bound on an element value (a key/value bit-vector, byte 0
 * most significant) in any domain, with the shared interpreter in its branch-free mode.
 */
public final class BoundEvaluator<V> {
  private final Interpreter<V> interpreter;

  public BoundEvaluator(Program program, Domain<V> domain, Map<String, Long> config) {
    this.interpreter = new Interpreter<>(program, new PureMachine<>(domain), config);
  }

  /** The bound's truth for element bits, or true when the object declares none. */
  public V holds(LibVigObject object, V element) {
    return holds(object, element, null);
  }

  /**
   * The bound's truth for element bits at packet time {@code now} (a 64-bit value, what the bound's
   * {@code now} reads; null where no packet is processed).
   */
  public V holds(LibVigObject object, V element, V now) {
    Expr bound = object.bound();
    if (bound == null) {
      return interpreter.domain().truth(true);
    }
    List<Object> cells = interpreter.unpack(element);
    return interpreter.evalBound(bound, cells, now);
  }

  /** A machine for expressions that never branch, call or fail. */
  private record PureMachine<V>(Domain<V> domain) implements Machine<V> {
    @Override
    public PacketMemory<V> packet() {
      throw new OutsideSubsetException("a bound cannot read the packet");
    }

    @Override
    public boolean decide(V cond, String text, SourceLocation loc, Decision.Kind kind) {
      throw new OutsideSubsetException(loc + ": a bound cannot branch");
    }

    @Override
    public void check(V safe, LowLevelCheck check, SourceLocation loc, String message) {}

    @Override
    public List<V> libVig(String function, LibVigObject object, List<V> args, SourceLocation loc) {
      throw new OutsideSubsetException(loc + ": a bound cannot call libVig");
    }

    @Override
    public void step(SourceLocation loc, String what, V value) {}

    @Override
    public void poll() {}
  }
}
