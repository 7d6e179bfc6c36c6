package dev.vigor.engine.exec;

import java.util.List;
import java.util.Map;

/**
 * How each libVig C function's parameters map onto its contract operation's arguments and
 * results, so both interpreters marshal calls the same way. Keys and values travel as
 * bit-vectors of 8 * sizeof bits built from the C object's bytes with byte 0 MOST significant
 * (see {@link Interpreter#readKey}).
 */
public final class LibVigAbi {
  private LibVigAbi() {}

  /** The role of one C parameter after the object handle. */
  public enum Param {
    /** const void *key: read the key type's bytes; a contract argument. */
    KEY_IN,
    /** void *key_out: written with a result. */
    KEY_OUT,
    /** int index: a contract argument. */
    INDEX,
    /** int *index_out: written with a result. */
    INDEX_OUT,
    /** vigor_time_t: a contract argument. */
    TIME,
    /** const void *value: read the value type's bytes; a contract argument. */
    VALUE_IN,
    /** void *value_out: written with a result. */
    VALUE_OUT,
    /** void **elem_out: gets a pointer to a fresh element region holding a result. */
    BORROW_OUT,
    /** An integer argument passed as is, at its C width (LPM addresses, lengths, values). */
    WORD,
    /** An integer out-parameter (e.g. uint16_t *): written with a result, as that integer. */
    WORD_OUT,
    /**
     * Another libVig object passed by name (cht_find_preferred's backends emap): a contract
     * argument, that object's current state; the machine supplies it.
     */
    OBJECT
  }

  /** What the C function returns. */
  public enum Ret { VOID, BOOL, INT }

  /**
   * A function's shape. When {@code outOnlyIfTrue}, out-parameters are written only when the
   * boolean result is true (emap_get, emap_add, map_get, dchain_allocate).
   */
  public record Signature(List<Param> params, Ret ret, boolean outOnlyIfTrue) {}

  private static final Map<String, Signature> SIGNATURES = Map.ofEntries(
      Map.entry("emap_get", sig(Ret.BOOL, true, Param.KEY_IN, Param.INDEX_OUT)),
      Map.entry("emap_add", sig(Ret.BOOL, true, Param.KEY_IN, Param.TIME, Param.INDEX_OUT)),
      Map.entry("emap_refresh", sig(Ret.VOID, false, Param.INDEX, Param.TIME)),
      Map.entry("emap_expire", sig(Ret.INT, false, Param.TIME)),
      Map.entry("emap_erase", sig(Ret.VOID, false, Param.KEY_IN)),
      Map.entry("emap_has_index", sig(Ret.BOOL, false, Param.INDEX)),
      Map.entry("emap_get_key", sig(Ret.VOID, false, Param.INDEX, Param.KEY_OUT)),
      Map.entry("emap_full", sig(Ret.BOOL, false)),
      Map.entry("vector_borrow", sig(Ret.VOID, false, Param.INDEX, Param.BORROW_OUT)),
      Map.entry("vector_return", sig(Ret.VOID, false, Param.INDEX, Param.VALUE_IN)),
      Map.entry("vector_get", sig(Ret.VOID, false, Param.INDEX, Param.VALUE_OUT)),
      Map.entry("vector_set", sig(Ret.VOID, false, Param.INDEX, Param.VALUE_IN)),
      Map.entry("map_get", sig(Ret.BOOL, true, Param.KEY_IN, Param.VALUE_OUT)),
      Map.entry("map_has", sig(Ret.BOOL, false, Param.KEY_IN)),
      Map.entry("map_put", sig(Ret.VOID, false, Param.KEY_IN, Param.VALUE_IN)),
      Map.entry("map_erase", sig(Ret.VOID, false, Param.KEY_IN)),
      Map.entry("map_full", sig(Ret.BOOL, false)),
      Map.entry("dchain_allocate", sig(Ret.BOOL, true, Param.TIME, Param.INDEX_OUT)),
      Map.entry("dchain_rejuvenate", sig(Ret.VOID, false, Param.INDEX, Param.TIME)),
      Map.entry("dchain_is_allocated", sig(Ret.BOOL, false, Param.INDEX)),
      Map.entry("dchain_free", sig(Ret.VOID, false, Param.INDEX)),
      Map.entry("dchain_expire", sig(Ret.INT, false, Param.TIME)),
      Map.entry("lpm_update", sig(Ret.BOOL, false, Param.WORD, Param.WORD, Param.WORD)),
      Map.entry("lpm_lookup", sig(Ret.BOOL, true, Param.WORD, Param.WORD_OUT)),
      Map.entry("cht_fill", sig(Ret.VOID, false)),
      Map.entry("cht_find_preferred", sig(Ret.BOOL, true, Param.WORD, Param.OBJECT, Param.INDEX_OUT)));

  private static Signature sig(Ret ret, boolean outOnlyIfTrue, Param... params) {
    return new Signature(List.of(params), ret, outOnlyIfTrue);
  }

  /** The signature of a libVig function, or null when the interpreters do not support it yet. */
  public static Signature of(String function) {
    return SIGNATURES.get(function);
  }

  /** Whether a parameter is an input the contract takes as an argument. */
  public static boolean isArgument(Param p) {
    return p == Param.KEY_IN || p == Param.INDEX || p == Param.TIME || p == Param.VALUE_IN
        || p == Param.WORD || p == Param.OBJECT;
  }

  /**
   * A call's contract arguments: args (its own, in order) with, where the signature takes another
   * object ({@link Param#OBJECT}), that object's state as stateOf gives it for its position.
   */
  public static <T> List<T> withObjects(String function, List<T> args,
      java.util.function.IntFunction<T> stateOf) {
    List<T> all = new java.util.ArrayList<>();
    int a = 0;
    int o = 0;
    for (Param p : of(function).params()) {
      if (p == Param.OBJECT) {
        all.add(stateOf.apply(o++));
      } else if (isArgument(p)) {
        all.add(args.get(a++));
      }
    }
    return all;
  }
}
