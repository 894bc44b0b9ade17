package org.specmirror.extract.param;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Unit spellings → {@link Unit}; looked up by first character, longest valid match wins. */
final class UnitTable {
  static final int CASE_SENSITIVE = 1;
  /** Only directly after the digits, e.g. "12v", "100w" (not "12 v"). */
  static final int ATTACHED_ONLY = 2;
  /** May follow the number after a hyphen: "5-year", "128-bit", "3-step MacAdam". */
  static final int HYPHEN_OK = 4;

  record Entry(Phrase phrase, Unit unit, int flags) {
    boolean has(int flag) {
      return (flags & flag) != 0;
    }
  }

  private final Map<Character, List<Entry>> index = new HashMap<>();
  private final List<Entry> all = new ArrayList<>();

  List<Entry> candidates(char c) {
    return index.getOrDefault(Chars.lowerFold(c), List.of());
  }

  List<Entry> all() {
    return all;
  }

  /** Whether the whole word is a unit spelling ("litres", "watts", "lux"): never a count of things. */
  boolean isUnitWord(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (Entry e : candidates(word.charAt(0))) {
      if (e.phrase().match(word, 0) == word.length()) {
        return true;
      }
    }
    return false;
  }

  private void add(String quantity, String unit, String num, String den, String offset, int flags,
      String... spellings) {
    Unit u = new Unit(quantity, unit, new BigDecimal(num), new BigDecimal(den), new BigDecimal(offset));
    for (String sp : spellings) {
      Entry e = new Entry(new Phrase(sp, (flags & CASE_SENSITIVE) != 0), u, flags);
      index.computeIfAbsent(e.phrase().firstKey(), k -> new ArrayList<>()).add(e);
      all.add(e);
    }
  }

  private void cs(String quantity, String unit, String factor, String... spellings) {
    add(quantity, unit, factor, "1", "0", CASE_SENSITIVE, spellings);
  }

  private void ci(String quantity, String unit, String factor, String... spellings) {
    add(quantity, unit, factor, "1", "0", 0, spellings);
  }

  private void ciWord(String quantity, String unit, String factor, String... spellings) {
    add(quantity, unit, factor, "1", "0", HYPHEN_OK, spellings);
  }

  static final UnitTable DEFAULT = new UnitTable();

  private UnitTable() {
    // temperature
    ci("temperature", "°C", "1", "°C", "° C", "℃", "deg C", "degC", "deg. C", "degree C", "degrees C",
        "degree Celsius", "degrees Celsius", "°Celsius", "Celsius");
    add("temperature", "°C", "5", "9", "-32", 0, "°F", "° F", "℉", "deg F", "degF", "deg. F",
        "degree F", "degrees F", "degree Fahrenheit", "degrees Fahrenheit", "Fahrenheit");
    cs(Unit.KELVIN, "K", "1", "K");
    ci(Unit.KELVIN, "K", "1", "kelvin", "kelvins");
    // angle (beam angle); "°C"/"°F" win by length
    ci("angle", "°", "1", "°", "deg", "degree", "degrees");

    // voltage, with AC/DC suffixes folded into the quantity
    cs("voltage", "V", "1", "V");
    add("voltage", "V", "1", "1", "0", CASE_SENSITIVE | ATTACHED_ONLY, "v");
    ci("voltage", "V", "1", "volt", "volts");
    cs("voltage", "V", "1000", "kV", "KV");
    add("voltage", "V", "1000", "1", "0", CASE_SENSITIVE | ATTACHED_ONLY, "kv");
    cs("voltage", "V", "0.001", "mV");
    cs("voltage", "V", "0.000001", "µV", "uV");
    String[] ac = {"AC", "a.c.", "A.C.", "ac"};
    String[] dc = {"DC", "d.c.", "D.C.", "dc"};
    String[] both = {"AC/DC", "ac/dc", "AC-DC", "DC/AC", "rms", "RMS"};
    for (String[] base : new String[][] {{"V", "1"}, {"kV", "1000"}, {"KV", "1000"}}) {
      for (String sep : new String[] {"", " "}) {
        for (String a : ac) {
          cs("voltage-ac", "V", base[1], base[0] + sep + a);
        }
        for (String d : dc) {
          cs("voltage-dc", "V", base[1], base[0] + sep + d);
        }
        for (String b : both) {
          cs("voltage", "V", base[1], base[0] + sep + b);
        }
      }
    }
    cs("voltage-ac", "V", "1", "Vac", "VAC", "vac");
    cs("voltage-dc", "V", "1", "Vdc", "VDC", "vdc");
    cs("electric-field-strength", "V/m", "1", "V/m");
    cs("electric-field-strength", "V/m", "1000", "kV/m");

    // current
    cs("current", "A", "1", "A");
    ci("current", "A", "1", "amp", "amps", "ampere", "amperes");
    cs("current", "A", "0.001", "mA");
    cs("current", "A", "0.000001", "µA", "uA");
    cs("current", "A", "1000", "kA", "KA");

    // power
    cs("power", "W", "1", "W");
    add("power", "W", "1", "1", "0", CASE_SENSITIVE | ATTACHED_ONLY, "w");
    ci("power", "W", "1", "watt", "watts");
    cs("power", "W", "0.001", "mW");
    cs("power", "W", "0.000001", "µW", "uW");
    cs("power", "W", "1000", "kW", "KW");
    add("power", "W", "1000", "1", "0", CASE_SENSITIVE | ATTACHED_ONLY, "kw");
    cs("power", "W", "1000000", "MW");
    cs("apparent-power", "VA", "1", "VA");
    cs("apparent-power", "VA", "1000", "kVA", "KVA");

    // energy (canonical Wh; J converted) and charge
    cs("energy", "Wh", "1", "Wh", "WH");
    cs("energy", "Wh", "0.001", "mWh");
    cs("energy", "Wh", "1000", "kWh", "KWh", "kwh", "KWH");
    cs("energy", "Wh", "1000000", "MWh");
    add("energy", "Wh", "1", "3600", "0", CASE_SENSITIVE, "J");
    add("energy", "Wh", "1000", "3600", "0", CASE_SENSITIVE, "kJ");
    add("energy", "Wh", "1", "3600", "0", 0, "joule", "joules");
    cs("charge", "Ah", "1", "Ah");
    cs("charge", "Ah", "0.001", "mAh", "mAH");

    // radio levels
    ci("power-level", "dBm", "1", "dBm");
    add("power-level", "dBm", "1", "1", "30", CASE_SENSITIVE, "dBW");
    ci("antenna-gain", "dBi", "1", "dBi");
    ci("sound-level", "dB(A)", "1", "dB(A)", "dB (A)", "dBA");
    cs("relative-level", "dB", "1", "dB", "db", "DB");

    // frequency
    ci("frequency", "Hz", "1", "Hz", "hertz");
    ci("frequency", "Hz", "1000", "kHz");
    ci("frequency", "Hz", "1000000", "MHz");
    ci("frequency", "Hz", "1000000000", "GHz");

    // time (year = 365.25 d, month = year / 12)
    cs("time", "s", "1", "s");
    ciWord("time", "s", "1", "sec", "secs", "second", "seconds");
    cs("time", "s", "0.001", "ms");
    ciWord("time", "s", "0.001", "msec", "millisecond", "milliseconds");
    cs("time", "s", "0.000001", "µs", "us");
    ciWord("time", "s", "0.000001", "µsec", "usec", "microsecond", "microseconds");
    cs("time", "s", "0.000000001", "ns");
    ciWord("time", "s", "0.000000001", "nanosecond", "nanoseconds");
    ciWord("time", "s", "60", "min", "mins", "minute", "minutes");
    cs("time", "s", "3600", "h");
    ciWord("time", "s", "3600", "hr", "hrs", "hour", "hours");
    cs("time", "s", "86400", "d");
    ciWord("time", "s", "86400", "day", "days");
    ciWord("time", "s", "604800", "week", "weeks");
    ciWord("time", "s", "2629800", "month", "months");
    ciWord("time", "s", "31557600", "year", "years", "yr", "yrs");

    // data rate (bytes per second ×8) and symbol rate
    ci("data-rate", "bit/s", "1", "bit/s", "bits/s", "bps", "bits per second", "bit per second");
    cs("data-rate", "bit/s", "1", "b/s");
    ci("data-rate", "bit/s", "1000", "kbit/s", "kbps", "kbits/s", "kilobits per second");
    cs("data-rate", "bit/s", "1000", "kb/s", "Kb/s");
    ci("data-rate", "bit/s", "1000000", "Mbit/s", "Mbps", "Mbits/s", "megabits per second");
    cs("data-rate", "bit/s", "1000000", "Mb/s");
    ci("data-rate", "bit/s", "1000000000", "Gbit/s", "Gbps", "Gbits/s", "gigabits per second");
    cs("data-rate", "bit/s", "1000000000", "Gb/s");
    cs("data-rate", "bit/s", "8", "B/s");
    cs("data-rate", "bit/s", "8000", "kB/s", "KB/s", "kBps", "KBps");
    cs("data-rate", "bit/s", "8000000", "MB/s", "MBps");
    ci("symbol-rate", "Bd", "1", "baud", "Bd");
    ci("symbol-rate", "Bd", "1000", "kBd", "kbaud");

    // data size (SI prefixes are decimal; "KB" is taken as 1000 too; IEC binary prefixes are binary)
    cs("data-size", "B", "1", "B");
    ciWord("data-size", "B", "1", "byte", "bytes");
    cs("data-size", "B", "1000", "kB", "KB");
    ciWord("data-size", "B", "1000", "kbyte", "kbytes", "kilobyte", "kilobytes");
    cs("data-size", "B", "1000000", "MB");
    ciWord("data-size", "B", "1000000", "Mbyte", "Mbytes", "megabyte", "megabytes");
    cs("data-size", "B", "1000000000", "GB");
    ciWord("data-size", "B", "1000000000", "Gbyte", "Gbytes", "gigabyte", "gigabytes");
    cs("data-size", "B", "1000000000000", "TB");
    cs("data-size", "B", "1024", "KiB", "kiB");
    cs("data-size", "B", "1048576", "MiB");
    cs("data-size", "B", "1073741824", "GiB");
    ciWord("data-size", "B", "0.125", "bit", "bits");
    cs("data-size", "B", "125", "kbit", "Kbit");
    cs("data-size", "B", "125000", "Mbit");
    cs("data-size", "B", "125000000", "Gbit");

    // length, area, speed, acceleration
    cs("length", "m", "1", "m");
    ci("length", "m", "1", "metre", "metres", "meter", "meters");
    cs("length", "m", "0.001", "mm");
    ci("length", "m", "0.001", "millimetre", "millimetres", "millimeter", "millimeters");
    cs("length", "m", "0.01", "cm");
    cs("length", "m", "1000", "km");
    ci("length", "m", "1000", "kilometre", "kilometres", "kilometer", "kilometers");
    cs("length", "m", "0.000001", "µm", "um");
    cs("length", "m", "0.000000001", "nm");
    cs("length", "m", "0.3048", "ft");
    ci("length", "m", "0.3048", "foot", "feet");
    ci("length", "m", "0.0254", "inch", "inches");
    ci("length", "m", "1609.344", "mile", "miles");
    cs("area", "m²", "1", "m²", "m2", "sq m", "sq. m");
    cs("area", "m²", "0.000001", "mm²", "mm2");
    cs("area", "m²", "0.0001", "cm²", "cm2");
    cs("area", "m²", "1000000", "km²", "km2");
    cs("speed", "m/s", "1", "m/s");
    add("speed", "m/s", "1000", "3600", "0", CASE_SENSITIVE, "km/h", "km/hr", "kph", "kmh");
    cs("speed", "m/s", "0.44704", "mph");
    cs("acceleration", "m/s²", "1", "m/s²", "m/s2");
    cs(Unit.GN, "m/s²", "9.80665", "G", "gn");

    // volume and flow rate (water and gas meters, pumps, tanks); "m³" is not metres (see Scan)
    cs("volume", "L", "1", "L", "l");
    ci("volume", "L", "1", "litre", "litres", "liter", "liters");
    cs("volume", "L", "0.001", "mL", "ml");
    ci("volume", "L", "0.001", "millilitre", "millilitres", "milliliter", "milliliters");
    cs("volume", "L", "1000", "m³", "m3");
    ci("volume", "L", "1000", "cubic metre", "cubic metres", "cubic meter", "cubic meters");
    cs("flow-rate", "L/h", "1", "L/h", "l/h", "L/hr", "l/hr");
    ci("flow-rate", "L/h", "1", "litre per hour", "litres per hour", "liter per hour", "liters per hour");
    cs("flow-rate", "L/h", "60", "L/min", "l/min");
    ci("flow-rate", "L/h", "60", "litre per minute", "litres per minute", "liter per minute",
        "liters per minute");
    cs("flow-rate", "L/h", "3600", "L/s", "l/s");
    ci("flow-rate", "L/h", "3600", "litre per second", "litres per second", "liter per second",
        "liters per second");
    cs("flow-rate", "L/h", "0.001", "mL/h", "ml/h");
    cs("flow-rate", "L/h", "0.06", "mL/min", "ml/min");
    cs("flow-rate", "L/h", "1000", "m³/h", "m3/h", "m³/hr", "m3/hr");
    ci("flow-rate", "L/h", "1000", "cubic metre per hour", "cubic metres per hour", "cubic meter per hour",
        "cubic meters per hour");

    // mass
    ci("mass", "kg", "1", "kg", "kilogram", "kilograms", "kgs");
    cs(Unit.GRAM, "kg", "0.001", "g");
    ci("mass", "kg", "0.001", "gram", "grams");
    cs("mass", "kg", "0.000001", "mg");
    ci("mass", "kg", "0.45359237", "lb", "lbs");

    // light
    ci("luminous-flux", "lm", "1", "lm", "lumen", "lumens");
    cs("luminous-flux", "lm", "1000", "klm");
    ci("illuminance", "lx", "1", "lx", "lux");
    ci("luminous-efficacy", "lm/W", "1", "lm/W", "lm / W", "lpw", "lumens per watt", "lumen per watt",
        "lm per W", "lm per watt");
    cs("luminous-intensity", "cd", "1", "cd");
    ci("luminous-intensity", "cd", "1", "candela", "candelas");
    cs("luminance", "cd/m²", "1", "cd/m²", "cd/m2");
    ci("luminance", "cd/m²", "1", "nit", "nits");
    add("colour-consistency", "SDCM", "1", "1", "0", HYPHEN_OK, "SDCM", "step MacAdam",
        "steps MacAdam", "step MacAdam ellipse", "step MacAdam ellipses", "MacAdam step",
        "MacAdam steps", "MacAdam ellipse", "MacAdam ellipses");

    // ratios
    cs("percentage", "%", "1", "%");
    ci("percentage", "%", "1", "percent", "per cent");
    ci("relative-humidity", "%", "1", "%RH", "% RH", "%r.h.", "% r.h.", "%rh", "% rel. humidity",
        "% relative humidity");
    // resistance
    cs("resistance", "Ω", "1", "Ω");
    ci("resistance", "Ω", "1", "ohm", "ohms");
    cs("resistance", "Ω", "0.001", "mΩ");
    cs("resistance", "Ω", "1000", "kΩ", "kohm", "kOhm", "kohms");
    cs("resistance", "Ω", "1000000", "MΩ", "Mohm", "MOhm", "Mohms", "MOhms");
  }
}
