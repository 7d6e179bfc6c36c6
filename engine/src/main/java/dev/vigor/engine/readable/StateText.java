package dev.vigor.engine.readable;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.specexec.AbstractState;
import dev.vigor.engine.specexec.Bits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * libVig entries rendered with the C types the NF declared for the object: an emap entry as
 * {@code index 3: FlowId{...}, stamped now − 12.5 s}, a vector cell as {@code [4] =
 * DynamicValue{device=0}}, a map entry as {@code key → value}; and what an update changed, entry
 * by entry, with what was there before.
 */
public final class StateText {
  /** Changes listed per object; a table that expired thousands of entries shows the first. */
  static final int SHOWN = 8;

  private StateText() {}

  /** The entries the path looked at before the packet; {@code type} may be null (then hex). */
  public static ObjectEntries before(LibVigObject type, ConcreteInput.ObjectState s, long now) {
    List<String> lines = new ArrayList<>();
    for (ConcreteInput.Entry e : s.entries()) {
      if (e.key() != null && e.index() >= 0) {
        lines.add(emapEntry(type, e.index(), e.key(), e.time(), now));
      } else if (e.key() != null) {
        lines.add(mapEntry(type, e.key(), e.value(), now));
      } else if (e.value() != null) {
        lines.add(cell(type, e.index(), e.value(), now));
      } else {
        lines.add("index " + e.index() + (e.time() == Long.MIN_VALUE ? ""
            : ": stamped " + TimeText.relative(e.time(), now)));
      }
    }
    if (lines.isEmpty()) {
      lines.add("nothing stored at the keys and indices the path looks at");
    }
    return new ObjectEntries(name(type, s.object()), description(type, s.kind(), s.full()), lines);
  }

  /**
   * What {@code after} holds that {@code before} did not (changed, added, removed entries) of the
   * object {@code type}, named {@code name}; an empty listing when nothing changed.
   */
  public static ObjectEntries changes(LibVigObject type, String name, AbstractState before,
      AbstractState after, long now) {
    List<String> lines = new ArrayList<>();
    if (before instanceof AbstractState.Emap b && after instanceof AbstractState.Emap a) {
      TreeSet<Integer> indices = new TreeSet<>(a.entries().keySet());
      indices.addAll(b.entries().keySet());
      for (int i : indices) {
        AbstractState.Entry was = b.entries().get(i);
        AbstractState.Entry is = a.entries().get(i);
        if (!Objects.equals(was, is)) {
          String shown = is == null ? "free" : emapValue(type, is, now);
          String then = was == null ? "new"
              : is != null && was.key().equals(is.key())
                  ? "was stamped " + TimeText.relative(was.time(), now)
                  : "was " + emapValue(type, was, now);
          lines.add("index " + i + ": " + shown + " (" + then + ")");
        }
      }
    } else if (before instanceof AbstractState.Vector b && after instanceof AbstractState.Vector a) {
      TreeSet<Integer> indices = new TreeSet<>(a.cells().keySet());
      indices.addAll(b.cells().keySet());
      for (int i : indices) {
        Bits was = b.get(i);
        Bits is = a.get(i);
        if (!was.equals(is)) {
          lines.add(cell(type, i, bytes(is), now) + " (was "
              + value(type == null ? null : type.valueType(), bytes(was), type, now) + ")");
        }
      }
    } else if (before instanceof AbstractState.MapState b
        && after instanceof AbstractState.MapState a) {
      Map<String, Bits> keys = new LinkedHashMap<>();
      a.entries().keySet().forEach(k -> keys.put(k.value().toString(16), k));
      b.entries().keySet().forEach(k -> keys.put(k.value().toString(16), k));
      for (Bits k : keys.values()) {
        Bits was = b.entries().get(k);
        Bits is = a.entries().get(k);
        if (!Objects.equals(was, is)) {
          String key = value(type == null ? null : type.keyType(), bytes(k), type, now);
          lines.add(key + " → " + (is == null ? "absent"
              : value(type == null ? null : type.valueType(), bytes(is), type, now))
              + " (was " + (was == null ? "absent"
              : value(type == null ? null : type.valueType(), bytes(was), type, now)) + ")");
        }
      }
    }
    if (lines.size() > SHOWN) {
      int more = lines.size() - SHOWN;
      lines = new ArrayList<>(lines.subList(0, SHOWN));
      lines.add("… and " + more + " more");
    }
    String kind = type == null ? "" : type.kind().name().toLowerCase(java.util.Locale.ROOT);
    return new ObjectEntries(name(type, name), description(type, kind, false), lines);
  }

  /** An emap slot as {@code index 3: FlowId{...}, stamped now} or {@code index 3: free}. */
  public static String slot(LibVigObject type, int index, AbstractState.Entry e, long now) {
    return "index " + index + ": " + (e == null ? "free" : emapValue(type, e, now));
  }

  /** A vector cell as {@code [4] = DynamicValue{device=0}}. */
  public static String cell(LibVigObject type, int index, Bits value, long now) {
    return cell(type, index, bytes(value), now);
  }

  /** A map entry as {@code key → value}, or {@code key: absent}. */
  public static String mapEntry(LibVigObject type, Bits key, Bits value, long now) {
    return value == null
        ? value(type == null ? null : type.keyType(), bytes(key), type, now) + ": absent"
        : mapEntry(type, bytes(key), bytes(value), now);
  }

  private static String emapValue(LibVigObject type, AbstractState.Entry e, long now) {
    return value(type == null ? null : type.keyType(), bytes(e.key()), type, now) + ", stamped "
        + TimeText.relative(e.time(), now);
  }

  private static String emapEntry(LibVigObject type, int index, byte[] key, long time, long now) {
    return "index " + index + ": " + value(type == null ? null : type.keyType(), key, type, now)
        + ", stamped " + TimeText.relative(time, now);
  }

  private static String cell(LibVigObject type, int index, byte[] value, long now) {
    return "[" + index + "] = " + value(type == null ? null : type.valueType(), value, type, now);
  }

  private static String mapEntry(LibVigObject type, byte[] key, byte[] value, long now) {
    return value(type == null ? null : type.keyType(), key, type, now) + " → "
        + value(type == null ? null : type.valueType(), value, type, now);
  }

  private static String value(CType c, byte[] bytes, LibVigObject type, long now) {
    if (c == null) {
      return "0x" + HexFormat.of().formatHex(bytes);
    }
    return ValueText.render(c, bytes, type == null ? null : type.name(), OptionalLong.of(now));
  }

  private static String name(LibVigObject type, String fallback) {
    if (type == null) {
      return fallback;
    }
    return type.exportName() == null || type.exportName().equals(type.name()) ? type.name()
        : type.name() + " (spec: " + type.exportName() + ")";
  }

  private static String description(LibVigObject type, String kind, boolean full) {
    if (type == null) {
      return kind + (full ? ", full" : "");
    }
    String of = switch (type.kind()) {
      case EMAP -> " of " + type.keyType().cName();
      case VECTOR -> " of " + type.valueType().cName();
      case MAP -> " from " + type.keyType().cName() + " to " + type.valueType().cName();
      default -> "";
    };
    return type.kind().name().toLowerCase(java.util.Locale.ROOT) + of + ", " + type.capacity()
        + " slots" + (full ? ", full" : "");
  }

  /** A key or value's bits as its memory bytes, byte 0 first (the most significant bits). */
  static byte[] bytes(Bits b) {
    int n = Math.max(1, (b.width() + 7) / 8);
    byte[] out = new byte[n];
    BigInteger v = b.value();
    for (int i = 0; i < n; i++) {
      out[i] = v.shiftRight(8 * (n - 1 - i)).byteValue();
    }
    return out;
  }
}
