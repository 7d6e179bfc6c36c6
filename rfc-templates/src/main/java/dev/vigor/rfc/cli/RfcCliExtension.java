package dev.vigor.rfc.cli;

import dev.vigor.engine.cli.CliExtension;
import java.util.List;

/** Registers {@code vigor rfc} with the engine's command line. */
public final class RfcCliExtension implements CliExtension {
  @Override
  public List<Object> subcommands() {
    return List.of(new RfcCommand());
  }
}
