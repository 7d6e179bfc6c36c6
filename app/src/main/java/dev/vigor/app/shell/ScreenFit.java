package dev.vigor.app.shell;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the window goes on the screens there are now: a remembered position on a screen that is
 * gone (a laptop undocked) or a size larger than the screen would leave the window unreachable, so
 * the bounds are moved and shrunk onto a screen's visible area; without a remembered position the
 * window takes most of the main screen.
 */
public final class ScreenFit {
  /** The default window takes this share of the main screen, up to {@link #DEFAULT_MAX}. */
  static final double DEFAULT_SHARE = 0.85;
  static final Rectangle2D DEFAULT_MAX = new Rectangle2D(0, 0, 1600, 1000);

  private ScreenFit() {}

  /**
   * The bounds to use: {@code wanted} (or the default when null) moved onto the screen it overlaps
   * most (else {@code primary}), no larger than that screen's visual bounds and no smaller than
   * {@code minWidth} x {@code minHeight} where the screen allows.
   */
  public static Rectangle2D fit(Rectangle2D wanted, List<Rectangle2D> screens, Rectangle2D primary,
      double minWidth, double minHeight) {
    if (wanted == null) {
      double w = Math.min(DEFAULT_MAX.getWidth(), primary.getWidth() * DEFAULT_SHARE);
      double h = Math.min(DEFAULT_MAX.getHeight(), primary.getHeight() * DEFAULT_SHARE);
      wanted = new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
          primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
    }
    Rectangle2D screen = primary;
    double best = 0;
    for (Rectangle2D s : screens) {
      double overlap = overlap(s, wanted);
      if (overlap > best) {
        best = overlap;
        screen = s;
      }
    }
    double w = clamp(wanted.getWidth(), Math.min(minWidth, screen.getWidth()), screen.getWidth());
    double h = clamp(wanted.getHeight(), Math.min(minHeight, screen.getHeight()), screen.getHeight());
    double x = clamp(wanted.getMinX(), screen.getMinX(), screen.getMaxX() - w);
    double y = clamp(wanted.getMinY(), screen.getMinY(), screen.getMaxY() - h);
    return new Rectangle2D(x, y, w, h);
  }

  private static double overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w <= 0 || h <= 0 ? 0 : w * h;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
