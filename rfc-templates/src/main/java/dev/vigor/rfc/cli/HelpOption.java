package dev.vigor.rfc.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for every {@code vigor rfc} command (the version lives on {@code vigor} itself). */
final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;
}
