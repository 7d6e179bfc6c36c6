package dev.vigor.app.rfc;

import dev.vigor.rfc.model.Level;
import java.util.Locale;

/** The style class that colours a keyword level the same way everywhere in the RFC view. */
final class LevelStyle {
  private LevelStyle() {}

  /** {@code level-must}, {@code level-should} or {@code level-may} (colours in rfc.css). */
  static String of(Level level) {
    return "level-" + level.name().toLowerCase(Locale.ROOT);
  }
}
