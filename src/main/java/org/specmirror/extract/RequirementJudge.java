package org.specmirror.extract;

/**
 * A second opinion on whether a sentence states a requirement (the learned classifier). The rules
 * decide the modality; the judge may veto a keyword that does not make a requirement ("This clause
 * describes what the system shall do.").
 */
public interface RequirementJudge {

  /** The judge's view of one sentence. */
  record Judgement(boolean requirement, double probability, String reasons) {}

  Judgement judge(String sentence);

  /** Probability under which a keyword sentence is vetoed in a document without declared keywords. */
  default double vetoBelow() {
    return 0.15;
  }
}
