package dev.vigor.engine.c.preprocess;

import java.util.Map;
import java.util.Optional;

/**
 * The standard headers the engine provides itself (LP64 definitions), so NF code needs no C
 * toolchain: {@code <stdint.h>}, {@code <stdbool.h>}, {@code <stddef.h>}.
 */
public final class BuiltinHeaders {
  private BuiltinHeaders() {}

  private static final Map<String, String> HEADERS = Map.of(
      "stdint.h",
      String.join("\n",
          "#ifndef VIGOR_BUILTIN_STDINT_H",
          "#define VIGOR_BUILTIN_STDINT_H",
          "typedef signed char int8_t;",
          "typedef short int16_t;",
          "typedef int int32_t;",
          "typedef long int64_t;",
          "typedef unsigned char uint8_t;",
          "typedef unsigned short uint16_t;",
          "typedef unsigned int uint32_t;",
          "typedef unsigned long uint64_t;",
          "typedef long intptr_t;",
          "typedef unsigned long uintptr_t;",
          "#define INT8_MAX 127",
          "#define INT16_MAX 32767",
          "#define INT32_MAX 2147483647",
          "#define INT64_MAX 9223372036854775807L",
          "#define INT8_MIN (-128)",
          "#define INT16_MIN (-32768)",
          "#define INT32_MIN (-2147483647 - 1)",
          "#define INT64_MIN (-9223372036854775807L - 1)",
          "#define UINT8_MAX 255",
          "#define UINT16_MAX 65535",
          "#define UINT32_MAX 4294967295U",
          "#define UINT64_MAX 18446744073709551615UL",
          "#endif",
          ""),
      "stdbool.h",
      String.join("\n",
          "#ifndef VIGOR_BUILTIN_STDBOOL_H",
          "#define VIGOR_BUILTIN_STDBOOL_H",
          "#define bool _Bool",
          "#define true 1",
          "#define false 0",
          "#endif",
          ""),
      "stddef.h",
      String.join("\n",
          "#ifndef VIGOR_BUILTIN_STDDEF_H",
          "#define VIGOR_BUILTIN_STDDEF_H",
          "typedef unsigned long size_t;",
          "typedef long ptrdiff_t;",
          "#define NULL ((void *)0)",
          "#endif",
          ""));

  /** The text of a built-in header such as {@code stdint.h}. */
  public static Optional<String> text(String name) {
    return Optional.ofNullable(HEADERS.get(name));
  }

  /** The names of the built-in headers, for messages. */
  public static String names() {
    return "<stdint.h>, <stdbool.h>, <stddef.h>";
  }
}
