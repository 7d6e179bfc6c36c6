package dev.vigor.engine.exec;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The interpreters' memory model: loads and stores of C values into regions of cells
 * (little-endian, like the x86-64/AArch64 hosts), with the checks every access needs (NULL,
 * packet and region bounds, reads of unwritten bytes). Packet bytes go to the machine's
 * {@link PacketMemory}.
 */
final class Memory<V> {
  private final Machine<V> m;
  private final Domain<V> d;
  private final GuardedChecks<V> checks;

  Memory(Machine<V> machine, BooleanSupplier pure) {
    this.m = machine;
    this.d = machine.domain();
    this.checks = new GuardedChecks<>(machine, pure);
  }

  private V bv(Object o) {
    return GuardedChecks.bits(o);
  }

  private void check(V safe, LowLevelCheck check, SourceLocation loc, String message) {
    checks.check(safe, check, loc, message);
  }

  /**
   * Reads size bytes at p as one bit-vector of 8 * size bits with byte 0 MOST significant: the
   * convention for libVig keys and values everywhere (the validator builds spec-side keys the same
   * way). For a MAC address read from the packet this is its 48-bit network-order number.
   */
  V readKey(Val.Ptr p, int size, String what, SourceLocation loc) {
    List<Object> cells = readCells(p, size, loc);
    maybeUndefined(p, size, what, loc);
    V acc = null;
    for (int i = 0; i < size; i++) {
      V b = defined(cells.get(i), p, i, what, loc);
      acc = acc == null ? b : d.concat(acc, b);
    }
    return acc;
  }

  /**
   * As {@link #readKey}, for a key or value of C type that a libVig call reads. A value's padding
   * reads as zero, written or not: no C code reads padding through a member, so it is not part of
   * the value (specs build records with zero padding, and state invariants say stored padding is
   * zero). A key's padding must have been written: libVig hashes and compares keys byte by byte.
   */
  V readStored(Val.Ptr p, CType type, boolean key, String what, SourceLocation loc) {
    int size = Math.toIntExact(type.size());
    java.util.BitSet padding = dev.vigor.engine.ir.StructPadding.of(type);
    if (padding.isEmpty()) {
      return readKey(p, size, what, loc);
    }
    List<Object> cells = readCells(p, size, loc);
    V acc = null;
    for (int i = 0; i < size; i++) {
      V b;
      if (!padding.get(i)) {
        b = defined(cells.get(i), p, i, what, loc);
      } else if (!key) {
        b = d.num(0, 8);
      } else if (cells.get(i) == null) {
        m.check(d.truth(false), LowLevelCheck.UNINITIALISED_READ, loc, what + " reads byte " + i + " of '"
            + p.region().name() + "', " + dev.vigor.engine.ir.StructPadding.describe(type, i)
            + ", which nothing wrote: libVig hashes and compares keys byte by byte, so equal keys"
            + " could differ there; declare the key with an initializer, which zeroes every byte"
            + " (struct " + tagOf(type) + " key = {0};), or order the members so that the struct has no padding");
        throw new PathEnded("uninitialised key padding");
      } else {
        b = defined(cells.get(i), p, i, what, loc);
      }
      acc = acc == null ? b : d.concat(acc, b);
    }
    return acc;
  }

  private static String tagOf(CType type) {
    return type instanceof CType.Struct st ? st.tag() : "K";
  }

  /** The inverse of {@link #readKey}: the cells of a key or value bit-vector. */
  List<Object> unpack(V bits) {
    int n = d.bits(bits) / 8;
    List<Object> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int hi = 8 * (n - i) - 1;
      cells.add(d.extract(bits, hi, hi - 7));
    }
    return cells;
  }

  /** Checks the cells at a fixed offset that a symbolic-offset store may have left unwritten. */
  void maybeUndefined(Val.Ptr p, int size, String what, SourceLocation loc) {
    if (p.region() == null || p.region().kind() == Region.Kind.PACKET) {
      return;
    }
    BigInteger k = d.constant(bv(p.offset()));
    if (k == null) {
      return; // select() checked it
    }
    for (int i = 0; i < size; i++) {
      Object u = p.region().undefinedWhen(k.intValue() + i);
      if (u != null) {
        @SuppressWarnings("unchecked")
        V undefined = (V) u;
        check(d.bnot(undefined), LowLevelCheck.UNINITIALISED_READ, loc, what + " may read byte " + i + " of '"
            + p.region().name() + "' that no store wrote (stores at a computed offset may have missed it)");
      }
    }
  }

  @SuppressWarnings("unchecked")
  V defined(Object cell, Val.Ptr p, int i, String what, SourceLocation loc) {
    if (cell == null && p.region().kind() == Region.Kind.GLOBAL) {
      // globals are zeroed or configured; only a configuration value with no number has no bytes
      m.check(d.truth(false), LowLevelCheck.UNINITIALISED_READ, loc, what + " reads configuration"
          + " value '" + p.region().name() + "', which has no fixed value here (nf.properties leaves"
          + " it open, config." + p.region().name() + " = " + NfConfig.ANY + ", or gives none): only"
          + " nf_process may read an open value; nf_init runs once, concretely, with fixed ones, so"
          + " give it a value");
      throw new PathEnded("open configuration value read");
    }
    if (cell == null) {
      m.check(d.truth(false), LowLevelCheck.UNINITIALISED_READ, loc, what + " reads '" + p.region().name()
          + "' (byte " + i + ") before anything was written to it (if it is the out-parameter of a libVig call"
          + " such as emap_add or emap_get, that call returned false and left it unwritten)");
      throw new PathEnded("uninitialised read");
    }
    if (cell instanceof Region.PointerByte) {
      throw new OutsideSubsetException(loc + ": " + what + " reads the bytes of a pointer as an integer");
    }
    return (V) cell;
  }

  void access(Val.Ptr p, int size, SourceLocation loc, boolean write) {
    if (p.isNull()) {
      m.check(d.truth(false), LowLevelCheck.NULL_DEREFERENCE, loc, (write ? "writes" : "reads")
          + " through a NULL pointer (a header helper returns NULL when the packet does not carry that"
          + " header; check its result first)");
      throw new PathEnded("NULL dereference");
    }
    if (p.region().ended() != null) {
      // Memory past its lifetime: in libVig a given-back element is the vector's own memory, so a
      // store through the old pointer changes the vector behind its contract; a dead local's
      // stack slot belongs to whatever runs next.
      Region.Lease lease = p.region().lease();
      m.check(d.truth(false), LowLevelCheck.USE_AFTER_RETURN, loc, (write ? "writes" : "reads")
          + " through a pointer to " + (lease == null ? "'" + p.region().name() + "'"
          : "the element of " + lease.object() + " borrowed at " + lease.at()) + ", which "
          + p.region().ended());
      throw new PathEnded("use after return");
    }
    V off = bv(p.offset());
    if (p.region().kind() == Region.Kind.PACKET) {
      V end = d.add(off, d.num(size, 64));
      V len = d.zext(m.packet().length(), 64);
      V safe = d.band(d.sle(d.num(0, 64), off), d.band(d.ule(end, len), d.sle(off, end)));
      m.check(safe, LowLevelCheck.PACKET_BOUNDS, loc, (write ? "writes " : "reads ") + size
          + " byte(s) of the packet past its length");
    } else {
      V end = d.add(off, d.num(size, 64));
      V safe = d.band(d.sle(d.num(0, 64), off), d.sle(end, d.num(p.region().size(), 64)));
      m.check(safe, LowLevelCheck.REGION_BOUNDS, loc, (write ? "writes " : "reads ") + size
          + " byte(s) outside '" + p.region().name() + "' (" + p.region().size() + " bytes)");
    }
  }

  /** Reads size cells at p (checked). Local cells at a symbolic offset are selected by ite. */
  List<Object> readCells(Val.Ptr p, int size, SourceLocation loc) {
    access(p, size, loc, false);
    List<Object> cells = new ArrayList<>(size);
    V off = bv(p.offset());
    if (p.region().kind() == Region.Kind.PACKET) {
      for (int i = 0; i < size; i++) {
        cells.add(m.packet().read(d.add(off, d.num(i, 64))));
      }
      return cells;
    }
    BigInteger k = d.constant(off);
    if (k == null) {
      off = m.pinned(off, p.region().size(), loc);
      k = d.constant(off);
    }
    for (int i = 0; i < size; i++) {
      if (k != null) {
        cells.add(p.region().cell(k.intValue() + i));
      } else {
        cells.add(select(p.region(), d.add(off, d.num(i, 64)), loc));
      }
    }
    return cells;
  }

  V select(Region r, V at, SourceLocation loc) {
    V undefined = d.truth(false);
    for (int j = 0; j < r.size(); j++) {
      if (r.cell(j) == null) {
        undefined = d.bor(undefined, d.eq(at, d.num(j, 64)));
      } else if (r.undefinedWhen(j) != null) {
        @SuppressWarnings("unchecked")
        V u = (V) r.undefinedWhen(j);
        undefined = d.bor(undefined, d.band(d.eq(at, d.num(j, 64)), u));
      }
    }
    check(d.bnot(undefined), LowLevelCheck.UNINITIALISED_READ, loc, "reads a byte of '" + r.name()
        + "' before anything was written to it");
    V acc = d.num(0, 8);
    for (int j = r.size() - 1; j >= 0; j--) {
      Object cell = r.cell(j);
      if (cell == null || cell instanceof Region.PointerByte) {
        continue; // only reached when at != j, or the read is flagged when the offset is fixed
      }
      @SuppressWarnings("unchecked")
      V b = (V) cell;
      acc = d.ite(d.eq(at, d.num(j, 64)), b, acc);
    }
    return acc;
  }

  void storeCells(Val.Ptr p, List<Object> cells, SourceLocation loc) {
    access(p, cells.size(), loc, true);
    V off = bv(p.offset());
    if (p.region().kind() == Region.Kind.PACKET) {
      for (int i = 0; i < cells.size(); i++) {
        Object c = cells.get(i);
        if (!(c instanceof Region.PointerByte) && c != null) {
          @SuppressWarnings("unchecked")
          V b = (V) c;
          m.packet().write(d.add(off, d.num(i, 64)), b);
        } else {
          throw new OutsideSubsetException(loc + ": stores a pointer or uninitialised bytes into the packet");
        }
      }
      return;
    }
    if (p.region().readOnly()) {
      throw new OutsideSubsetException(loc + ": writes to read-only '" + p.region().name() + "'");
    }
    BigInteger k = d.constant(off);
    if (k == null) {
      off = m.pinned(off, p.region().size(), loc);
      k = d.constant(off);
    }
    for (int i = 0; i < cells.size(); i++) {
      if (k != null) {
        p.region().setCell(k.intValue() + i, cells.get(i));
      } else {
        V at = d.add(off, d.num(i, 64));
        for (int j = 0; j < p.region().size(); j++) {
          Object old = p.region().cell(j);
          @SuppressWarnings("unchecked")
          V nb = (V) cells.get(i);
          V hit = d.eq(at, d.num(j, 64));
          // a cell unwritten before stays unwritten unless this store hits it
          @SuppressWarnings("unchecked")
          V wasUndefined = old == null ? d.truth(true) : p.region().undefinedWhen(j) == null ? d.truth(false)
              : (V) p.region().undefinedWhen(j);
          V undefined = d.band(wasUndefined, d.bnot(hit));
          p.region().setCell(j, d.ite(hit, nb, old == null ? d.num(0, 8) : (V) old),
              Boolean.FALSE.equals(d.truthOf(undefined)) ? null : undefined);
        }
      }
    }
  }

  void store(Val.Ptr p, Val v, CType type, SourceLocation loc) {
    storeCells(p, cellsOf(v, type), loc);
  }

  List<Object> cellsOf(Val v, CType type) {
    List<Object> cells = new ArrayList<>();
    if (v instanceof Val.Int i) {
      V bits = bv(i);
      for (int b = 0; b < d.bits(bits) / 8; b++) {
        cells.add(d.extract(bits, 8 * b + 7, 8 * b));
      }
    } else if (v instanceof Val.Ptr p) {
      for (int b = 0; b < 8; b++) {
        cells.add(new Region.PointerByte(p, b));
      }
    } else {
      cells.addAll(((Val.Cells) v).cells());
    }
    return cells;
  }

  Val load(Val.Ptr p, CType type, SourceLocation loc) {
    int size = (int) type.size();
    List<Object> cells = readCells(p, size, loc);
    if (type.isScalar()) {
      maybeUndefined(p, size, "this", loc);
    }
    if (type instanceof CType.Int t) {
      V acc = null;
      for (int i = size - 1; i >= 0; i--) {
        V b = defined(cells.get(i), p, i, "this", loc);
        acc = acc == null ? b : d.concat(acc, b);
      }
      return new Val.Int(acc, t);
    }
    if (type instanceof CType.Pointer) {
      Object first = cells.get(0);
      if (first == null) {
        defined(null, p, 0, "this", loc);
      }
      if (first instanceof Region.PointerByte pb) {
        for (int i = 0; i < 8; i++) {
          if (!(cells.get(i) instanceof Region.PointerByte q) || q.pointer() != pb.pointer() || q.index() != i) {
            throw new OutsideSubsetException(loc + ": reads a pointer that was stored piecewise");
          }
        }
        return pb.pointer();
      }
      for (Object c : cells) {
        @SuppressWarnings("unchecked")
        BigInteger k = c instanceof Region.PointerByte ? null : d.constant((V) c);
        if (k == null || k.signum() != 0) {
          throw new OutsideSubsetException(loc + ": reads an integer as a pointer");
        }
      }
      return new Val.Ptr(null, d.num(0, 64));
    }
    return new Val.Cells(cells);
  }
}
