package no.rusomsorg.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class NamesTest {
  @Test
  void foldsNorwegianSamiAndKvenLetters() {
    assertThat(NationalRegister.nameKey("Tromsø")).isEqualTo("tromso");
    assertThat(NationalRegister.nameKey("Bærum")).isEqualTo("baerum");
    assertThat(NationalRegister.nameKey("Åsnes")).isEqualTo("asnes");
    assertThat(NationalRegister.nameKey("Kárášjohka")).isEqualTo("karasjohka");
    assertThat(NationalRegister.nameKey("Porsáŋgu")).isEqualTo("porsangu");
    assertThat(NationalRegister.nameKey("Stïentje")).isEqualTo("stientje");
    assertThat(NationalRegister.nameKey("Lyngen - Ivgu - Yykeä")).isEqualTo("lyngen ivgu yykea");
    assertThat(NationalRegister.nameKey("  Våler (Østfold) ")).isEqualTo("valer ostfold");
    assertThat(NationalRegister.nameKey("Nord-Odal")).isEqualTo(NationalRegister.nameKey("nord odal"));
    assertThat(NationalRegister.nameKey("Ávjovárgi–Đ")).isEqualTo("avjovargi d");
  }

  @Test
  void everyShortcutSpellingFindsWhatItsKeyFinds() {
    no.rusomsorg.register.internal.RegisterData data = no.rusomsorg.register.internal.RegisterData.load();
    assertThat(data.indexedNames()).hasSizeGreaterThan(1000);
    for (String text : data.indexedNames()) {
      assertThat(data.byName(text)).as(text).isSameAs(data.byName(NationalRegister.nameKey(text)));
    }
  }

  @Test
  void keyIsIdempotentAndCaseInsensitive() {
    String letters = "abcdefghijklmnopqrstuvwxyzæøåáčđŋšŧžïäöABCDEFÆØÅÁČĐŊŠŦŽ -()";
    qt().withExamples(2000)
        .forAll(Generate.intArrays(Generate.range(0, 40), Generate.range(0, letters.length() - 1)))
        .checkAssert(indexes -> {
          StringBuilder b = new StringBuilder();
          for (int i : indexes) {
            b.append(letters.charAt(i));
          }
          String s = b.toString();
          String key = NationalRegister.nameKey(s);
          assertThat(NationalRegister.nameKey(key)).isEqualTo(key);
          assertThat(NationalRegister.nameKey(s.toUpperCase(Locale.ROOT))).isEqualTo(key);
          assertThat(key).matches("[a-z0-9 ]*").doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        });
  }
}
