package dev.vigor.engine.cli;

import java.util.List;

/**
 * Adds subcommands to {@code vigor} from modules above the engine (found with
 * {@link java.util.ServiceLoader}), so the engine need not depend on them.
 */
public interface CliExtension {
  /** Instances of picocli {@code @Command} classes to register as subcommands. */
  List<Object> subcommands();
}
