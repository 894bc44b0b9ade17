package org.specmirror.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary English words: the whole-word entries of the WordPiece vocabulary that ships with the
 * sentence-embedding model (about 20,000 words). A rare word that is an ordinary word ("moment",
 * "housing") is not a vendor's term; a coined one ("noxlink", "PulseBeat") may be. Loaded once.
 */
final class CommonWords {
  private static final String VOCABULARY = "all-minilm-l6-v2-q-tokenizer.json";

  private CommonWords() {}

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  /** Whether the word, or its singular or base form (-s, -es, -ed, -ing), is an ordinary word. */
  static boolean isCommon(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    Set<String> words = Holder.WORDS;
    if (words.contains(w)) {
      return true;
    }
    for (String suffix : new String[] {"s", "es", "ed", "d", "ing"}) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
        String base = w.substring(0, w.length() - suffix.length());
        if (words.contains(base) || words.contains(base + "e")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = CommonWords.class.getClassLoader().getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        return out;
      }
      JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
      vocab.fieldNames().forEachRemaining(
          k -> {
            if (!k.startsWith("##") && !k.startsWith("[") && k.chars().allMatch(Character::isLetter) && k.length() > 1) {
              out.add(k);
            }
          });
    } catch (IOException e) {
      // without the vocabulary every rare word is a candidate; never fatal
    }
    return out;
  }
}
