package dev.vigor.engine.spec.ir;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A method a spec may call on a state object, with the kinds that have it and its arity. Methods
 * that change state carry the libVig contract operation they stand for, so the validator builds the
 * same state term for the spec as for the NF's trace.
 */
public enum StateMethod {
  EXPIRE_ALL("expire_all", EnumSet.of(StateKind.EMAP), 1, "expire"),
  HAS("has", EnumSet.of(StateKind.EMAP, StateKind.MAP, StateKind.LPM), 1, null),
  GET("get", EnumSet.of(StateKind.EMAP, StateKind.VECTOR, StateKind.MAP), 1, null),
  HAS_IDX("has_idx", EnumSet.of(StateKind.EMAP), 1, null),
  GET_KEY("get_key", EnumSet.of(StateKind.EMAP), 1, null),
  FULL("full", EnumSet.of(StateKind.EMAP, StateKind.MAP), 0, null),
  ADD("add", EnumSet.of(StateKind.EMAP), 3, "add"),
  REFRESH_IDX("refresh_idx", EnumSet.of(StateKind.EMAP), 2, "refresh"),
  ERASE("erase", EnumSet.of(StateKind.EMAP, StateKind.MAP), 1, "erase"),
  SET("set", EnumSet.of(StateKind.VECTOR), 2, "set"),
  PUT("put", EnumSet.of(StateKind.MAP), 2, "put"),
  EXISTS_WITH_CHT("exists_with_cht", EnumSet.of(StateKind.EMAP), 2, null),
  CHOOSE_WITH_CHT("choose_with_cht", EnumSet.of(StateKind.EMAP), 2, null),
  LOOKUP("lookup", EnumSet.of(StateKind.LPM), 1, null);

  private final String specName;
  private final Set<StateKind> kinds;
  private final int arity;
  private final String contractOperation;

  StateMethod(String specName, Set<StateKind> kinds, int arity, String contractOperation) {
    this.specName = specName;
    this.kinds = kinds;
    this.arity = arity;
    this.contractOperation = contractOperation;
  }

  /** The name a spec writes after the dot. */
  public String specName() {
    return specName;
  }

  /** The kinds of state object that have this method. */
  public Set<StateKind> kinds() {
    return kinds;
  }

  /** The number of arguments. */
  public int arity() {
    return arity;
  }

  /** Whether the method changes the object (and so has no value). */
  public boolean updatesState() {
    return contractOperation != null;
  }

  /** The libVig contract operation (expire, add, refresh, erase, set, put) of an update. */
  public Optional<String> contractOperation() {
    return Optional.ofNullable(contractOperation);
  }

  /** Whether an object of {@code kind} has this method; every method fits an unknown kind. */
  public boolean appliesTo(StateKind kind) {
    return kind == StateKind.UNKNOWN || kinds.contains(kind);
  }

  /** The method a spec calls {@code name}. */
  public static Optional<StateMethod> bySpecName(String name) {
    for (StateMethod m : values()) {
      if (m.specName.equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The names of the methods of {@code kind}, for messages. */
  public static String namesFor(StateKind kind) {
    StringBuilder b = new StringBuilder();
    for (StateMethod m : values()) {
      if (m.appliesTo(kind)) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(m.specName);
      }
    }
    return b.length() == 0 ? "none" : b.toString();
  }
}
