package dev.vigor.engine.specexec;

import java.util.List;
import java.util.Optional;

/** The C layout of a value kept in libVig state (a key, a vector element, a map value). */
public sealed interface ValueLayout {
  /** sizeof, in bytes. */
  int size();

  /** A C integer of {@code size} bytes, stored in host (little-endian) order. */
  record IntLayout(int size, boolean signed) implements ValueLayout {}

  /** A {@code uint8_t[size]} array; a spec number fills it big-endian (network order). */
  record ByteArray(int size) implements ValueLayout {}

  /** A struct: fields at their byte offsets in declaration order; other bytes are padding. */
  record StructLayout(String tag, int size, List<FieldLayout> fields) implements ValueLayout {
    public StructLayout {
      fields = List.copyOf(fields);
    }

    /** The field called name. */
    public Optional<FieldLayout> field(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Whether specs see this struct as a plain number: a struct of one byte array covering it
     * (struct ether_addr), whose value is the array's big-endian number.
     */
    public boolean isNumber() {
      return fields.size() == 1
          && fields.get(0).offset() == 0
          && fields.get(0).layout() instanceof ByteArray b
          && b.size() == size;
    }
  }

  /** One struct field. */
  record FieldLayout(String name, int offset, ValueLayout layout) {}
}
