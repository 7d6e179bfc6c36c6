package dev.vigor.rfc.importer;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.rfc.model.Requirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns paragraphs into requirement sentences: every sentence with an RFC 2119 keyword, numbered
 * within its section. The keyword-definition boilerplate and text written in capitals (legal
 * disclaimers) are not requirements.
 */
final class RequirementExtractor {
  private final String docId;
  private final List<Requirement> requirements = new ArrayList<>();
  private final Map<String, Integer> ordinals = new HashMap<>();
  private boolean boilerplate;

  RequirementExtractor(String docId) {
    this.docId = docId;
  }

  List<Requirement> requirements() {
    return requirements;
  }

  /** Whether the keyword-definition boilerplate ("The key words ... are to be interpreted") was seen. */
  boolean sawBoilerplate() {
    return boilerplate;
  }

  void extract(JoinedText paragraph, String anchor) {
    String s = paragraph.text();
    for (int[] span : SentenceSplitter.split(s)) {
      if (isBoilerplate(s, span[0], span[1])) {
        boilerplate = true;
        continue;
      }
      List<KeywordUse> uses = KeywordScanner.scan(s, span[0], span[1]);
      if (uses.isEmpty() || isShouting(s, span[0], span[1])) {
        continue;
      }
      KeywordUse main = strongest(uses);
      int ordinal = ordinals.merge(anchor, 1, Integer::sum);
      SourceLocation kwAt = paragraph.at(main.offset(), main.length());
      SourceLocation kwEnd = paragraph.at(main.offset() + main.length() - 1, 0);
      if (kwEnd.line() != kwAt.line()) {
        kwAt = new SourceLocation(kwAt.file(), kwAt.line(), kwAt.column(), 0);
      }
      requirements.add(
          new Requirement(
              docId + "#" + anchor + "-" + ordinal,
              main.keyword(),
              withoutBullet(normalise(s, span[0], span[1])),
              anchor,
              paragraph.at(span[0], 0),
              kwAt));
    }
  }

  /** The first keyword of the most binding family in the sentence. */
  private static KeywordUse strongest(List<KeywordUse> uses) {
    KeywordUse best = uses.get(0);
    for (KeywordUse u : uses) {
      if (u.keyword().level().ordinal() < best.keyword().level().ordinal()) {
        best = u;
      }
    }
    return best;
  }

  /**
   * The RFC 2119 / 8174 definition sentence quotes the keywords and cites BCP 14 or RFC 2119; it
   * defines the words rather than requiring anything.
   */
  static boolean isBoilerplate(String s, int from, int to) {
    if (!contains(s, from, to, "\"MUST\"") && !contains(s, from, to, "\u201cMUST\u201d")) {
      return false;
    }
    return contains(s, from, to, "BCP 14") || contains(s, from, to, "2119") || contains(s, from, to, "interpreted");
  }

  /** Whether {@code what} occurs in {@code s[from, to)}; never looks past {@code to}. */
  private static boolean contains(String s, int from, int to, String what) {
    char first = what.charAt(0);
    for (int i = from; i + what.length() <= to; i++) {
      if (s.charAt(i) == first && s.startsWith(what, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether most letters of the sentence are capitals, as in warranty disclaimers. */
  static boolean isShouting(String s, int from, int to) {
    int letters = 0;
    int upper = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 40 && upper * 10 > letters * 8;
  }

  /** The sentence without a leading list bullet ("o  ", "*  ", "-  "), which is layout, not text. */
  static String withoutBullet(String sentence) {
    if (sentence.length() > 2 && sentence.charAt(1) == ' ' && "o*-+".indexOf(sentence.charAt(0)) >= 0) {
      return sentence.substring(2);
    }
    return sentence;
  }

  /** The text with every whitespace run as one space, trimmed. */
  static String normalise(String s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
        }
        b.append(c);
        space = false;
      }
    }
    return b.toString();
  }
}
