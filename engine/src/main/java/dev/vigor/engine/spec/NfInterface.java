package dev.vigor.engine.spec;

import dev.vigor.engine.spec.ir.StateKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an NF exports to its spec: state objects by name with their kind and key/value types,
 * record types (C struct tags verbatim) with their fields in order, configuration value names, the
 * constants nf.properties declares ({@code constant.NAME = value}), and the number of devices. The C front-end fills it from an NF's code; the spec checker checks names,
 * methods, arities and fields against it.
 */
public record NfInterface(
    Map<String, ExportedState> stateObjects,
    Map<String, RecordType> recordTypes,
    Set<String> configNames,
    Map<String, java.math.BigInteger> constants,
    int deviceCount,
    Set<String> unexported) {

  /** Name of the integer type, for keys and values that are not records. */
  public static final String INT = "int";

  public NfInterface {
    stateObjects = Collections.unmodifiableMap(new LinkedHashMap<>(stateObjects));
    recordTypes = Collections.unmodifiableMap(new LinkedHashMap<>(recordTypes));
    configNames = Collections.unmodifiableSet(new LinkedHashSet<>(configNames));
    constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    unexported = Set.copyOf(unexported);
    if (deviceCount < 0) {
      throw new IllegalArgumentException("device count must not be negative");
    }
  }

  /**
   * An exported state object. {@code keyType}: the emap/map key type (record name or {@link #INT});
   * {@code valueType}: the vector element / map value type. Unused ones are {@link #INT}.
   */
  public record ExportedState(String name, StateKind kind, String keyType, String valueType) {
    public ExportedState {
      if (kind == StateKind.UNKNOWN) {
        throw new IllegalArgumentException("an exported state object has a known kind: " + name);
      }
    }
  }

  /**
   * A record type: a C struct kept in libVig state, its fields in declaration order, with each
   * field's C type ("uint16_t", "uint8_t[6]"; empty when not known) and size in bytes (0 when not
   * known).
   */
  public record RecordType(String name, List<String> fields, List<String> cTypes,
      List<Integer> sizes) {
    public RecordType {
      fields = List.copyOf(fields);
      cTypes = List.copyOf(cTypes);
      sizes = List.copyOf(sizes);
      if (cTypes.size() != fields.size() || sizes.size() != fields.size()) {
        throw new IllegalArgumentException("one C type and size per field of " + name);
      }
    }

    /** A record type whose fields' C types are not known. */
    public RecordType(String name, List<String> fields) {
      this(name, fields, java.util.Collections.nCopies(fields.size(), ""),
          java.util.Collections.nCopies(fields.size(), 0));
    }
  }

  /**
   * The record type a spec spells {@code spelled}: the C struct tag verbatim, or Vigor's spelling
   * with a trailing {@code c} ({@code DynamicValuec} for {@code DynamicValue}).
   */
  public Optional<RecordType> recordTypeSpelled(String spelled) {
    RecordType exact = recordTypes.get(spelled);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (spelled.endsWith("c")) {
      return Optional.ofNullable(recordTypes.get(spelled.substring(0, spelled.length() - 1)));
    }
    return Optional.empty();
  }

  /**
   * What is inconsistent in this interface (a key or value type that is neither {@link #INT} nor
   * one of its record types, a record with a repeated field), for the front-end that builds it.
   */
  public List<String> inconsistencies() {
    List<String> problems = new java.util.ArrayList<>();
    for (ExportedState s : stateObjects.values()) {
      for (String type : List.of(s.keyType(), s.valueType())) {
        if (type == null || (!type.equals(INT) && !recordTypes.containsKey(type))) {
          problems.add("state object " + s.name() + " names the unknown type " + type);
        }
      }
    }
    for (RecordType r : recordTypes.values()) {
      if (new LinkedHashSet<>(r.fields()).size() != r.fields().size()) {
        problems.add("record " + r.name() + " repeats a field: " + r.fields());
      }
    }
    return problems;
  }

  /** A small builder, so tests and the C front-end need not assemble maps by hand. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link NfInterface}. */
  public static final class Builder {
    private final Map<String, ExportedState> state = new LinkedHashMap<>();
    private final Map<String, RecordType> records = new LinkedHashMap<>();
    private final Set<String> config = new LinkedHashSet<>();
    private final Map<String, java.math.BigInteger> constants = new LinkedHashMap<>();
    private int devices = 2;
    private final Set<String> unexported = new LinkedHashSet<>();

    /** Adds a state object. */
    public Builder state(String name, StateKind kind, String keyType, String valueType) {
      state.put(name, new ExportedState(name, kind, keyType, valueType));
      return this;
    }

    /** Adds a record type. */
    public Builder record(String name, String... fields) {
      records.put(name, new RecordType(name, List.of(fields)));
      return this;
    }

    /** Adds a record type whose fields' C types and sizes are known. */
    public Builder record(RecordType type) {
      records.put(type.name(), type);
      return this;
    }

    /** Adds configuration value names. */
    public Builder config(String... names) {
      config.addAll(List.of(names));
      return this;
    }

    /** Adds a constant the NF declares, which specs may name without assigning it. */
    public Builder constant(String name, long value) {
      return constant(name, java.math.BigInteger.valueOf(value));
    }

    /** Adds a constant the NF declares, which specs may name without assigning it. */
    public Builder constant(String name, java.math.BigInteger value) {
      constants.put(name, value);
      return this;
    }

    /**
     * Names a libVig object of the NF's C that it does not export (no NF_EXPORT_STATE): a spec
     * importing it is told how to export it.
     */
    public Builder unexported(String name) {
      unexported.add(name);
      return this;
    }

    /** Sets the device count. */
    public Builder devices(int count) {
      devices = count;
      return this;
    }

    /** The interface. */
    public NfInterface build() {
      return new NfInterface(state, records, config, constants, devices, unexported);
    }
  }
}
