package dev.vigor.engine.exec;

import dev.vigor.engine.diag.SourceLocation;

/**
 * A block of memory a pointer can point into. Every region but the packet is a fixed array of
 * cells, each a byte value (V), a {@link PointerByte}, or null while never written; the packet's
 * bytes live in the interpreter's {@link PacketMemory}.
 */
public final class Region {
  /** What a region is, for messages and for the checks that differ by kind. */
  public enum Kind { LOCAL, GLOBAL, PACKET, ELEMENT }

  private final String name;
  private final Kind kind;
  private final Object[] cells;
  /**
   * Per cell, null when its definedness is known from the cell itself, else a boolean (domain value)
   * saying when it is still unwritten: a store at a symbolic offset writes a cell only when the
   * offset hits it.
   */
  private final Object[] undefinedWhen;
  private final boolean readOnly;
  /** For an element vector_borrow lent: which vector, for which index, where; else null. */
  private final Lease lease;
  /** Why the region may no longer be used (e.g. the element was given back), or null. */
  private String ended;

  /**
   * An element lent by {@code vector_borrow}: the vector, the index (a domain value) and where.
   * The pointer to it lives until {@code vector_return} gives it back.
   */
  public record Lease(String object, Object index, SourceLocation at) {}

  public Region(String name, Kind kind, int size, boolean readOnly) {
    this(name, kind, size, readOnly, null);
  }

  /** A region; {@code lease} says which vector lent it (an element), else null. */
  public Region(String name, Kind kind, int size, boolean readOnly, Lease lease) {
    this.name = name;
    this.kind = kind;
    this.cells = kind == Kind.PACKET ? null : new Object[size];
    this.undefinedWhen = kind == Kind.PACKET ? null : new Object[size];
    this.readOnly = readOnly;
    this.lease = lease;
  }

  /** The lease of an element vector_borrow lent, or null. */
  public Lease lease() {
    return lease;
  }

  /** Why the region may no longer be used, or null while it may. */
  public String ended() {
    return ended;
  }

  /** Ends the region's lifetime: every later load or store through a pointer to it fails. */
  public void end(String why) {
    ended = why;
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public boolean readOnly() {
    return readOnly;
  }

  /** Size in bytes (not meaningful for the packet). */
  public int size() {
    return cells == null ? 0 : cells.length;
  }

  public Object cell(int i) {
    return cells[i];
  }

  public void setCell(int i, Object v) {
    cells[i] = v;
    undefinedWhen[i] = null;
  }

  /** When cell i is still unwritten (a boolean), or null when the cell says so itself. */
  public Object undefinedWhen(int i) {
    return undefinedWhen[i];
  }

  /** Sets cell i to v, still unwritten when undefined holds (null: written). */
  public void setCell(int i, Object v, Object undefined) {
    cells[i] = v;
    undefinedWhen[i] = undefined;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Byte i of a pointer stored in memory (pointers are never taken apart into integers). */
  public record PointerByte(Val.Ptr pointer, int index) {}
}
