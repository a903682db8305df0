package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Objects;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The criterion records and {@link Reason} write out {@code equals} and {@code hashCode} (for start-up
 * time); these properties hold them to what a record generates: equal exactly when every component is
 * equal, and equal values have equal hash codes. A component forgotten in {@code equals} makes two
 * values that differ only in it compare equal; the generators draw from few ages, bases and relations,
 * so such pairs come up often.
 */
class RecordEqualityTest {

  @Test
  void criteriaAreEqualExactlyWhenTheirComponentsAre() {
    qt().withExamples(Examples.of(3000)).forAll(Gens.criteria(), Gens.criteria()).checkAssert((a, b) -> {
      assertThat(a.equals(b)).as("%s vs %s", a, b).isEqualTo(componentsEqual(a, b));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
      Object copy = copyOf(a);
      assertThat(copy).isNotSameAs(a).isEqualTo(a).hasSameHashCodeAs(a);
      assertThat(a.equals(null)).isFalse();
    });
  }

  @Test
  void reasonsAreEqualExactlyWhenTheirComponentsAre() {
    LocalDate date = LocalDate.of(2026, 3, 12);
    qt().withExamples(Examples.of(2000)).forAll(Gens.criteria(), Gens.criteria()).checkAssert((a, b) -> {
      PersonFacts nobody = PersonFacts.builder().build();
      for (Reason x : a.evaluate(nobody, date).reasons()) {
        for (Reason y : b.evaluate(nobody, date).reasons()) {
          assertThat(x.equals(y)).isEqualTo(componentsEqual(x, y));
          if (x.equals(y)) {
            assertThat(x.hashCode()).isEqualTo(y.hashCode());
          }
        }
        Reason otherText = new Reason(x.criterion(), x.outcome(), LocalizedText.of("annen tekst"));
        assertThat(otherText).isNotEqualTo(x);
        assertThat(copyOf(x)).isEqualTo(x).hasSameHashCodeAs(x);
      }
    });
  }

  private static boolean componentsEqual(Object a, Object b) {
    if (a.getClass() != b.getClass()) {
      return false;
    }
    for (RecordComponent c : a.getClass().getRecordComponents()) {
      if (!Objects.equals(value(c, a), value(c, b))) {
        return false;
      }
    }
    return true;
  }

  private static Object copyOf(Object record) {
    RecordComponent[] cs = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[cs.length];
    Object[] values = new Object[cs.length];
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
      values[i] = value(cs[i], record);
    }
    try {
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot copy " + record.getClass(), e);
    }
  }

  private static Object value(RecordComponent c, Object record) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read " + c, e);
    }
  }
}
