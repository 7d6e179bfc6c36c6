package dev.vigor.engine.specexec;

import dev.vigor.engine.spec.ir.Input;
import java.math.BigInteger;
import java.util.List;

/**
 * The values a spec walk computes with: mathematical integers {@code I}, truth values {@code B},
 * C bit-vectors {@code W} (state keys and elements, byte 0 most significant) and state-object
 * values {@code S}. The symbolic domain builds Z3 terms, the concrete one computes. Operations are
 * total; where a value would be meaningless (division by zero, a missing key) the walk records a
 * side condition instead, so both domains agree on what is defined.
 */
public interface SpecDomain<I, B, W, S> {
  // ---- integers and truth ----
  I num(BigInteger value);

  default I num(long value) {
    return num(BigInteger.valueOf(value));
  }

  B truth(boolean value);

  I add(I a, I b);

  I sub(I a, I b);

  I mul(I a, I b);

  /** Python's {@code //}: rounds towards negative infinity; anything when {@code b} is 0. */
  I floorDiv(I a, I b);

  /** Python's {@code %}: {@code a - b * (a // b)}. */
  I mod(I a, I b);

  /** Two's-complement bitwise and of operands in [-2^255, 2^255). */
  I bitAnd(I a, I b);

  I bitOr(I a, I b);

  I bitXor(I a, I b);

  B eq(I a, I b);

  B lt(I a, I b);

  B le(I a, I b);

  B not(B a);

  B and(List<B> parts);

  B or(List<B> parts);

  B implies(B a, B b);

  I ite(B c, I a, I b);

  // ---- bit-vectors ----
  /** The low {@code bits} bits of {@code value} in two's complement. */
  W toBits(I value, int bits);

  /** The number a bit-vector holds, unsigned or signed. */
  I fromBits(W bits, boolean signed);

  /** Bits {@code hi..lo} of {@code w}. */
  W extract(W w, int hi, int lo);

  /** The concatenation, first part most significant. */
  W concat(List<W> parts);

  B bitsEq(W a, W b);

  /** The number whose big-endian bytes (each 0..255) these are. */
  default I fromBytes(List<I> bytesMostSignificantFirst) {
    I value = num(0);
    for (I b : bytesMostSignificantFirst) {
      value = add(mul(value, num(256)), b);
    }
    return value;
  }

  // ---- the packet and the environment ----
  /** The packet as received. */
  PacketAccess<I> packet();

  /**
   * What make gives for {@code what} of packet p (a header's validity, a field): a domain that
   * reads the same packet in many runs may give the value it made before; by default made anew.
   */
  default <T> T ofPacket(PacketAccess<I> p, String what, java.util.function.Supplier<T> make) {
    return make.get();
  }

  /**
   * Whether the two packets hold the same bytes below {@code in}'s length (offsets below
   * {@code bytesBound}, the largest buffer).
   */
  default B sameBytes(PacketAccess<I> in, PacketAccess<I> out, int bytesBound) {
    return sameBytesExcept(in, out, bytesBound, at -> truth(false));
  }

  /**
   * Whether the two packets hold the same bytes below {@code in}'s length at every offset
   * {@code exempt} does not hold of. The default is one comparison per offset below
   * {@code bytesBound}; a domain with a cheaper exact form overrides it.
   */
  default B sameBytesExcept(PacketAccess<I> in, PacketAccess<I> out, int bytesBound,
      java.util.function.Function<I, B> exempt) {
    List<B> c = new java.util.ArrayList<>();
    for (int o = 0; o < bytesBound; o++) {
      I at = num(o);
      c.add(implies(and(List.of(lt(at, in.length()), not(exempt.apply(at)))),
          eq(in.byteAt(at), out.byteAt(at))));
    }
    return and(c);
  }

  /** An input's value ({@code pkt}, {@code sent_on_ports} and {@code sent_headers} excluded). */
  I input(Input input);

  /** A configuration value. */
  I config(String name);

  /** What the NF did with the packet on this path, when known (for {@code sent_on_ports}). */
  java.util.Optional<NfOutcome<I>> nfOutcome();

  /** The number of devices. */
  int deviceCount();

  // ---- state ----
  /** The object's state before the packet. */
  S initialState(String object);

  S expireAll(String object, S s, I time);

  S emapAdd(String object, S s, W key, I index, I time);

  S emapRefresh(String object, S s, I index, I time);

  S emapErase(String object, S s, W key);

  B emapHas(String object, S s, W key);

  I emapGet(String object, S s, W key);

  B emapHasIdx(String object, S s, I index);

  W emapGetKey(String object, S s, I index);

  B emapFull(String object, S s);

  W vectorGet(String object, S s, I index);

  S vectorSet(String object, S s, I index, W value);

  B mapHas(String object, S s, W key);

  W mapGet(String object, S s, W key);

  S mapPut(String object, S s, W key, W value);

  S mapErase(String object, S s, W key);

  B mapFull(String object, S s);

  /** Whether a stored prefix of the lpm matches the 32-bit address {@code addr}. */
  B lpmFound(String object, S s, W addr);

  /** The value of the longest stored prefix matching {@code addr} (anything when none does). */
  I lpmValue(String object, S s, W addr);

  /**
   * {@code emap.exists_with_cht(cht, hash)}: some backend of the row of slot {@code hash mod
   * height} is allocated in the emap (its backends). hash is in [0, 2^32).
   */
  default B chtExists(String cht, S chtState, String emap, S emapState, I hash) {
    throw new SpecExecutionException("this spec domain has no cht");
  }

  /** {@code emap.choose_with_cht(cht, hash)}: the first such backend; anything when none is. */
  default I chtChoose(String cht, S chtState, String emap, S emapState, I hash) {
    throw new SpecExecutionException("this spec domain has no cht");
  }

  /** A key's bits in the form the NF's keys take, so equal keys are one term (by default as is). */
  default W keyTerm(W bits) {
    return bits;
  }

  /** {@code _T_hash(r)}: the NF's vig_hash of the record's C bytes, in [0, 2^32). */
  default I recordHash(W bytes) {
    throw new SpecExecutionException("this spec domain has no record hash");
  }
}
