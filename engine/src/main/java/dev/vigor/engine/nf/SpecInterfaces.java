package dev.vigor.engine.nf;

import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.ExportedState;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.ir.StateKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derives what a spec may name from a compiled NF: its exported state objects with their kinds and
 * key/value types, the record types behind them, its configuration names, its constants and device
 * count.
 */
public final class SpecInterfaces {
  /** The nf.properties prefix of configuration values specs can name. */
  public static final String CONFIG_PREFIX = "config.";
  /** The nf.properties prefix of the NF's constants, which specs may name without assigning. */
  public static final String CONSTANT_PREFIX = "constant.";

  private SpecInterfaces() {}

  /** The interface the spec checker checks a spec of nf against. */
  public static NfInterface of(LoadedNf nf) {
    Program program = nf.program();
    NfInterface.Builder b = NfInterface.builder().devices((int) program.deviceCount());
    Map<String, CType.Struct> records = new LinkedHashMap<>();
    for (ExportedState s : program.exportedState()) {
      StateKind kind = StateKind.byWord(s.kind().name().toLowerCase(java.util.Locale.ROOT))
          .orElseThrow(() -> new IllegalStateException("no spec kind for " + s.kind()));
      String key = typeName(s.keyType(), records);
      String value = typeName(s.valueType(), records);
      b.state(s.specName(), kind, key, value);
    }
    program.objects().stream().filter(o -> o.exportName() == null)
        .forEach(o -> b.unexported(o.name()));
    // a struct the NF hashes is a record too: specs name its hash, _T_hash(T(...))
    HashedStructs.of(program).forEach(st -> typeName(st, records));
    for (CType.Struct st : records.values()) {
      b.record(new NfInterface.RecordType(st.tag(),
          st.fields().stream().map(CType.Field::name).toList(),
          st.fields().stream().map(f -> fixedWidthName(f.type())).toList(),
          st.fields().stream().map(f -> (int) f.type().size()).toList()));
    }
    nf.descriptor().settings().keySet().stream()
        .filter(k -> k.startsWith(CONFIG_PREFIX) && k.length() > CONFIG_PREFIX.length())
        .forEach(k -> b.config(k.substring(CONFIG_PREFIX.length())));
    // A constant that is not a whole number is nf.properties' own error, reported by its check.
    nf.descriptor().settings().forEach((k, v) -> {
      if (k.startsWith(CONSTANT_PREFIX) && k.length() > CONSTANT_PREFIX.length()) {
        dev.vigor.engine.catalog.NfPropertiesFile.integer(v)
            .ifPresent(n -> b.constant(k.substring(CONSTANT_PREFIX.length()), n));
      }
    });
    return b.build();
  }

  /**
   * The spec's name for a C type: integers, and structs that are one byte array (an address such as
   * {@code struct ether_addr}, which specs read as one number), are plain ints; other structs are
   * records named by their tag.
   */
  private static String typeName(CType type, Map<String, CType.Struct> records) {
    if (type instanceof CType.Struct st && !isAddress(st)) {
      records.putIfAbsent(st.tag(), st);
      return st.tag();
    }
    return NfInterface.INT;
  }

  private static boolean isAddress(CType.Struct st) {
    return st.fields().size() == 1
        && st.fields().get(0).type() instanceof CType.Array arr
        && arr.element() instanceof CType.Int i
        && i.size() == 1;
  }

  /** A field's type as NFs write it: "uint16_t", "uint8_t[6]", "struct ether_addr". */
  private static String fixedWidthName(CType t) {
    if (t instanceof CType.Int i) {
      return (i.signed() ? "int" : "uint") + (8 * i.size()) + "_t";
    }
    if (t instanceof CType.Array a) {
      return fixedWidthName(a.element()) + "[" + a.length() + "]";
    }
    return t.cName();
  }
}
