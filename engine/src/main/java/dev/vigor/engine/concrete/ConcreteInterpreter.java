package dev.vigor.engine.concrete;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.Decision;
import dev.vigor.engine.exec.Interpreter;
import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.exec.Machine;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.exec.PacketMemory;
import dev.vigor.engine.exec.Val;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an NF concretely on the shared IR walk with libVig's concrete structures: nf_init, then
 * nf_process on concrete packets, keeping state between them; or a replay of one symbolic trace's
 * concrete input, starting from that input's pre-state.
 */
public final class ConcreteInterpreter {
  private final Program program;
  private final NfConfig config;
  private ConcreteLibVig libVig;

  public ConcreteInterpreter(Program program, NfConfig config) {
    this.program = program;
    this.config = config;
    this.libVig = new ConcreteLibVig(program, config.constants());
  }

  /**
   * Runs nf_init on empty objects; its result. A low-level failure in it is thrown, and so is a
   * run past the step budget ({@link dev.vigor.engine.exec.StepBudgetExhausted}) or a cancel.
   */
  public boolean init(dev.vigor.engine.run.CancelToken cancel) {
    libVig = new ConcreteLibVig(program, config.constants());
    RunMachine m = new RunMachine(new ConcretePacket(new byte[0]), cancel, false);
    return new Interpreter<>(program, m, config.constants()).withStepLimit(config.maxSteps()).init();
  }

  /** The chts the last {@link #init} left unfilled (nf_init must call cht_fill on each). */
  public List<String> unfilledChts() {
    return libVig.unfilledChts();
  }

  /** {@link #init(dev.vigor.engine.run.CancelToken)} that nobody cancels. */
  public boolean init() {
    return init(dev.vigor.engine.run.CancelToken.none());
  }

  /**
   * Runs nf_init on empty objects, as {@link #init} does, but reports instead of throwing: its C
   * steps, and either its result or the low-level failure it hit. Afterwards
   * {@link #objectStates} holds the tables it built.
   */
  public InitRun initRun() {
    libVig = new ConcreteLibVig(program, config.constants());
    RunMachine m = new RunMachine(new ConcretePacket(new byte[0]),
        dev.vigor.engine.run.CancelToken.none(), false);
    m.recordSteps = true;
    try {
      boolean ok = new Interpreter<>(program, m, config.constants())
          .withStepLimit(config.maxSteps()).init();
      return new InitRun(ok, m.steps, null, null, null);
    } catch (LowLevelFailure f) {
      return new InitRun(false, m.steps, f.check(), f.loc(), f.getMessage());
    }
  }

  /**
   * What one nf_init run did: its result (false when it failed a check), its C steps
   * ({@code file:line:col: what ran}, as a symbolic trace lists them), and the failed check if any.
   */
  public record InitRun(boolean succeeded, List<String> steps, LowLevelCheck failedCheck,
      SourceLocation failedAt, String failure) {
    public InitRun {
      steps = List.copyOf(steps);
    }

    public boolean failed() {
      return failedCheck != null;
    }
  }

  /** Runs nf_process on the current objects' state. */
  public ConcreteRun process(int device, byte[] packet, long now) {
    libVig.setNow(now);
    RunMachine m = new RunMachine(new ConcretePacket(packet), dev.vigor.engine.run.CancelToken.none(), true);
    try {
      Val.Int v = new Interpreter<>(program, m, config.constants()).withStepLimit(config.maxSteps())
          .process(new Bits(BigInteger.valueOf(device), 16), m.packet.length(),
              new Bits(BigInteger.valueOf(now), 64));
      return new ConcreteRun(m.decisions, ((Bits) v.bits()).signed().longValue(), m.packet.bytes(),
          null, null, null, m.allocatedIndex);
    } catch (LowLevelFailure f) {
      return new ConcreteRun(m.decisions, null, null, f.check(), f.loc(), f.getMessage(),
          m.allocatedIndex);
    } catch (dev.vigor.engine.exec.StepBudgetExhausted e) {
      return new ConcreteRun(m.decisions, null, null, LowLevelCheck.STEP_BUDGET, e.loc(),
          e.getMessage(), m.allocatedIndex);
    }
  }

  /** Replays a concrete input: objects filled with its pre-state, then nf_process on its packet. */
  public ConcreteRun replay(ConcreteInput input) {
    prepare(input);
    return process(input.device(), input.packet(), input.now());
  }

  /** Fresh objects filled with the input's pre-state (a full table's other entries: fillers). */
  public void prepare(ConcreteInput input) {
    libVig = new ConcreteLibVig(program, config.constants());
    // the pre-state satisfies the declared bounds at the packet's time (a bound may read now)
    libVig.setNow(input.now());
    libVig.load(input);
  }

  /**
   * Every emap, vector and map as it is now, entry by entry (vectors: non-zero cells only):
   * before a {@link #process} call its pre-state, after it the NF's final state.
   */
  public List<ConcreteInput.ObjectState> objectStates() {
    return libVig.snapshot();
  }

  /**
   * Starts recording what each libVig object's entries change (until the next init or prepare,
   * which make fresh objects): a caller following tables of 65,536 entries packet by packet reads
   * only those (see {@link #drainChanges}, {@link #entry}).
   */
  public void trackChanges() {
    libVig.trackChanges();
  }

  /** By object name, what changed since the last call or since {@link #trackChanges}. */
  public java.util.Map<String, TableChanges> drainChanges() {
    return libVig.drainChanges();
  }

  /**
   * The current entry of an emap or vector at index, or of a map at key (its bytes); empty when
   * there is none.
   */
  public java.util.Optional<ConcreteInput.Entry> entry(String object, int index, byte[] key) {
    return libVig.entry(object, index, key);
  }

  /** Branch decisions, failures as exceptions, libVig calls on the concrete structures. */
  private final class RunMachine implements Machine<Bits> {
    final ConcreteDomain domain = new ConcreteDomain();
    final ConcretePacket packet;
    final List<Decision> decisions = new ArrayList<>();
    final List<String> steps = new ArrayList<>();
    // Only an init run keeps its steps: replays compare decisions, and need no text.
    boolean recordSteps;
    private final dev.vigor.engine.run.CancelToken cancel;
    /** Whether to keep the decisions (a replay compares them; nf_init's would only fill memory). */
    private final boolean record;
    /** The index the first emap_add returned, else the first dchain_allocate (ALLOCATORS). */
    Integer allocatedIndex;
    private int allocatedBy = Integer.MAX_VALUE;

    RunMachine(ConcretePacket packet, dev.vigor.engine.run.CancelToken cancel, boolean record) {
      this.packet = packet;
      this.cancel = cancel;
      this.record = record;
    }

    @Override
    public ConcreteDomain domain() {
      return domain;
    }

    @Override
    public PacketMemory<Bits> packet() {
      return packet;
    }

    @Override
    public boolean decide(Bits cond, String text, SourceLocation loc, Decision.Kind kind) {
      boolean t = cond.isTrue();
      if (record) {
        decisions.add(new Decision(loc, text, t, kind));
      }
      return t;
    }

    @Override
    public void check(Bits safe, LowLevelCheck check, SourceLocation loc, String message) {
      if (!safe.isTrue()) {
        throw new LowLevelFailure(check, loc, message);
      }
    }

    @Override
    public List<Bits> libVig(String function, LibVigObject object, List<Bits> args, SourceLocation loc) {
      List<Bits> results = libVig.call(function, object, args, loc);
      int rank = ConcreteRun.ALLOCATORS.indexOf(function);
      if (rank >= 0 && rank < allocatedBy && results.size() >= 2) {
        allocatedIndex = results.get(1).signed().intValue();
        allocatedBy = rank;
      }
      return results;
    }

    @Override
    public List<Bits> libVig(String function, LibVigObject object, List<LibVigObject> others,
        List<Bits> args, SourceLocation loc) {
      return libVig.call(function, object, others, args, loc);
    }

    @Override
    public void step(SourceLocation loc, String what, Bits value) {
      step(loc, what, value, true);
    }

    @Override
    public void step(SourceLocation loc, String what, Bits value, boolean signed) {
      if (!recordSteps) {
        return;
      }
      steps.add(loc + ": " + what + (value == null ? "" : " " + (signed ? value.signed()
          : value.value())));
    }

    @Override
    public void poll() {
      cancel.throwIfCancelled();
    }
  }
}
