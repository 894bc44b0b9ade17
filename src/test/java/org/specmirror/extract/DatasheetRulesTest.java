package org.specmirror.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.specmirror.model.Modality;

class DatasheetRulesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Supports DALI-2 and 0-10 V dimming.|OFFERS",
        "Provides a second relay output.|OFFERS",
        "Includes revenue-grade metering.|OFFERS",
        "With integrated GNSS receiver.|OFFERS",
        "The node reports faults within 5 s.|OFFERS",
        "Optional: LoRaWAN Class C radio module.|OPTIONAL",
        "External antenna kit (option) for deep street canyons.|OPTIONAL",
        "Colour-matched housings available on request.|OPTIONAL",
        "Cities do not buy lamp controllers; they buy quiet nights.|INFORMATIVE",
        "We have listened to lighting engineers for ten years.|INFORMATIVE",
        "© 2099 Example Corp. All rights reserved.|INFORMATIVE",
        "Specifications are subject to change without notice.|INFORMATIVE",
        "There is no cellular variant and it does not support NB-IoT.|INFORMATIVE",
      })
  void classifies(String text, Modality expected) {
    assertThat(DatasheetRules.classify(text, false, false, false, false, Set.of()).modality()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Presence-sensor input with adjustable hold time.|OFFERS", "Pole-mounted presence sensor (accessory).|OPTIONAL"})
  void listItemsAreClaimsUnlessOptional(String text, Modality expected) {
    boolean optionSection = text.contains("accessory");
    assertThat(DatasheetRules.classify(text, true, optionSection, false).modality()).isEqualTo(expected);
  }
}
