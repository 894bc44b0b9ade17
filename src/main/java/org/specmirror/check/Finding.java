package org.specmirror.check;

import java.util.List;
import org.specmirror.match.Evidence;
import org.specmirror.match.Support;
import org.specmirror.model.Requirement;

/**
 * One finding of {@code check}.
 *
 * @param rule the rule
 * @param failing whether it fails the check under the policy (else a warning)
 * @param message one clear sentence
 * @param requirement the requirement it is about, or null for a finding about the whole draft
 * @param vendor the vendor concerned, or null
 * @param statement the vendor statement behind it (with its word diff), or null
 * @param evidence shared terms and values with their rarity (the distinctive ones)
 * @param related requirement ids behind a draft-level finding (SM004), else empty
 * @param fingerprint stable across runs and requirement renumbering: rule, vendor and the
 *     requirement's normalised terms (not its id or position)
 * @param baseline whether the finding was already in the baseline
 */
public record Finding(
    Rule rule,
    boolean failing,
    String message,
    Requirement requirement,
    String vendor,
    Support statement,
    List<Evidence> evidence,
    List<String> related,
    String fingerprint,
    boolean baseline) {
  public Finding {
    evidence = List.copyOf(evidence);
    related = List.copyOf(related);
  }

  Finding asBaseline() {
    return new Finding(rule, false, message, requirement, vendor, statement, evidence, related, fingerprint, true);
  }
}
