package org.specmirror.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.specmirror.match.Statement;
import org.specmirror.model.Modality;

/**
 * Deterministic synthetic statements for the matching benchmark: requirements (sources, {@link
 * Modality#MUST}) and vendor statements (targets, {@link Modality#OFFERS}). The same sizes and seed
 * give the same statements.
 *
 * <p>Words come from three lists sampled with Zipf-like frequencies (the k-th word of a list with
 * weight 1/(k + 2.7)): English function words, about a hundred domain words, and a few
 * thousand made-up but pronounceable terms built from syllables, so term rarity behaves as in real
 * text without copying any. A statement has one or two sentences and 8 to 30 words in all; about a
 * third carry a number with a unit. About 70 % of the sources have one or two <em>planted</em>
 * targets: copies with edits (modal verb dropped, words replaced, dropped or inserted, a number
 * changed), placed at random among the other targets, so that there is something to find.
 */
public final class MatchCorpus {

  /**
   * Generated statements.
   *
   * @param sources the requirements
   * @param targets the vendor statements
   * @param planted for each source, the indices in {@code targets} of its edited copies (often none)
   */
  public record Data(List<Statement> sources, List<Statement> targets, List<int[]> planted) {
    /** Number of planted source × target pairs. */
    public int plantedPairs() {
      return planted.stream().mapToInt(p -> p.length).sum();
    }
  }

  private static final int TERMS = 3000;
  private static final double FUNCTION_SHARE = 0.35;
  private static final double DOMAIN_SHARE = 0.20;

  private final Random random;
  private final Zipf functionWords;
  private final Zipf domainWords;
  private final Zipf terms;
  private final String[] termList;

  private MatchCorpus(long seed) {
    random = new Random(seed);
    termList = madeUpTerms(new Random(seed ^ 0x5DEECE66DL), TERMS);
    functionWords = new Zipf(FUNCTION.length);
    domainWords = new Zipf(DOMAIN.length);
    terms = new Zipf(TERMS);
  }

  /** {@code sources} requirements and {@code targets} vendor statements from {@code seed}. */
  public static Data generate(int sources, int targets, long seed) {
    if (sources < 0 || targets < 0) {
      throw new IllegalArgumentException("sizes must not be negative");
    }
    return new MatchCorpus(seed).data(sources, targets);
  }

  private Data data(int nSources, int nTargets) {
    List<Statement> sources = new ArrayList<>(nSources);
    List<List<String>> sourceWords = new ArrayList<>(nSources);
    for (int i = 0; i < nSources; i++) {
      List<String> words = requirement();
      sourceWords.add(words);
      sources.add(new Statement(f("S%06d", i + 1), text(words), Modality.MUST, List.of()));
    }
    // which source each target copies (-1: none); copies first, then shuffled among the others
    List<Integer> copyOf = new ArrayList<>(nTargets);
    for (int i = 0; i < nSources && copyOf.size() < nTargets; i++) {
      double x = random.nextDouble();
      int copies = x < 0.5 ? 1 : x < 0.7 ? 2 : 0;
      for (int c = 0; c < copies && copyOf.size() < nTargets; c++) {
        copyOf.add(i);
      }
    }
    while (copyOf.size() < nTargets) {
      copyOf.add(-1);
    }
    Collections.shuffle(copyOf, random);
    List<Statement> targets = new ArrayList<>(nTargets);
    List<List<Integer>> planted = new ArrayList<>(nSources);
    for (int i = 0; i < nSources; i++) {
      planted.add(new ArrayList<>());
    }
    for (int t = 0; t < nTargets; t++) {
      int s = copyOf.get(t);
      List<String> words = s < 0 ? offer() : edited(sourceWords.get(s));
      if (s >= 0) {
        planted.get(s).add(t);
      }
      targets.add(new Statement(f("T%06d", t + 1), text(words), Modality.OFFERS, List.of()));
    }
    List<int[]> plantedArrays = planted.stream().map(p -> p.stream().mapToInt(Integer::intValue).toArray()).toList();
    return new Data(List.copyOf(sources), List.copyOf(targets), plantedArrays);
  }

  // ------------------------------------------------------------------ statements (as word lists; "." ends a sentence)

  /** "The controller shall report ..." with an optional second sentence. */
  private List<String> requirement() {
    List<String> w = new ArrayList<>();
    w.add("The");
    w.add(domainWords.pick(DOMAIN, random));
    w.add(MODALS[random.nextInt(MODALS.length)]);
    w.add(VERBS[random.nextInt(VERBS.length)]);
    fill(w, length());
    return w;
  }

  /** "The gateway reports ...", "Supports ..." with an optional second sentence. */
  private List<String> offer() {
    List<String> w = new ArrayList<>();
    if (random.nextBoolean()) {
      w.add("The");
      w.add(domainWords.pick(DOMAIN, random));
    }
    w.add(thirdPerson(VERBS[random.nextInt(VERBS.length)]));
    fill(w, length());
    return w;
  }

  /** 8 to 30 words, most often about 16. */
  private int length() {
    return 8 + random.nextInt(12) + random.nextInt(12);
  }

  /** Appends body words up to {@code total} words, a number with a unit in a third of them, and a sentence break in a fifth of the long ones. */
  private void fill(List<String> w, int total) {
    int split = total >= 16 && random.nextInt(5) == 0 ? 6 + random.nextInt(total - 12) : -1;
    boolean number = random.nextInt(3) == 0;
    while (w.size() < total) {
      if (w.size() == split) {
        w.add(".");
        w.add(random.nextBoolean() ? "It" : "This");
        w.add(thirdPerson(VERBS[random.nextInt(VERBS.length)]));
      } else if (number && w.size() > total / 2 && w.size() + 6 <= total) {
        w.addAll(quantity());
        number = false;
      } else {
        w.add(word());
      }
    }
    w.add(".");
  }

  private String word() {
    double x = random.nextDouble();
    if (x < FUNCTION_SHARE) {
      return functionWords.pick(FUNCTION, random);
    }
    if (x < FUNCTION_SHARE + DOMAIN_SHARE) {
      return domainWords.pick(DOMAIN, random);
    }
    return terms.pick(termList, random);
  }

  /** "at least 24 h", "12 V", "from -40 °C to 60 °C", "IP66". */
  private List<String> quantity() {
    String unit = UNITS[random.nextInt(UNITS.length)];
    return switch (random.nextInt(4)) {
      case 0 -> List.of("at", "least", number(), unit);
      case 1 -> List.of("from", "-" + number(), unit, "to", number(), unit);
      case 2 -> List.of("IP" + (54 + random.nextInt(15)));
      default -> List.of(number(), unit);
    };
  }

  private String number() {
    return random.nextInt(4) == 0
        ? f("%d.%d", random.nextInt(100), random.nextInt(10))
        : Integer.toString(1 + (int) Math.round(Math.exp(random.nextDouble() * Math.log(5000))));
  }

  /**
   * A vendor's rewording of a requirement: the modal verb dropped ("shall report" → "reports"), and
   * each later word kept, replaced, dropped or followed by a new one; numbers are sometimes changed.
   * How much is edited varies from copy to copy.
   */
  private List<String> edited(List<String> source) {
    double rate = 0.05 + 0.3 * random.nextDouble();
    List<String> w = new ArrayList<>(List.of(source.get(0), source.get(1), thirdPerson(source.get(3))));
    for (String s : source.subList(4, source.size())) {
      double x = random.nextDouble();
      if (s.equals(".") || Character.isUpperCase(s.charAt(0))) {
        w.add(s); // sentence structure kept
      } else if (Character.isDigit(s.charAt(0)) && x < 0.3) {
        w.add(number());
      } else if (x < rate) {
        w.add(word());
      } else if (x < rate * 1.5) {
        continue;
      } else {
        w.add(s);
        if (x > 1 - rate / 2) {
          w.add(word());
        }
      }
    }
    return w;
  }

  /** Words joined with spaces, no space before "." and a capital at the start of each sentence. */
  private static String text(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.equals(".")) {
        b.append('.');
      } else {
        boolean start = b.length() == 0;
        if (!start) {
          b.append(' ');
        }
        b.append(start || b.charAt(b.length() - 2) == '.' ? capitalise(w) : w);
      }
    }
    return b.toString();
  }

  private static String thirdPerson(String verb) {
    return verb.endsWith("y") ? verb.substring(0, verb.length() - 1) + "ies" : verb.endsWith("h") ? verb + "es" : verb + "s";
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  // ------------------------------------------------------------------ vocabulary

  /** Distinct pronounceable made-up words of one to three syllables, some with a suffix. */
  static String[] madeUpTerms(Random r, int n) {
    Set<String> seen = new LinkedHashSet<>();
    while (seen.size() < n) {
      StringBuilder b = new StringBuilder();
      int x = r.nextInt(10);
      for (int s = 0, syllables = x < 2 ? 1 : x < 8 ? 2 : 3; s < syllables; s++) {
        b.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
        if (r.nextInt(3) == 0) {
          b.append(CODAS[r.nextInt(CODAS.length)]);
        }
      }
      if (r.nextInt(5) == 0) {
        b.append(SUFFIXES[r.nextInt(SUFFIXES.length)]);
      }
      seen.add(b.toString());
    }
    return seen.toArray(new String[0]);
  }

  /**
   * Zipf–Mandelbrot sampling over a list: the k-th entry (from 1) with weight 1/(k + 2.7), the
   * shape Mandelbrot fitted to English word counts; a head less steep than 1/k.
   */
  private static final class Zipf {
    private static final double OFFSET = 2.7;
    private final double[] cumulative;

    Zipf(int n) {
      cumulative = new double[n];
      double sum = 0;
      for (int k = 0; k < n; k++) {
        sum += 1.0 / (k + 1 + OFFSET);
        cumulative[k] = sum;
      }
    }

    String pick(String[] words, Random r) {
      int i = Arrays.binarySearch(cumulative, r.nextDouble() * cumulative[cumulative.length - 1]);
      return words[Math.min(words.length - 1, i < 0 ? -i - 1 : i)];
    }
  }

  private static final String[] ONSETS = {
    "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "k", "l", "m", "n", "p", "pl", "pr", "qu", "r", "s",
    "sh", "st", "t", "th", "tr", "v", "w", "z",
  };

  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};

  private static final String[] CODAS = {"n", "r", "l", "s", "t", "m", "x", "nd", "rt", "st", "ck", "ng"};

  private static final String[] SUFFIXES = {"ion", "er", "ity", "ment", "al", "or", "ing", "ance"};

  /** Most frequent first. */
  private static final String[] FUNCTION = {
    "the", "of", "and", "to", "a", "in", "for", "with", "on", "by", "at", "or", "from", "as", "that", "each", "its",
    "an", "is", "be", "this", "when", "all", "into", "over", "under", "after", "before", "during", "per", "not",
    "than", "between", "any", "every", "other", "only", "which", "through", "without",
  };

  /** Most frequent first. */
  private static final String[] DOMAIN = {
    "device", "system", "data", "controller", "interface", "sensor", "module", "network", "message", "status",
    "power", "time", "supply", "value", "operator", "gateway", "report", "temperature", "firmware", "configuration",
    "event", "alarm", "fault", "signal", "port", "protocol", "update", "voltage", "current", "level", "range",
    "interval", "channel", "output", "input", "user", "access", "record", "log", "memory", "storage", "battery",
    "housing", "enclosure", "cable", "connection", "link", "radio", "antenna", "meter", "energy", "consumption",
    "load", "test", "version", "server", "client", "node", "clock", "schedule", "calendar", "mode", "setting",
    "display", "button", "lamp", "driver", "dimming", "password", "certificate", "encryption", "key", "frequency",
    "latency", "bandwidth", "accuracy", "threshold", "command", "response", "request", "timestamp", "identifier",
    "address", "packet", "session", "buffer", "counter", "register", "relay", "switch", "circuit", "fuse", "surge",
    "humidity", "pressure", "light", "motion", "position", "location", "service", "maintenance", "installation",
  };

  private static final String[] MODALS = {"shall", "shall", "shall", "must", "should", "may"};

  private static final String[] VERBS = {
    "support", "provide", "report", "measure", "store", "transmit", "receive", "detect", "display", "record",
    "allow", "enable", "operate", "maintain", "protect", "encrypt", "authenticate", "configure", "update", "restart",
    "monitor", "control", "switch", "limit", "log", "notify", "accept", "reject", "verify", "apply",
  };

  private static final String[] UNITS = {
    "V", "mA", "A", "W", "kW", "Hz", "kHz", "MHz", "°C", "s", "ms", "min", "h", "m", "mm", "kg", "%", "dB", "lx",
    "kbit/s",
  };
}
