package dev.vigor.engine.ir;

import dev.vigor.engine.diag.SourceLocation;

/**
 * A libVig object declared with an instantiation form. keyType is the emap/map key, valueType the
 * vector element or map value (null where the kind has none). capacity is the evaluated constant
 * (for a CHT: the backend capacity; height is its table height, else 0). bound is the declared
 * invariant over the element (an int 0/1 expression reading through {@link Expr.BoundElement}), or
 * null. exportName is the spec name given with NF_EXPORT_STATE, or null when not exported.
 */
public record LibVigObject(
    String name,
    LibVigKind kind,
    CType keyType,
    CType valueType,
    long capacity,
    long height,
    Expr bound,
    String exportName,
    SourceLocation loc) {

  /** The same object, exported under specName. */
  public LibVigObject exportedAs(String specName) {
    return new LibVigObject(name, kind, keyType, valueType, capacity, height, bound, specName, loc);
  }

  /**
   * The global that holds this object's descriptor when libVig's own C runs (the libvig layer):
   * {@code vig_obj:<name>}, a name no C identifier can spell.
   */
  public static String descriptorGlobal(String object) {
    return "vig_obj:" + object;
  }
}
