package dev.vigor.libvig.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteCht;
import dev.vigor.libvig.concrete.ConcreteEmap;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The concrete Maglev table keeps the cht contract; planted faults do not. */
class ChtContractTest extends ContractTestSupport {
  private static final int B = ChtDriver.BACKENDS;
  private static final int H = ChtDriver.HEIGHT;

  @Test
  void concreteChtKeepsItsContract() {
    keepsContract("cht", (c, r) -> new ChtDriver(c, new ConcreteCht(B, H)));
  }

  @Test
  void permutationOffByOneIsCaught() {
    faultCaught("cht", "Maglev offset off by one", (c, r) -> new ChtDriver(c, new ConcreteCht(B, H) {
      @Override
      public int offset(int backend) {
        return (super.offset(backend) + 1) % height();
      }
    }));
  }

  @Test
  void lookupIgnoringAvailabilityIsCaught() {
    faultCaught("cht", "lookup returns the slot's first backend even when it is down",
        (c, r) -> new ChtDriver(c, new ConcreteCht(B, H) {
          @Override
          public OptionalInt findPreferred(int hash, ConcreteEmap backends) {
            OptionalInt b = super.findPreferred(hash, backends);
            return b.isPresent() ? OptionalInt.of(preference(slotOf(hash), 0)) : b;
          }
        }));
  }

  @Test
  void lookupOfTheNextSlotIsCaught() {
    faultCaught("cht", "lookup reads the neighbouring slot's row",
        (c, r) -> new ChtDriver(c, new ConcreteCht(B, H) {
          @Override
          public int slotOf(int hash) {
            return (super.slotOf(hash) + 1) % height();
          }
        }));
  }

  @Test
  void chtFillIsForbiddenInsideNfProcess() {
    ChtDriver d = new ChtDriver(ctx, new ConcreteCht(B, H));
    Operation fill = d.contract().operation("cht_fill").orElseThrow();
    assertFalse(checker.satisfiable(
        fill.precondition(d.contract().freshState("C"), List.of(), Points.none())));
  }

  @Test
  void theAssumedInvariantImpliesTheInvariantAtASymbolicSlot() {
    ChtDriver d = new ChtDriver(ctx, new ConcreteCht(B, H));
    ChtContract c = d.contract();
    Terms t = c.vocabulary().terms();
    Expr<?> state = c.freshState("C");
    Points p = Points.of(List.of(ctx.mkConst("slot", t.indexSort()), t.index(3)),
        List.of(ctx.mkConst("b", t.indexSort())));
    assertFalse(checker.satisfiable(c.assumedInvariant(state, p, null),
        ctx.mkNot(c.invariant(state, p, null))), "rank() must make the rows permutations");
  }

  @Test
  void theAssumedInvariantHoldsOfTheFilledTableAndNotOfARowRepeatingABackend() {
    // a slot the table has (a symbolic slot could lie past the last row, where no row is known)
    Points p = Points.of(List.of(new Terms(ctx).index(3)), List.of());
    ChtDriver good = new ChtDriver(ctx, new ConcreteCht(B, H));
    Expr<?> state = good.contract().freshState("C");
    assertTrue(checker.satisfiable(good.abstraction(state, p),
        good.contract().assumedInvariant(state, p, null)));
    ChtDriver repeating = new ChtDriver(ctx, new ConcreteCht(B, H) {
      @Override
      public int preference(int slot, int rank) {
        return super.preference(slot, rank == 1 ? 0 : rank);
      }
    });
    Expr<?> s2 = repeating.contract().freshState("C2");
    assertFalse(checker.satisfiable(repeating.abstraction(s2, p),
        repeating.contract().assumedInvariant(s2, p, null)));
  }
}
