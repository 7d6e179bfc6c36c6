package dev.vigor.rfc.importer;

/** Lower-case, dash-separated names for anchors and ids ("Authors' Addresses" → authors-addresses). */
final class Slug {
  private static final int MAX = 40;

  private Slug() {}

  static String of(String text) {
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < text.length() && b.length() < MAX; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && b.length() > 0) {
          b.append('-');
        }
        b.append(c);
        dash = false;
      } else if (c != '\'' && c != '\u2019') {
        dash = true;
      }
    }
    return b.toString();
  }
}
