package dev.vigor.engine.ir;

/** The libVig structure kinds an NF can instantiate, with the C form that declares each. */
public enum LibVigKind {
  EMAP("VIG_EMAP", "vig_emap"),
  VECTOR("VIG_VECTOR", "vig_vector"),
  MAP("VIG_MAP", "vig_map"),
  DCHAIN("VIG_DCHAIN", "vig_dchain"),
  CHT("VIG_CHT", "vig_cht"),
  LPM("VIG_LPM", "vig_lpm");

  private final String form;
  private final String structTag;

  LibVigKind(String form, String structTag) {
    this.form = form;
    this.structTag = structTag;
  }

  /** The instantiation macro, e.g. {@code VIG_EMAP}. */
  public String form() {
    return form;
  }

  /** The descriptor struct the handle points to, e.g. {@code vig_emap}. */
  public String structTag() {
    return structTag;
  }
}
