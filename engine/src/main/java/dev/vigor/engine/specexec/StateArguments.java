package dev.vigor.engine.specexec;

import dev.vigor.engine.diag.SourceLocation;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spec values meeting state objects: keys and elements encoded as the C values they stand for,
 * indices and times as C ints and {@code vigor_time_t}s, values read back from state, each with
 * the side conditions that make the conversion faithful (it fits; an index is within capacity).
 * Records the keys and indices applied to each object.
 */
final class StateArguments<I, B, W, S> {
  private final SpecDomain<I, B, W, S> d;
  private final Map<String, StateShape> shapes;
  private final RecordEncoding<I, B, W, S> encoding;
  private final Requirements<B> requirements;
  private final Map<String, MentionedPoints<I, W>> points = new LinkedHashMap<>();

  StateArguments(SpecDomain<I, B, W, S> d, Map<String, StateShape> shapes,
      RecordEncoding<I, B, W, S> encoding, Requirements<B> requirements) {
    this.d = d;
    this.shapes = shapes;
    this.encoding = encoding;
    this.requirements = requirements;
  }

  /** Starts recording the points of {@code object}. */
  void track(String object) {
    points.put(object, MentionedPoints.none());
  }

  /** The keys and indices applied to each object so far. */
  Map<String, MentionedPoints<I, W>> points() {
    return points;
  }

  private StateShape shape(String object) {
    StateShape s = shapes.get(object);
    if (s == null) {
      throw new SpecExecutionException("no C layout given for state object " + object);
    }
    return s;
  }

  W key(String object, SpecValue<I, B, W> v, SourceLocation at) {
    ValueLayout layout = shape(object).key().orElseThrow(() ->
        new SpecExecutionException(at + ": " + object + " has no keys"));
    W bits = d.keyTerm(encode(v, layout, at));
    points.put(object, points.get(object).withKey(bits));
    return bits;
  }

  /** An lpm address: a uint32_t (host order), recorded as a key point of the object. */
  W address(String object, I a, SourceLocation at) {
    requirements.require(d.and(List.of(d.le(d.num(0), a), d.lt(a, d.num(BigInteger.ONE.shiftLeft(32))))),
        at, "address does not fit a uint32_t");
    W bits = d.toBits(a, 32);
    points.put(object, points.get(object).withKey(bits));
    return bits;
  }

  W element(String object, SpecValue<I, B, W> v, SourceLocation at) {
    ValueLayout layout = shape(object).value().orElseThrow(() ->
        new SpecExecutionException(at + ": " + object + " has no values"));
    return encode(v, layout, at);
  }

  private W encode(SpecValue<I, B, W> v, ValueLayout layout, SourceLocation at) {
    if (v instanceof SpecValue.Num<I, B, W> n) {
      return fits(encoding.number(n.value(), layout), at);
    }
    if (v instanceof SpecValue.Record<I, B, W> r && layout instanceof ValueLayout.StructLayout s) {
      return fits(encoding.record(r.fields(), s), at);
    }
    if (v instanceof SpecValue.StoredRecord<I, B, W> r && r.layout().size() == layout.size()) {
      return r.bits();
    }
    throw new SpecExecutionException(at + ": this value cannot be kept in " + layout);
  }

  /** The encoded bits, requiring that the values fit. */
  W fits(RecordEncoding.Encoded<B, W> encoded, SourceLocation at) {
    for (RecordEncoding.Fit<B> f : encoded.fits()) {
      requirements.require(f.condition(), at, f.where());
    }
    return encoded.bits();
  }

  /** A value read from state: a number or a struct, as the object's value layout says. */
  SpecValue<I, B, W> stored(String object, W bits) {
    return fromState(bits, shape(object).value().orElseThrow());
  }

  /** A key read from state. */
  SpecValue<I, B, W> storedKey(String object, W bits) {
    return fromState(bits, shape(object).key().orElseThrow());
  }

  private SpecValue<I, B, W> fromState(W bits, ValueLayout layout) {
    if (layout instanceof ValueLayout.StructLayout s && !s.isNumber()) {
      return new SpecValue.StoredRecord<>(s, bits);
    }
    return new SpecValue.Num<>(encoding.readNumber(bits, layout));
  }

  /** An index argument: a C int. */
  I index(String object, I i, SourceLocation at) {
    BigInteger half = BigInteger.ONE.shiftLeft(31);
    requirements.require(d.and(List.of(d.le(d.num(half.negate()), i), d.lt(i, d.num(half)))), at,
        "index does not fit a C int");
    points.put(object, points.get(object).withIndex(i));
    return i;
  }

  /** An emap index: a C int within the emap's capacity (the contract's preconditions). */
  I emapIndex(String object, I i, SourceLocation at) {
    return withinCapacity(object, index(object, i, at), at, "emap index outside [0, capacity)");
  }

  /** A vector index: a C int within the vector's capacity (vector_get/set's precondition). */
  I vectorIndex(String object, I i, SourceLocation at) {
    return withinCapacity(object, index(object, i, at), at, "vector index outside [0, capacity)");
  }

  /** Whether a number is an index of the object's table, [0, capacity): a truth, not a requirement. */
  B inCapacity(String object, I i) {
    return d.and(List.of(d.le(d.num(0), i), d.lt(i, d.num(shape(object).capacity()))));
  }

  /**
   * A number only tested for allocation (has_idx), any value: recorded as a point of the object
   * (instantiating its contract at one more index is harmless) and required of nothing. Outside
   * [0, capacity) the caller's {@link #inCapacity} makes the answer false whatever the object
   * says at the (truncated) index.
   */
  I probedIndex(String object, I i) {
    points.put(object, points.get(object).withIndex(i));
    return i;
  }

  private I withinCapacity(String object, I i, SourceLocation at, String what) {
    requirements.require(d.and(List.of(d.le(d.num(0), i),
        d.lt(i, d.num(shape(object).capacity())))), at, what);
    return i;
  }

  /** A time argument: a vigor_time_t (int64_t). */
  I time(I t, SourceLocation at) {
    BigInteger half = BigInteger.ONE.shiftLeft(63);
    requirements.require(d.and(List.of(d.le(d.num(half.negate()), t), d.lt(t, d.num(half)))), at,
        "time does not fit vigor_time_t");
    return t;
  }
}
