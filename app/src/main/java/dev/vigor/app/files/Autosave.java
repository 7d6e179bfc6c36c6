package dev.vigor.app.files;

import java.nio.file.Path;

/**
 * An unsaved buffer found on disk after the workbench stopped without saving it.
 *
 * @param original the file the buffer belongs to
 * @param text the buffer's text when it was autosaved
 * @param stored the autosave file itself
 */
public record Autosave(Path original, String text, Path stored) {}
