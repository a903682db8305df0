package no.rusomsorg.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AddressTest {

  private static void rejects(ThrowingCallable build, String field, Rule rule) {
    assertThatThrownBy(build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  @Test
  void streetAddressWithOrWithoutPostcode() {
    Address a = Address.builder().street("Lundeveien 34").postcode("4640").place("Søgne").build();
    assertThat(a.lines()).containsExactly("Lundeveien 34", "4640 Søgne");
    assertThat(Address.builder().street("Langgata 96").place("Sandnes").build().lines()).containsExactly("Langgata 96", "Sandnes");
  }

  @Test
  void poBoxAddress() {
    Address a = Address.builder().recipient("Søgne kommune").poBox("1051").postcode("4682").place("Søgne").build();
    assertThat(a).hasToString("Søgne kommune, Postboks 1051, 4682 Søgne");
  }

  @Test
  void rules() {
    rejects(() -> Address.builder().place("Sandnes").build(), "street", Rule.REQUIRED);
    rejects(() -> Address.builder().street("Langgata 96").poBox("583").postcode("4302").place("Sandnes").build(), "poBox", Rule.CONSISTENCY);
    rejects(() -> Address.builder().poBox("583").place("Sandnes").build(), "postcode", Rule.REQUIRED);
    rejects(() -> Address.builder().poBox("5a3").postcode("4302").place("Sandnes").build(), "poBox", Rule.FORMAT);
    rejects(() -> Address.builder().street("Langgata 96").postcode("430").place("Sandnes").build(), "postcode", Rule.FORMAT);
    rejects(() -> Address.builder().street("Langgata 96").postcode("43021").place("Sandnes").build(), "postcode", Rule.FORMAT);
    rejects(() -> Address.builder().street("Langgata 96").place(" ").build(), "place", Rule.NOT_BLANK);
    rejects(() -> Address.builder().street("").place("Sandnes").build(), "street", Rule.NOT_BLANK);
  }
}
