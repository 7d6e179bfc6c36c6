package dev.vigor.app.shell;

/**
 * Where the main window was and how it was divided, kept between sessions: its bounds when not
 * maximised, whether it was maximised, the widths of the catalog and of the Verify dock in pixels
 * (they keep their width when the window is resized, so pixels, not fractions), and where the
 * divider between the open files and the RFC views was, as a fraction of the centre.
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
    double catalogWidth, double dockWidth, double rfcDivider) {}
