package dev.vigor.rfc.trace;

import java.util.Optional;

/**
 * The parts of a requirement id {@code <document>#<section anchor>-<ordinal>}, e.g.
 * {@code rfc3022#4.1-2} or {@code draft-ietf-foo#abstract-1}.
 */
public record RequirementId(String document, String anchor, int ordinal) {

  /** Parses an id; empty if it does not have the shape. */
  public static Optional<RequirementId> parse(String text) {
    int hash = text.indexOf('#');
    int dash = text.lastIndexOf('-');
    if (hash <= 0 || dash <= hash + 1 || dash == text.length() - 1 || text.indexOf('#', hash + 1) >= 0) {
      return Optional.empty();
    }
    String doc = text.substring(0, hash);
    String anchor = text.substring(hash + 1, dash);
    String ordinal = text.substring(dash + 1);
    if (!isName(doc) || !isName(anchor) || ordinal.length() > 6 || !ordinal.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int n = Integer.parseInt(ordinal);
    return n < 1 ? Optional.empty() : Optional.of(new RequirementId(doc, anchor, n));
  }

  private static boolean isName(String s) {
    if (s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return document + "#" + anchor + "-" + ordinal;
  }
}
