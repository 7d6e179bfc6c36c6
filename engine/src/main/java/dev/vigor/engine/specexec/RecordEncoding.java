package dev.vigor.engine.specexec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Spec values as the bytes of the C value they stand for, in the NF executor's encoding: one
 * bit-vector of 8 * sizeof bits, byte 0 (lowest address) most significant. Integers (fields or
 * whole values) hold host-order numbers, so their bytes lie little-endian; {@code uint8_t} arrays
 * (struct ether_addr) hold the number's big-endian bytes, as on the wire; padding bytes are zero.
 * A struct of one byte array is a plain number in specs. Written over a {@link SpecDomain}.
 *
 * @param <I> integers
 * @param <W> bit-vectors
 */
public final class RecordEncoding<I, B, W, S> {
  private final SpecDomain<I, B, W, S> d;

  public RecordEncoding(SpecDomain<I, B, W, S> d) {
    this.d = d;
  }

  /** The encoded value and the conditions under which the encoding is faithful (values fit). */
  public record Encoded<B, W>(W bits, List<Fit<B>> fits) {}

  /** That a value fits where it is kept, and what to tell the user when it may not. */
  public record Fit<B>(B condition, String where) {}

  /** A number kept in a value of {@code layout} (an integer, a byte array or a one-array struct). */
  public Encoded<B, W> number(I value, ValueLayout layout) {
    List<Fit<B>> fits = new ArrayList<>();
    List<W> bytes = new ArrayList<>();
    numberBytes(value, layout, bytes, fits, "the value may not fit " + cType(layout));
    return new Encoded<>(d.concat(bytes), fits);
  }

  /** A record with field values in the struct's declaration order. */
  public Encoded<B, W> record(List<I> values, ValueLayout.StructLayout layout) {
    if (values.size() != layout.fields().size()) {
      throw new SpecExecutionException("struct " + layout.tag() + " has " + layout.fields().size()
          + " fields, the spec gives " + values.size());
    }
    List<Fit<B>> fits = new ArrayList<>();
    List<W> bytes = new ArrayList<>();
    int at = 0;
    for (int f = 0; f < values.size(); f++) {
      ValueLayout.FieldLayout field = layout.fields().get(f);
      for (; at < field.offset(); at++) {
        bytes.add(zeroByte());
      }
      numberBytes(values.get(f), field.layout(), bytes, fits, "the value for " + field.name()
          + " (" + cType(field.layout()) + ") may not fit it; " + layout.tag()
          + "'s fields are, in order, " + String.join(", ", layout.fields().stream()
              .map(ValueLayout.FieldLayout::name).toList())
          + overflowHint(field.layout()));
      at += field.layout().size();
    }
    for (; at < layout.size(); at++) {
      bytes.add(zeroByte());
    }
    return new Encoded<>(d.concat(bytes), fits);
  }

  /** The number held in a whole value of {@code layout}. */
  public I readNumber(W bits, ValueLayout layout) {
    return readAt(bits, layout.size(), 0, layout);
  }

  /** The value of field {@code name} of a stored struct. */
  public I readField(W bits, ValueLayout.StructLayout layout, String name) {
    ValueLayout.FieldLayout f = layout.field(name).orElseThrow(() ->
        new SpecExecutionException("struct " + layout.tag() + " has no field " + name));
    return readAt(bits, layout.size(), f.offset(), f.layout());
  }

  private I readAt(W bits, int totalBytes, int offset, ValueLayout layout) {
    List<W> bytes = new ArrayList<>();
    for (int j = 0; j < layout.size(); j++) {
      bytes.add(byteOf(bits, totalBytes, offset + j));
    }
    if (layout instanceof ValueLayout.IntLayout i) {
      // Memory order is little-endian: the most significant byte is the last one.
      List<W> reversed = new ArrayList<>(bytes);
      java.util.Collections.reverse(reversed);
      return d.fromBits(d.concat(reversed), i.signed());
    }
    if (layout instanceof ValueLayout.ByteArray) {
      return d.fromBits(d.concat(bytes), false);
    }
    if (layout instanceof ValueLayout.StructLayout s && s.isNumber()) {
      return d.fromBits(d.concat(bytes), false);
    }
    throw new SpecExecutionException("a spec number cannot be read from " + describe(layout));
  }

  /** Byte {@code index} (memory order) of a value of {@code totalBytes} bytes. */
  private W byteOf(W bits, int totalBytes, int index) {
    int hi = 8 * (totalBytes - index) - 1;
    return d.extract(bits, hi, hi - 7);
  }

  private void numberBytes(I value, ValueLayout layout, List<W> out, List<Fit<B>> fits,
      String where) {
    int n = layout.size();
    W all = d.toBits(value, 8 * n);
    if (layout instanceof ValueLayout.IntLayout i) {
      BigInteger span = BigInteger.ONE.shiftLeft(8 * n);
      I low = i.signed() ? d.num(span.shiftRight(1).negate()) : d.num(0);
      I high = i.signed() ? d.num(span.shiftRight(1)) : d.num(span);
      fits.add(new Fit<>(d.and(List.of(d.le(low, value), d.lt(value, high))), where));
      for (int j = 0; j < n; j++) {
        out.add(d.extract(all, 8 * j + 7, 8 * j));
      }
      return;
    }
    if (layout instanceof ValueLayout.ByteArray
        || (layout instanceof ValueLayout.StructLayout s && s.isNumber())) {
      fits.add(new Fit<>(d.and(List.of(d.le(d.num(0), value),
          d.lt(value, d.num(BigInteger.ONE.shiftLeft(8 * n))))), where));
      for (int j = n - 1; j >= 0; j--) {
        out.add(d.extract(all, 8 * j + 7, 8 * j));
      }
      return;
    }
    throw new SpecExecutionException("a spec number cannot be stored in " + describe(layout));
  }

  private W zeroByte() {
    return d.toBits(d.num(0), 8);
  }

  /**
   * The other reason a field's value may not fit: it overflows (a counter's + 1). Unsigned C
   * wraps around, which % says in a spec; a signed overflow is the NF's defect in C already.
   */
  private static String overflowHint(ValueLayout layout) {
    boolean unsigned = layout instanceof ValueLayout.IntLayout i ? !i.signed()
        : layout instanceof ValueLayout.ByteArray;
    return "; if that is the order given, the value leaves the C type's range"
        + (unsigned ? ", where C wraps around and the spec's numbers do not: reduce it (% "
            + java.math.BigInteger.ONE.shiftLeft(8 * layout.size()) + ")"
            : ": keep it in range") + " or bound what the table stores";
  }

  /** How C spells the type: "a uint16_t", "a uint8_t[6]", "struct ether_addr". */
  private static String cType(ValueLayout layout) {
    if (layout instanceof ValueLayout.IntLayout i) {
      return (i.signed() ? "an int" : "a uint") + (8 * i.size()) + "_t";
    }
    if (layout instanceof ValueLayout.ByteArray b) {
      return "a uint8_t[" + b.size() + "] (a number below 2^" + (8 * b.size()) + ")";
    }
    return describe(layout);
  }

  private static String describe(ValueLayout layout) {
    return layout instanceof ValueLayout.StructLayout s ? "struct " + s.tag() : layout.toString();
  }
}
