package dev.vigor.libvig.concrete;

/** Precondition helpers shared by the concrete structures. */
final class Checks {
  private Checks() {}

  static void require(boolean condition, String operation, String message) {
    if (!condition) {
      throw new PreconditionViolation(operation, message);
    }
  }

  static void index(int index, int capacity, String operation) {
    require(index >= 0 && index < capacity, operation,
        "index " + index + " is outside 0.." + (capacity - 1));
  }

  static byte[] width(byte[] value, int size, String operation, String what) {
    require(value != null && value.length == size, operation,
        what + " must be " + size + " bytes, got " + (value == null ? "null" : value.length));
    return value.clone();
  }

  static void capacity(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
  }
}
