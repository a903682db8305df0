package no.rusomsorg.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The block extraction itself, so that a block cannot slip through unseen. */
class SnippetTest {

  @Test
  void readsLanguageAttributesAndText() {
    var blocks = Snippet.of("x.md", "text\n```java fragment\nint a = 1;\n```\n\n~~~json file=a/b.json\n{}\n~~~\n```\nplain\n```\n");
    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(0).language()).isEqualTo("java");
    assertThat(blocks.get(0).fragment()).isTrue();
    assertThat(blocks.get(0).text()).isEqualTo("int a = 1;\n");
    assertThat(blocks.get(0).line()).isEqualTo(2);
    assertThat(blocks.get(1).file()).contains("a/b.json");
    assertThat(blocks.get(1).text()).isEqualTo("{}\n");
    assertThat(blocks.get(2).language()).isEmpty();
  }

  @Test
  void aLongerFenceHoldsAShorterOne() {
    var blocks = Snippet.of("x.md", "````md\n```java\nx\n```\n````\n");
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0).text()).isEqualTo("```java\nx\n```\n");
  }

  @Test
  void anUnclosedBlockIsAnError() {
    assertThatThrownBy(() -> Snippet.of("x.md", "```java\nclass A {}\n")).hasMessageContaining("x.md:1");
  }
}
