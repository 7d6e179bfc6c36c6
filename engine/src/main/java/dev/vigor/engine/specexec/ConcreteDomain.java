package dev.vigor.engine.specexec;

import dev.vigor.engine.spec.ir.Input;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** The spec domain over concrete values: BigIntegers, booleans, {@link Bits}, {@link AbstractState}. */
public final class ConcreteDomain implements SpecDomain<BigInteger, Boolean, Bits, AbstractState> {
  private final ConcreteSpecInputs in;
  private final java.util.Map<String, StateShape> shapes;

  public ConcreteDomain(ConcreteSpecInputs inputs, java.util.Map<String, StateShape> shapes) {
    this.in = inputs;
    this.shapes = java.util.Map.copyOf(shapes);
  }

  /** Bits of the object's keys or values, for the meaningless result of a read that misses. */
  private Bits zero(String object, boolean key) {
    StateShape shape = shapes.get(object);
    Optional<ValueLayout> layout = shape == null ? Optional.empty()
        : key ? shape.key() : shape.value();
    return new Bits(BigInteger.ZERO, 8 * layout.map(ValueLayout::size).orElse(1));
  }

  @Override
  public BigInteger num(BigInteger value) {
    return value;
  }

  @Override
  public Boolean truth(boolean value) {
    return value;
  }

  @Override
  public BigInteger add(BigInteger a, BigInteger b) {
    return a.add(b);
  }

  @Override
  public BigInteger sub(BigInteger a, BigInteger b) {
    return a.subtract(b);
  }

  @Override
  public BigInteger mul(BigInteger a, BigInteger b) {
    return a.multiply(b);
  }

  @Override
  public BigInteger floorDiv(BigInteger a, BigInteger b) {
    if (b.signum() == 0) {
      return BigInteger.ZERO;
    }
    BigInteger[] qr = a.divideAndRemainder(b);
    // Java truncates; Python floors: step down when the remainder's sign differs from b's.
    return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  @Override
  public BigInteger mod(BigInteger a, BigInteger b) {
    return a.subtract(b.multiply(floorDiv(a, b)));
  }

  @Override
  public BigInteger bitAnd(BigInteger a, BigInteger b) {
    return a.and(b);
  }

  @Override
  public BigInteger bitOr(BigInteger a, BigInteger b) {
    return a.or(b);
  }

  @Override
  public BigInteger bitXor(BigInteger a, BigInteger b) {
    return a.xor(b);
  }

  @Override
  public Boolean eq(BigInteger a, BigInteger b) {
    return a.equals(b);
  }

  @Override
  public Boolean lt(BigInteger a, BigInteger b) {
    return a.compareTo(b) < 0;
  }

  @Override
  public Boolean le(BigInteger a, BigInteger b) {
    return a.compareTo(b) <= 0;
  }

  @Override
  public Boolean not(Boolean a) {
    return !a;
  }

  @Override
  public Boolean and(List<Boolean> parts) {
    return parts.stream().allMatch(b -> b);
  }

  @Override
  public Boolean or(List<Boolean> parts) {
    return parts.stream().anyMatch(b -> b);
  }

  @Override
  public Boolean implies(Boolean a, Boolean b) {
    return !a || b;
  }

  @Override
  public BigInteger ite(Boolean c, BigInteger a, BigInteger b) {
    return c ? a : b;
  }

  @Override
  public Bits toBits(BigInteger value, int bits) {
    return Bits.of(value, bits);
  }

  @Override
  public BigInteger fromBits(Bits bits, boolean signed) {
    return signed ? bits.signed() : bits.value();
  }

  @Override
  public Bits extract(Bits w, int hi, int lo) {
    int width = hi - lo + 1;
    return Bits.of(w.value().shiftRight(lo), width);
  }

  @Override
  public Bits concat(List<Bits> parts) {
    BigInteger v = BigInteger.ZERO;
    int width = 0;
    for (Bits p : parts) {
      v = v.shiftLeft(p.width()).or(p.value());
      width += p.width();
    }
    return new Bits(v, width);
  }

  @Override
  public Boolean bitsEq(Bits a, Bits b) {
    return a.equals(b);
  }

  @Override
  public PacketAccess<BigInteger> packet() {
    return packetAccess(in.packet(), in.length());
  }

  /** A concrete packet's bytes (zero beyond the array) and length. */
  public static PacketAccess<BigInteger> packetAccess(byte[] bytes, int length) {
    return new PacketAccess<>() {
      @Override
      public BigInteger byteAt(BigInteger offset) {
        if (offset.signum() < 0 || offset.compareTo(BigInteger.valueOf(bytes.length)) >= 0) {
          return BigInteger.ZERO;
        }
        return BigInteger.valueOf(bytes[offset.intValueExact()] & 0xff);
      }

      @Override
      public BigInteger length() {
        return BigInteger.valueOf(length);
      }
    };
  }

  @Override
  public BigInteger input(Input input) {
    return switch (input) {
      case RECEIVED_ON_PORT -> BigInteger.valueOf(in.receivedOnPort());
      case NOW -> BigInteger.valueOf(in.now());
      case THE_INDEX_ALLOCATED -> BigInteger.valueOf(in.theIndexAllocated());
      case TIME_FOR_ALLOCATED_INDEX -> BigInteger.valueOf(in.timeForAllocatedIndex());
      case PACKET_SIZE -> BigInteger.valueOf(in.length());
      default -> throw new SpecExecutionException(input.specName() + " is not a number");
    };
  }

  @Override
  public BigInteger config(String name) {
    BigInteger v = in.config().get(name);
    if (v == null) {
      throw new SpecExecutionException("no value given for configuration value " + name);
    }
    return v;
  }

  @Override
  public Optional<NfOutcome<BigInteger>> nfOutcome() {
    return in.nfOutcome();
  }

  @Override
  public int deviceCount() {
    return in.deviceCount();
  }

  // ---- state ----

  private <T extends AbstractState> T state(AbstractState s, Class<T> kind, String object) {
    if (!kind.isInstance(s)) {
      throw new SpecExecutionException(object + " is not " + kind.getSimpleName());
    }
    return kind.cast(s);
  }

  private static int index(BigInteger i) {
    return i.intValue();
  }

  private static long time(BigInteger t) {
    return t.longValue();
  }

  @Override
  public AbstractState initialState(String object) {
    AbstractState s = in.states().get(object);
    if (s == null) {
      throw new SpecExecutionException("no state given for imported object " + object);
    }
    return s;
  }

  @Override
  public AbstractState expireAll(String object, AbstractState s, BigInteger t) {
    return state(s, AbstractState.Emap.class, object).expire(time(t));
  }

  @Override
  public AbstractState emapAdd(String object, AbstractState s, Bits key, BigInteger index,
      BigInteger t) {
    return state(s, AbstractState.Emap.class, object).add(key, index(index), time(t));
  }

  @Override
  public AbstractState emapRefresh(String object, AbstractState s, BigInteger index, BigInteger t) {
    return state(s, AbstractState.Emap.class, object).refresh(index(index), time(t));
  }

  @Override
  public AbstractState emapErase(String object, AbstractState s, Bits key) {
    return state(s, AbstractState.Emap.class, object).erase(key);
  }

  @Override
  public Boolean emapHas(String object, AbstractState s, Bits key) {
    return state(s, AbstractState.Emap.class, object).indexOf(key).isPresent();
  }

  @Override
  public BigInteger emapGet(String object, AbstractState s, Bits key) {
    // A missing key's index is meaningless; the walk has recorded that as a side condition.
    return BigInteger.valueOf(state(s, AbstractState.Emap.class, object).indexOf(key).orElse(0));
  }

  @Override
  public Boolean emapHasIdx(String object, AbstractState s, BigInteger index) {
    return state(s, AbstractState.Emap.class, object).entries().containsKey(index(index));
  }

  @Override
  public Bits emapGetKey(String object, AbstractState s, BigInteger index) {
    AbstractState.Emap e = state(s, AbstractState.Emap.class, object);
    AbstractState.Entry entry = e.entries().get(index(index));
    if (entry != null) {
      return entry.key();
    }
    return zero(object, true);
  }

  @Override
  public Boolean emapFull(String object, AbstractState s) {
    return state(s, AbstractState.Emap.class, object).full();
  }

  @Override
  public Bits vectorGet(String object, AbstractState s, BigInteger index) {
    return state(s, AbstractState.Vector.class, object).get(index(index));
  }

  @Override
  public AbstractState vectorSet(String object, AbstractState s, BigInteger index, Bits value) {
    return state(s, AbstractState.Vector.class, object).set(index(index), value);
  }

  @Override
  public Boolean mapHas(String object, AbstractState s, Bits key) {
    return state(s, AbstractState.MapState.class, object).entries().containsKey(key);
  }

  @Override
  public Bits mapGet(String object, AbstractState s, Bits key) {
    AbstractState.MapState m = state(s, AbstractState.MapState.class, object);
    Bits v = m.entries().get(key);
    if (v != null) {
      return v;
    }
    return zero(object, false);
  }

  @Override
  public AbstractState mapPut(String object, AbstractState s, Bits key, Bits value) {
    return state(s, AbstractState.MapState.class, object).put(key, value);
  }

  @Override
  public AbstractState mapErase(String object, AbstractState s, Bits key) {
    return state(s, AbstractState.MapState.class, object).erase(key);
  }

  @Override
  public Boolean mapFull(String object, AbstractState s) {
    return state(s, AbstractState.MapState.class, object).full();
  }

  @Override
  public Boolean lpmFound(String object, AbstractState s, Bits addr) {
    return state(s, AbstractState.Lpm.class, object).match(addr.value().intValue()).isPresent();
  }

  @Override
  public BigInteger lpmValue(String object, AbstractState s, Bits addr) {
    // No match: meaningless; the walk has recorded that as a side condition.
    return BigInteger.valueOf(state(s, AbstractState.Lpm.class, object)
        .match(addr.value().intValue()).map(AbstractState.Route::value).orElse(0));
  }

  // ---- cht ----

  private int[] row(String object, AbstractState table, AbstractState backends, BigInteger hash) {
    var t = state(table, AbstractState.Cht.class, object).table();
    state(backends, AbstractState.Emap.class, object);
    int slot = t.slotOf(hash.intValue());
    int[] row = new int[t.backendCapacity()];
    for (int r = 0; r < row.length; r++) {
      row[r] = t.preference(slot, r);
    }
    return row;
  }

  @Override
  public Boolean chtExists(String object, AbstractState table, String emap, AbstractState backends,
      BigInteger hash) {
    return chtChoose(object, table, emap, backends, hash).signum() >= 0;
  }

  /** The first backend of the row allocated in the emap; -1 when none is. */
  @Override
  public BigInteger chtChoose(String object, AbstractState table, String emap,
      AbstractState backends, BigInteger hash) {
    for (int b : row(object, table, backends, hash)) {
      if (((AbstractState.Emap) backends).entries().containsKey(b)) {
        return BigInteger.valueOf(b);
      }
    }
    return BigInteger.ONE.negate();
  }

  /** The replayed model's hash of these bytes when it has one, else libVig's vig_hash. */
  @Override
  public BigInteger recordHash(Bits bytes) {
    byte[] data = new byte[bytes.width() / 8];
    for (int i = 0; i < data.length; i++) {
      data[i] = bytes.value().shiftRight(8 * (data.length - 1 - i)).byteValue();
    }
    Integer h = in.hashes().get(java.util.HexFormat.of().formatHex(data));
    return BigInteger.valueOf(Integer.toUnsignedLong(h != null ? h
        : dev.vigor.libvig.concrete.VigHash.hash(data)));
  }
}
