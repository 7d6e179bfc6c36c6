package dev.vigor.engine.ir;

import java.util.List;

/**
 * What a spec can import for one exported libVig object: its spec name, kind, capacity, and the
 * key/value types with their fields flattened to (name, C type) for the spec checker.
 */
public record ExportedState(
    String specName,
    String objectName,
    LibVigKind kind,
    long capacity,
    CType keyType,
    CType valueType,
    List<CType.Field> keyFields,
    List<CType.Field> valueFields) {
  public ExportedState {
    keyFields = List.copyOf(keyFields);
    valueFields = List.copyOf(valueFields);
  }

  /** The exported view of an object (which must have an export name). */
  public static ExportedState of(LibVigObject o) {
    return new ExportedState(
        o.exportName(), o.name(), o.kind(), o.capacity(), o.keyType(), o.valueType(),
        fieldsOf(o.keyType()), fieldsOf(o.valueType()));
  }

  private static List<CType.Field> fieldsOf(CType t) {
    return t instanceof CType.Struct s ? s.fields() : List.of();
  }
}
