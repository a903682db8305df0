package no.rusomsorg.core.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Authorities#allNames(AuthorityKind)} answers for every kind of body it knows, none silently empty. */
class AllNamesTest {
  private final Authorities authorities = Authorities.standard();

  @ParameterizedTest
  @EnumSource(value = AuthorityKind.class, names = {"MUNICIPALITY", "MUNICIPAL_APPEAL_BODY"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyNationalBodyKindHasNames(AuthorityKind kind) {
    List<Authority> names = authorities.allNames(kind);
    assertThat(names).isNotEmpty().allSatisfy(a -> assertThat(a.kind()).isEqualTo(kind));
    assertThat(names).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(value = AuthorityKind.class, names = {"MUNICIPALITY", "MUNICIPAL_APPEAL_BODY"})
  void municipalBodiesComeFromTheCaller(AuthorityKind kind) {
    assertThat(authorities.allNames(kind)).isEmpty();
  }

  @Test
  void coercionTribunalsOfBothErasAreListed() {
    List<String> names = authorities.allNames(AuthorityKind.COERCION_TRIBUNAL).stream().map(a -> a.name().nb()).toList();
    assertThat(names).contains("Barneverns- og helsenemnda i Rogaland")
        .anyMatch(n -> n.startsWith("Fylkesnemnda for barnevern og sosiale saker"));
  }
}
