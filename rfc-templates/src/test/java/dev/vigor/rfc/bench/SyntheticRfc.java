package dev.vigor.rfc.bench;

import dev.vigor.rfc.model.Keyword;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a long document in the IETF plain-text layout (58-line pages with a running header,
 * a "[Page N]" footer and a form feed, a table of contents with dotted leaders, sections two levels
 * deep, paragraphs that run across page breaks) and remembers what it put in: how many sections and
 * how many requirement sentences per keyword, so an import can be checked against it.
 */
public record SyntheticRfc(String text, int sections, Map<Keyword, Integer> keywords) {
  private static final int PAGE_LINES = 58;
  private static final int BODY_LINES = 52;
  private static final String[] WORDS = {
    "packet", "flow", "table", "entry", "port", "device", "address", "timer", "bucket", "relay",
    "header", "checksum", "index", "state", "frame", "route", "interface", "counter", "value"
  };

  public byte[] bytes() {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  public int requirements() {
    return keywords.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** About {@code pages} pages, the same for the same seed. */
  public static SyntheticRfc generate(int pages, long seed) {
    Random random = new Random(seed);
    List<String> body = new ArrayList<>();
    Map<Keyword, Integer> counts = new EnumMap<>(Keyword.class);
    int top = 0;
    int sections = 0;
    List<String> toc = new ArrayList<>();
    // Pages = all lines / BODY_LINES: front matter (about 20 lines), the TOC and the body.
    int target = pages * BODY_LINES - 20;
    while (body.size() + toc.size() < target) {
      top++;
      sections++;
      String title = title(random);
      toc.add(String.format("   %d.  %s", top, title));
      body.add(top + ".  " + title);
      body.add("");
      paragraph(body, random, counts);
      int subs = 1 + random.nextInt(4);
      for (int s = 1; s <= subs && body.size() + toc.size() < target; s++) {
        sections++;
        String sub = title(random);
        toc.add(String.format("     %d.%d.  %s", top, s, sub));
        body.add(top + "." + s + ".  " + sub);
        body.add("");
        for (int p = 1 + random.nextInt(3); p > 0; p--) {
          paragraph(body, random, counts);
        }
      }
    }
    List<String> all = new ArrayList<>();
    all.add(pad("Network Working Group", "V. Bench"));
    all.add(pad("Request for Comments: 9999", "Benchmarks"));
    all.add(pad("Category: Informational", "July 2026"));
    all.add("");
    all.add("");
    all.add("                   Synthetic Requirements for Benchmarks");
    all.add("");
    all.add("Requirements Language");
    all.add("");
    all.add("   The key words \"MUST\", \"MUST NOT\", \"REQUIRED\", \"SHALL\", \"SHALL");
    all.add("   NOT\", \"SHOULD\", \"SHOULD NOT\", \"RECOMMENDED\", \"NOT RECOMMENDED\",");
    all.add("   \"MAY\", and \"OPTIONAL\" in this document are to be interpreted as");
    all.add("   described in BCP 14 [RFC2119] [RFC8174] when, and only when, they");
    all.add("   appear in all capitals, as shown here.");
    all.add("");
    all.add("Table of Contents");
    all.add("");
    for (String entry : toc) {
      all.add(leader(entry, 1 + all.size() / PAGE_LINES));
    }
    all.add("");
    all.addAll(body);
    return new SyntheticRfc(paginate(all), sections, counts);
  }

  private static void paragraph(List<String> body, Random random, Map<Keyword, Integer> counts) {
    StringBuilder text = new StringBuilder();
    for (int s = 2 + random.nextInt(5); s > 0; s--) {
      String subject = "The " + word(random) + " " + word(random);
      String rest = word(random) + " " + word(random) + " " + (random.nextInt(900) + 10) + " on "
          + word(random) + " " + random.nextInt(64);
      if (random.nextInt(3) == 0) {
        // Lower-case "must" is ordinary English, not a requirement.
        text.append(subject).append(" must ").append(rest).append(".  ");
        continue;
      }
      Keyword k = Keyword.values()[random.nextInt(Keyword.values().length)];
      counts.merge(k, 1, Integer::sum);
      String sentence = switch (k) {
        case REQUIRED, RECOMMENDED, NOT_RECOMMENDED, OPTIONAL ->
            subject + " for " + rest + " is " + k.text() + ".  ";
        default -> subject + " " + k.text() + " " + rest + ".  ";
      };
      text.append(sentence);
    }
    wrap(body, text.toString().strip());
    body.add("");
  }

  private static void wrap(List<String> body, String text) {
    StringBuilder line = new StringBuilder("  ");
    for (String w : text.split(" ")) {
      if (line.length() + 1 + w.length() > 72) {
        body.add(line.toString());
        line = new StringBuilder("  ");
      }
      line.append(' ').append(w);
    }
    body.add(line.toString());
  }

  private static String paginate(List<String> lines) {
    StringBuilder out = new StringBuilder();
    int page = 1;
    int used = 0;
    for (String l : lines) {
      if (used == BODY_LINES) {
        out.append("\n\n").append(pad("Bench", "Informational", "[Page " + page + "]")).append("\n\f\n");
        page++;
        out.append(pad("RFC 9999", "Synthetic Requirements", "July 2026")).append("\n\n");
        used = 0;
      }
      out.append(l).append('\n');
      used++;
    }
    out.append("\n\n").append(pad("Bench", "Informational", "[Page " + page + "]")).append('\n');
    return out.toString();
  }

  private static String title(Random random) {
    String w = word(random);
    return Character.toUpperCase(w.charAt(0)) + w.substring(1) + " " + word(random) + " Handling";
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String leader(String entry, int page) {
    StringBuilder b = new StringBuilder(entry).append(' ');
    while (b.length() < 66) {
      b.append(b.length() % 2 == 0 ? '.' : ' ');
    }
    return b.append(String.format("%4d", page)).toString();
  }

  private static String pad(String left, String right) {
    return left + " ".repeat(Math.max(1, 72 - left.length() - right.length())) + right;
  }

  private static String pad(String left, String centre, String right) {
    int mid = (72 - centre.length()) / 2;
    String s = left + " ".repeat(Math.max(1, mid - left.length())) + centre;
    return s + " ".repeat(Math.max(1, 72 - s.length() - right.length())) + right;
  }
}
