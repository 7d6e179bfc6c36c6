package dev.vigor.rfc.model;

/** How binding a requirement is: the MUST, SHOULD or MAY family of RFC 2119 keywords. */
public enum Level {
  MUST,
  SHOULD,
  MAY;

  /** Whether a spec is expected to cover requirements of this level (MAY is optional). */
  public boolean isTracked() {
    return this != MAY;
  }
}
