package org.specmirror.app;

import java.util.Locale;
import java.util.stream.Collectors;
import org.specmirror.extract.RequirementJudge;
import org.specmirror.extract.classify.Contribution;
import org.specmirror.extract.classify.Prediction;
import org.specmirror.extract.classify.RequirementClassifier;

/** Adapts the learned requirement classifier to the extractor's judge interface. */
public final class Judges {
  private Judges() {}

  /** The shipped classifier as a judge. */
  public static RequirementJudge defaultJudge() {
    return of(RequirementClassifier.loadDefault());
  }

  public static RequirementJudge of(RequirementClassifier classifier) {
    return sentence -> {
      Prediction p = classifier.predict(sentence);
      String reasons =
          p.reasons().stream()
              .limit(3)
              .map(Judges::reason)
              .collect(Collectors.joining(", "));
      return new RequirementJudge.Judgement(p.requirement(), p.probability(), reasons);
    };
  }

  private static String reason(Contribution c) {
    return String.format(Locale.ROOT, "%s %+.2f", c.feature(), c.weight());
  }
}
