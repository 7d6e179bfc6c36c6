package dev.vigor.engine.specexec;

import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.spec.ir.Spec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Struct layouts and state-object value layouts read from the C front-end's {@link Program}. */
public final class ProgramLayouts implements StructLayouts {
  private final Program program;

  public ProgramLayouts(Program program) {
    this.program = program;
  }

  @Override
  public Optional<ValueLayout.StructLayout> struct(String tag) {
    return program.struct(tag).map(ProgramLayouts::structLayout);
  }

  /** The layout of a C type kept in state: integers, uint8_t arrays and structs of those. */
  public static ValueLayout layout(CType type) {
    if (type instanceof CType.Int i) {
      return new ValueLayout.IntLayout((int) i.size(), i.signed());
    }
    if (type instanceof CType.Array a && a.element() instanceof CType.Int e && e.size() == 1) {
      return new ValueLayout.ByteArray((int) a.length());
    }
    if (type instanceof CType.Struct s) {
      return structLayout(s);
    }
    throw new IllegalArgumentException("no spec value has the C type " + type.cName());
  }

  private static ValueLayout.StructLayout structLayout(CType.Struct s) {
    List<ValueLayout.FieldLayout> fields = new ArrayList<>();
    for (CType.Field f : s.fields()) {
      fields.add(new ValueLayout.FieldLayout(f.name(), (int) f.offset(), layout(f.type())));
    }
    return new ValueLayout.StructLayout(s.tag(), (int) s.size(), fields);
  }

  /** The shapes of the spec's imported objects (each must be exported by the NF). */
  public Map<String, StateShape> shapes(Spec spec) {
    Map<String, StateShape> out = new LinkedHashMap<>();
    for (String object : spec.stateObjects().keySet()) {
      out.put(object, shape(object).orElseThrow(() -> new SpecExecutionException(
          "the NF exports no state object " + object)));
    }
    return out;
  }

  /** The key and value layouts of the object the NF exports as {@code specName}. */
  public Optional<StateShape> shape(String specName) {
    return program.objects().stream()
        .filter(o -> specName.equals(o.exportName()))
        .findFirst()
        .map(o -> new StateShape(
            Optional.ofNullable(o.keyType()).map(ProgramLayouts::layout),
            Optional.ofNullable(o.valueType()).map(ProgramLayouts::layout),
            (int) o.capacity()));
  }
}
