package org.specmirror.extract.classify;

import java.util.ArrayList;
import java.util.List;

/** Small, fixed, made-up training data (no dataset needed). */
final class SyntheticData {

  private SyntheticData() {}

  private static final String[] SUBJECTS = {"The system", "The user", "The server", "Each node", "The operator",
      "The application", "The controller", "The gateway"};
  private static final String[] VERBS = {"log", "record", "display", "encrypt", "validate", "export", "store",
      "reject", "report", "archive"};
  private static final String[] OBJECTS = {"every access", "all invalid requests", "the audit trail",
      "each configuration change", "the current status", "user passwords", "incoming messages"};
  private static final String[] MODALS = {"shall", "must", "should", "shall not", "is required to"};
  private static final String[] OTHER = {
      "Table of Contents", "1 Introduction", "This document describes the %s.", "Figure %d shows the %s.",
      "We thank the reviewers of the %s.", "The %s was developed in 2009.", "Scope", "Definitions:",
      "For example, the %s is a component.", "3.%d Functional Requirements"};

  /** {@code docs} documents of 40 sentences each, roughly half requirements, a few labels flipped. */
  static List<LabeledSentence> make(int docs) {
    List<LabeledSentence> out = new ArrayList<>();
    int id = 0;
    for (int d = 0; d < docs; d++) {
      for (int i = 0; i < 40; i++) {
        int k = d * 40 + i;
        boolean req = (k * 7 + d) % 9 < 5;
        String text;
        if (req) {
          text = SUBJECTS[k % SUBJECTS.length] + " " + MODALS[(k / 3) % MODALS.length] + " "
              + VERBS[(k / 2) % VERBS.length] + " " + OBJECTS[(k / 5) % OBJECTS.length] + ".";
        } else {
          String t = OTHER[k % OTHER.length];
          String noun = OBJECTS[(k / 4) % OBJECTS.length].replace("the ", "");
          text = t.contains("%d") ? String.format(t.replace("%s", noun), k % 9 + 1)
              : t.contains("%s") ? String.format(t, noun) : t;
        }
        boolean label = k % 23 == 0 ? !req : req; // label noise
        out.add(new LabeledSentence("s" + id++, text, label, "doc-" + d + ".pdf"));
      }
    }
    return out;
  }
}
