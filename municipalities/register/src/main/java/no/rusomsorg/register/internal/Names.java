package no.rusomsorg.register.internal;

import java.text.Normalizer;

/**
 * Folds a municipality name to its lookup key: case- and diacritic-insensitive, separators unified.
 *
 * <ul>
 *   <li>letters are lower-cased; ø → o, æ → ae, đ → d, ŋ → n, ŧ → t, ß → ss;</li>
 *   <li>every other letter loses its diacritics (å → a, á → a, č → c, š → s, ž → z, ï → i, ä → a);</li>
 *   <li>everything that is not a letter or digit (space, hyphen, dash, parentheses, full stop) is a
 *       separator; runs of separators become one space, leading and trailing ones are dropped.</li>
 * </ul>
 * So "Tromsø", "TROMSO" and "tromso" give "tromso"; "Nord-Odal" and "nord odal" give "nord odal";
 * "Våler (Østfold)" gives "valer ostfold". The register indexes every official name, each of its
 * language forms and each form without its parenthesised qualifier.
 */
public final class Names {
  private Names() {}

  /**
   * The lookup key of a text.
   *
   * @param text the text
   * @return the key, possibly empty
   */
  public static String key(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2);
    boolean separated = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          b.append(c);
          separated = false;
        } else if (!separated) {
          b.append(' ');
          separated = true;
        }
        continue;
      }
      String folded = fold(c);
      if (folded.isEmpty()) {
        if (!separated) {
          b.append(' ');
          separated = true;
        }
      } else {
        b.append(folded);
        separated = false;
      }
    }
    int end = b.length();
    if (end > 0 && b.charAt(end - 1) == ' ') {
      b.setLength(end - 1);
    }
    return b.toString();
  }

  private static String fold(char c) {
    char lower = Character.toLowerCase(c);
    switch (lower) {
      case 'ø':
        return "o";
      case 'æ':
        return "ae";
      case 'đ':
        return "d";
      case 'ŋ':
        return "n";
      case 'ŧ':
        return "t";
      case 'ß':
        return "ss";
      case 'á': case 'à': case 'â': case 'ä': case 'ã': case 'å': case 'ā':
        return "a";
      case 'č': case 'ç': case 'ć':
        return "c";
      case 'é': case 'è': case 'ê': case 'ë':
        return "e";
      case 'í': case 'ì': case 'î': case 'ï':
        return "i";
      case 'ó': case 'ò': case 'ô': case 'ö': case 'õ':
        return "o";
      case 'ú': case 'ù': case 'û': case 'ü':
        return "u";
      case 'š': case 'ś':
        return "s";
      case 'ž': case 'ź': case 'ż':
        return "z";
      case 'ý': case 'ÿ':
        return "y";
      case 'ñ': case 'ń':
        return "n";
      default:
        break;
    }
    // Other letters: drop combining marks the general way (java.text.Normalizer loads its data on
    // first use, so the letters of Norwegian, Sami and Kven names are folded by the table above).
    if (!Character.isLetterOrDigit(lower)) {
      return "";
    }
    String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(2);
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (Character.getType(d) != Character.NON_SPACING_MARK) {
        b.append(d);
      }
    }
    return b.length() == 0 ? String.valueOf(lower) : b.toString();
  }
}
