package dev.vigor.libvig.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every structure function of libvig.h has exactly one contract operation, by name. */
class StructureKindTest {
  private static List<String> declaredStructureFunctions() throws IOException {
    Path h = Path.of(System.getProperty("vigor.libvig.include", "include"), "vigor", "libvig.h");
    Matcher m = Pattern.compile("(?m)^[a-zA-Z_][a-zA-Z_0-9 ]*[ *]"
        + "((?:emap|vector|map|dchain|cht|lpm)_[a-z_0-9]*)\\(").matcher(Files.readString(h));
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void kindsListExactlyTheHeadersFunctions() throws IOException {
    List<String> declared = declaredStructureFunctions();
    List<String> listed = new ArrayList<>();
    for (StructureKind k : StructureKind.values()) {
      listed.addAll(k.functions());
    }
    assertEquals(declared, listed);
    assertEquals(Optional.empty(), StructureKind.ofFunction("vig_hash"));
    assertEquals(Optional.of(StructureKind.VECTOR), StructureKind.ofMacro("VIG_VECTOR_BOUNDED"));
  }

  @Test
  void everyContractOffersItsKindsFunctions() {
    try (Context ctx = new Context()) {
      EmapContract emap = EmapContract.create(ctx, "e", 4, ctx.mkBitVecSort(8));
      List<StructureContract<?>> contracts = List.of(emap,
          VectorContract.create(ctx, "v", 4, ctx.mkBitVecSort(8), x -> ctx.mkTrue()),
          MapContract.create(ctx, "m", 4, ctx.mkBitVecSort(8), ctx.mkBitVecSort(8),
              x -> ctx.mkTrue()),
          DchainContract.create(ctx, "d", 4), ChtContract.create(ctx, "c", 4, 7, emap),
          LpmContract.create(ctx, "l", 4));
      for (StructureContract<?> c : contracts) {
        StructureKind k = StructureKind.valueOf(c.kind().toUpperCase(java.util.Locale.ROOT));
        assertEquals(k.functions(), c.operations().stream().map(Operation::name).toList());
        for (String f : k.functions()) {
          assertTrue(c.operation(f).isPresent(), f);
        }
      }
    }
  }
}
