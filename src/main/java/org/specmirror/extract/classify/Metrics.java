package org.specmirror.extract.classify;

import java.util.List;
import java.util.Locale;

/**
 * Binary classification figures. {@code precision}, {@code recall} and {@code f1} are for the
 * {@code req} class; {@code macroF1} is the mean of the F1 of {@code req} and of {@code not_req}.
 */
public record Metrics(int n, double accuracy, double precision, double recall, double f1, double macroF1) {

  /** Figures from a confusion matrix ({@code req} is the positive class). */
  public static Metrics of(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    int n = truePositives + falsePositives + falseNegatives + trueNegatives;
    double accuracy = n == 0 ? 0 : (truePositives + trueNegatives) / (double) n;
    double p = ratio(truePositives, truePositives + falsePositives);
    double r = ratio(truePositives, truePositives + falseNegatives);
    double f1 = f1(p, r);
    double pn = ratio(trueNegatives, trueNegatives + falseNegatives);
    double rn = ratio(trueNegatives, trueNegatives + falsePositives);
    double f1n = f1(pn, rn);
    return new Metrics(n, accuracy, p, r, f1, (f1 + f1n) / 2);
  }

  /** Figures from parallel gold/predicted flags ({@code true} = requirement). */
  public static Metrics of(boolean[] gold, boolean[] predicted) {
    if (gold.length != predicted.length) {
      throw new IllegalArgumentException("gold and predicted differ in length");
    }
    int tp = 0, fp = 0, fn = 0, tn = 0;
    for (int i = 0; i < gold.length; i++) {
      if (predicted[i]) {
        if (gold[i]) tp++; else fp++;
      } else {
        if (gold[i]) fn++; else tn++;
      }
    }
    return of(tp, fp, fn, tn);
  }

  /** Figures of {@code classifier} on {@code data}. */
  public static Metrics of(RequirementClassifier classifier, List<LabeledSentence> data) {
    boolean[] gold = new boolean[data.size()];
    boolean[] predicted = new boolean[data.size()];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = data.get(i).requirement();
      predicted[i] = classifier.predict(data.get(i).text()).requirement();
    }
    return of(gold, predicted);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "n=%d accuracy=%.4f precision=%.4f recall=%.4f f1=%.4f macroF1=%.4f",
        n, accuracy, precision, recall, f1, macroF1);
  }
}
