package dev.vigor.engine.c.preprocess;

import dev.vigor.engine.diag.SourceLocation;
import java.util.List;

/**
 * A #define: object-like when params is null; variadic when the last parameter is {@code ...}
 * (named {@code __VA_ARGS__} in the body).
 */
public record Macro(String name, List<String> params, boolean variadic, List<PpToken> body, SourceLocation loc) {
  /** Whether uses take an argument list. */
  public boolean functionLike() {
    return params != null;
  }
}
