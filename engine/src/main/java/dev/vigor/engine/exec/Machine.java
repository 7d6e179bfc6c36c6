package dev.vigor.engine.exec;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.LibVigObject;
import java.util.List;

/**
 * What differs between the symbolic and the concrete interpreter: how a branch is decided, what
 * a check does, how libVig calls are answered, and where the packet lives. Everything else (the
 * IR walk, memory, C arithmetic and conversions) is {@link Interpreter}'s, written once.
 */
public interface Machine<V> {
  Domain<V> domain();

  PacketMemory<V> packet();

  /** Decides a branch on cond (a boolean); symbolically this may fork. */
  boolean decide(V cond, String conditionText, SourceLocation loc, Decision.Kind kind);

  /**
   * Checks that safe (a boolean) holds here. A machine that finds it can fail reports it, then
   * either continues assuming it holds, or (when it cannot hold at all) ends the path by throwing
   * {@link PathEnded}.
   */
  void check(V safe, LowLevelCheck check, SourceLocation loc, String message);

  /**
   * As {@link #check}, naming values the condition reads (by their C text) that a report of a
   * failure shows with it; by default they are not shown.
   */
  default void checkShowing(V safe, LowLevelCheck check, SourceLocation loc, String message,
      java.util.Map<String, V> shown) {
    check(safe, check, loc, message);
  }

  /**
   * Calls a libVig operation: args and results in the contract's order (the object excluded);
   * boolean results are booleans, the rest bit-vectors (keys and values: byte 0 most significant).
   * {@code vig_hash} comes here too, with a null object, the record as its one argument and the
   * 32-bit hash as its one result.
   */
  List<V> libVig(String function, LibVigObject object, List<V> args, SourceLocation loc);

  /**
   * As {@link #libVig(String, LibVigObject, List, SourceLocation)} for a function that also takes
   * other libVig objects ({@link LibVigAbi.Param#OBJECT}, e.g. cht_find_preferred's backends
   * emap): {@code args} leaves them out, {@code others} names them in parameter order, and the
   * machine passes their current states where the signature has them.
   */
  default List<V> libVig(String function, LibVigObject object, List<LibVigObject> others,
      List<V> args, SourceLocation loc) {
    if (!others.isEmpty()) {
      throw new OutsideSubsetException(loc + ": " + function
          + " takes another libVig object, which this machine does not support");
    }
    return libVig(function, object, args, loc);
  }

  /** A statement ran (for the linear C trace); value is the stored value's bits, or null. */
  void step(SourceLocation loc, String what, V value);

  /** As {@link #step(SourceLocation, String, Object)}, saying whether the value's C type is signed. */
  default void step(SourceLocation loc, String what, V value, boolean signed) {
    step(loc, what, value);
  }

  /**
   * A value of bits bits that a layer's model leaves open ({@code vig_any_*}): symbolically a
   * fresh term. Only layers' programs call it; NF machines never see it.
   */
  default V any(String intrinsic, int bits, SourceLocation loc) {
    throw new OutsideSubsetException(loc + ": " + intrinsic + " is for a stack layer's models only");
  }

  /** Keeps only runs where cond holds ({@code vig_assume}); a run where it cannot ends. */
  default void assume(V cond, String text, SourceLocation loc) {
    throw new OutsideSubsetException(loc + ": vig_assume is for a stack layer's models only");
  }

  /** Ends the run here as complete ({@code vig_end}); throws, never returns. */
  default void end(SourceLocation loc) {
    throw new OutsideSubsetException(loc + ": vig_end is for a stack layer's models only");
  }

  /** Called before every statement: polls cancellation. */
  void poll();

  /**
   * The run went past the step budget at loc: throws. By default {@link StepBudgetExhausted};
   * a symbolic machine ends the path as undecided instead, keeping the others.
   */
  default void budgetExhausted(SourceLocation loc, String message) {
    throw new StepBudgetExhausted(loc, message);
  }

  /**
   * A libVig call on an object is about to run the program's own implementation of it (the
   * libvig layer): args in the contract's order. Ends the path ({@link PathEnded}) where the
   * contract's precondition does not hold: such a call is the caller's fault, not libVig's.
   */
  default void libVigEntered(String function, LibVigObject object, List<LibVigObject> others,
      List<V> args, SourceLocation loc) {
    throw new OutsideSubsetException(loc + ": " + function + " has a body here, and this machine"
        + " takes libVig calls at their contracts only");
  }

  /** The results (return value, then out-parameters) the implementation produced for that call. */
  default void libVigReturned(String function, LibVigObject object, List<LibVigObject> others,
      List<V> args, List<V> results, SourceLocation loc) {
    throw new OutsideSubsetException(loc + ": " + function + ": unexpected implemented call");
  }

  /** A value for result number index of function that the implementation left unwritten. */
  default V unwritten(String function, int index, LibVigObject object, SourceLocation loc) {
    throw new OutsideSubsetException(loc + ": " + function + ": unexpected implemented call");
  }

  /**
   * A symbolic offset into a region of size bytes, after its bounds were checked: itself (the
   * access then reads or writes every cell it may hit), or, for a machine that rather forks, a
   * constant it can be on this path.
   */
  default V pinned(V offset, int size, SourceLocation loc) {
    return offset;
  }
}
