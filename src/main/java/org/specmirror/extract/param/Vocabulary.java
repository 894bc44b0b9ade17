package org.specmirror.extract.param;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word lists: interfaces and protocols, bound phrases, dimensionless quantity names. */
final class Vocabulary {
  private Vocabulary() {}

  /** How a version may follow an interface keyword. */
  enum Version {
    NONE,
    /** "TLS 1.2", "TLSv1.3", "TLS version 1.3" → "TLS 1.3"; a bare major gets ".0". */
    DOTTED,
    /** "SNMPv3", "SNMP v2c", "NTPv4". */
    V_SUFFIX,
    /** "HTTP/1.1", "HTTP/2", "HTTP 1.1" → "HTTP/1.1". */
    SLASH
  }

  record Keyword(String canonical, String quantity, Version version) {}

  record KeywordEntry(Phrase phrase, Keyword keyword) {}

  enum Side {
    MIN,
    MAX
  }

  /** A bound phrase; {@code better} marks "better than"/"or better" (flipped for receiver sensitivity). */
  record Bound(Side side, boolean better) {}

  record BoundEntry(Phrase phrase, Bound bound) {}

  record Name(String quantity, String unit, double lo, double hi) {}

  record NameEntry(Phrase phrase, Name name) {}

  static final String INTERFACE = "interface";
  static final String PROTOCOL = "protocol";

  private static final Map<Character, List<KeywordEntry>> KEYWORDS = new HashMap<>();
  private static final Map<Character, List<BoundEntry>> PREFIX_BOUNDS = new HashMap<>();
  private static final Map<Character, List<BoundEntry>> SUFFIX_BOUNDS = new HashMap<>();
  private static final Map<Character, List<BoundEntry>> VERSION_SUFFIX_BOUNDS = new HashMap<>();
  private static final Map<Character, List<NameEntry>> NAMES = new HashMap<>();
  static final List<KeywordEntry> ALL_KEYWORDS = new ArrayList<>();

  static List<KeywordEntry> keywords(char c) {
    return KEYWORDS.getOrDefault(Chars.lowerFold(c), List.of());
  }

  static List<BoundEntry> prefixBounds(char c) {
    return PREFIX_BOUNDS.getOrDefault(Chars.lowerFold(c), List.of());
  }

  static List<BoundEntry> suffixBounds(char c) {
    return SUFFIX_BOUNDS.getOrDefault(Chars.lowerFold(c), List.of());
  }

  static List<BoundEntry> versionSuffixBounds(char c) {
    return VERSION_SUFFIX_BOUNDS.getOrDefault(Chars.lowerFold(c), List.of());
  }

  static List<NameEntry> names(char c) {
    return NAMES.getOrDefault(Chars.lowerFold(c), List.of());
  }

  /**
   * Words that make the following number a reference, not a value ("Table 5", "Class 2", "IEC
   * 61000", "Book 18"). Compared in lower case without a trailing dot.
   */
  static final Set<String> REFERENCE_WORDS =
      Set.of(
          "table", "tab", "figure", "fig", "clause", "section", "sect", "sec", "annex", "appendix",
          "chapter", "part", "note", "item", "no", "nr", "number", "num", "class", "type",
          "category", "cat", "version", "ver", "rev", "revision", "edition", "ed", "book", "vol",
          "volume", "page", "pp", "row", "column", "col", "req", "requirement", "id", "model",
          "release", "amendment", "amd", "series", "paragraph", "para", "iec", "iso", "en", "etsi",
          "ieee", "ansi", "ul", "itu", "rfc", "nema", "din", "bs", "astm", "cispr", "ts", "tr",
          "es", "eg", "cen", "cenelec", "jis", "gb", "ies", "cie", "csa", "sae", "nfpa", "ip",
          "ik", "en iec", "draft", "step");

  /** Bound phrases that may precede an interface version: "at least TLS 1.2", "≥ TLS 1.2". */
  static final Set<String> VERSION_PREFIXES =
      Set.of("at least", "minimum", "minimum of", "min", "min.", "not lower than", "not less than",
          "not below", "≥", ">=", "≧", "⩾", "at most", "maximum", "max", "max.", "≤", "<=", "≦", "⩽");

  /** Words skipped between a dimensionless name and its value: "power factor (λ) shall be ≥ 0.95". */
  static final Set<String> FILLER_WORDS =
      Set.of(
          "of", "is", "are", "shall", "should", "must", "will", "be", "value", "values", "typ",
          "typical", "typically", "nominal", "rated", "approx", "approximately", "about", "the", "a",
          "an", "at", "full", "load", "measured", "overall", "index", "level", "rating");

  private static void kw(String quantity, String canonical, Version v, boolean cs, String... variants) {
    Keyword k = new Keyword(canonical, quantity, v);
    for (String p : variants) {
      KeywordEntry e = new KeywordEntry(new Phrase(p, cs), k);
      KEYWORDS.computeIfAbsent(e.phrase().firstKey(), c -> new ArrayList<>()).add(e);
      ALL_KEYWORDS.add(e);
    }
  }

  private static void iface(String canonical, String... variants) {
    kw(INTERFACE, canonical, Version.NONE, false, variants);
  }

  private static void proto(String canonical, String... variants) {
    kw(PROTOCOL, canonical, Version.NONE, false, variants);
  }

  private static void bound(
      Map<Character, List<BoundEntry>> map, Side side, boolean better, String... phrases) {
    for (String p : phrases) {
      BoundEntry e = new BoundEntry(new Phrase(p, false), new Bound(side, better));
      map.computeIfAbsent(e.phrase().firstKey(), c -> new ArrayList<>()).add(e);
    }
  }

  private static void name(String quantity, String unit, double lo, double hi, boolean cs,
      String... phrases) {
    Name nm = new Name(quantity, unit, lo, hi);
    for (String p : phrases) {
      NameEntry e = new NameEntry(new Phrase(p, cs), nm);
      NAMES.computeIfAbsent(e.phrase().firstKey(), c -> new ArrayList<>()).add(e);
    }
  }

  static {
    // --- lighting control interfaces
    iface("DALI", "DALI");
    iface("DALI-2", "DALI~2", "DALI~II", "DALI 2.0");
    iface("D4i", "D4i", "DALI~D4i", "DALI-2~D4i");
    iface("PWM", "PWM");
    iface("DMX512", "DMX512", "DMX~512", "DMX");
    iface("NEMA socket", "NEMA socket", "NEMA sockets", "NEMA receptacle", "NEMA~7~pin",
        "NEMA~5~pin", "NEMA~3~pin", "NEMA~7~pin socket", "NEMA~5~pin socket", "NEMA~3~pin socket",
        "NEMA~7~pin receptacle", "NEMA~5~pin receptacle", "7~pin NEMA", "5~pin NEMA",
        "3~pin NEMA", "7~pin NEMA socket", "5~pin NEMA socket", "3~pin NEMA socket",
        "7~pin NEMA receptacle", "NEMA twist~lock", "NEMA twist~lock socket",
        "NEMA twist~lock receptacle");
    iface("ANSI C136.41", "ANSI C136.41", "C136.41");
    iface("ANSI C136.10", "ANSI C136.10", "C136.10");
    iface("Zhaga", "Zhaga", "Zhaga socket", "Zhaga connector");
    iface("Zhaga-D4i", "Zhaga~D4i");
    for (int b = 1; b <= 25; b++) {
      iface("Zhaga Book " + b, "Zhaga~Book~" + b, "Zhaga~Book~" + b + " socket",
          "Zhaga~Book~" + b + " connector");
    }
    // --- wired
    iface("RS-485", "RS~485", "EIA~485", "TIA~485", "EIA/TIA~485", "TIA/EIA~485");
    iface("RS-232", "RS~232", "EIA~232", "TIA~232");
    iface("RS-422", "RS~422", "EIA~422");
    iface("Ethernet", "Ethernet", "10BASE~T", "100BASE~TX", "100BASE~T", "1000BASE~T",
        "10/100BASE~T", "10/100BASE~TX", "10/100/1000BASE~T");
    iface("RJ45", "RJ~45");
    iface("PoE", "PoE");
    iface("PoE+", "PoE+");
    iface("PoE++", "PoE++");
    kw(INTERFACE, "USB", Version.DOTTED, false, "USB");
    iface("M-Bus", "M~Bus", "Meter~Bus");
    iface("Wireless M-Bus", "wM~Bus", "Wireless M~Bus");
    iface("KNX", "KNX");
    // --- cellular
    iface("NB-IoT", "NB~IoT", "Narrow~band~IoT", "Narrowband~IoT", "Narrow~band IoT",
        "LTE~Cat~NB1", "LTE~Cat~NB2", "LTE~Cat.NB1", "LTE~Cat.NB2", "Cat~NB1", "Cat~NB2",
        "LTE~NB~IoT", "LTE~NB1");
    iface("LTE-M", "LTE~M", "LTE~M1", "LTE~Cat~M1", "LTE~Cat~M", "LTE~Cat.M1", "LTE~CatM1",
        "Cat~M1", "Cat~M", "Cat.M1", "eMTC", "LTE~MTC");
    iface("LTE Cat-1", "LTE~Cat~1", "LTE~Cat.1", "LTE~Cat~1bis", "LTE~Cat.1bis");
    iface("LTE", "LTE", "LTE~A", "LTE~Advanced", "4G~LTE", "4G/LTE", "LTE/4G");
    kw(INTERFACE, "2G", Version.NONE, true, "2G");
    kw(INTERFACE, "3G", Version.NONE, true, "3G");
    kw(INTERFACE, "4G", Version.NONE, true, "4G");
    kw(INTERFACE, "5G", Version.NONE, true, "5G", "5G NR", "5G~NR");
    iface("GSM", "GSM");
    iface("GPRS", "GPRS");
    iface("UMTS", "UMTS");
    // --- LPWAN / mesh / short range
    kw(INTERFACE, "LoRaWAN", Version.DOTTED, false, "LoRaWAN", "LoRa~WAN");
    iface("LoRa", "LoRa");
    iface("Sigfox", "Sigfox");
    kw(INTERFACE, "Zigbee", Version.DOTTED, false, "Zigbee");
    iface("Zigbee PRO", "Zigbee~PRO");
    iface("Wi-SUN", "Wi~SUN", "Wi~SUN FAN", "WiSUN");
    iface("6LoWPAN", "6LoWPAN");
    kw(INTERFACE, "Bluetooth", Version.DOTTED, false, "Bluetooth");
    kw(INTERFACE, "Bluetooth LE", Version.DOTTED, false, "Bluetooth~Low~Energy", "Bluetooth~LE",
        "Bluetooth~Smart", "BLE", "BTLE");
    iface("Bluetooth Mesh", "Bluetooth~Mesh", "BLE~Mesh", "Bluetooth~LE~Mesh");
    iface("Wi-Fi", "Wi~Fi", "WLAN");
    // IEEE 802.x is recognised by code (ParameterParser)
    // --- positioning
    iface("GNSS", "GNSS");
    iface("GPS", "GPS", "A~GPS");
    iface("GLONASS", "GLONASS");
    iface("Galileo", "Galileo");
    iface("BeiDou", "BeiDou");

    // --- protocols
    proto("Modbus", "Modbus");
    proto("Modbus RTU", "Modbus~RTU");
    proto("Modbus TCP", "Modbus~TCP", "Modbus/TCP", "Modbus~TCP/IP", "Modbus/TCP/IP");
    proto("BACnet", "BACnet", "BACnet/IP");
    kw(PROTOCOL, "MQTT", Version.DOTTED, false, "MQTT");
    proto("MQTTS", "MQTTS");
    proto("MQTT-SN", "MQTT~SN");
    proto("CoAP", "CoAP", "CoAPs");
    kw(PROTOCOL, "LwM2M", Version.DOTTED, false, "LwM2M", "OMA~LwM2M", "Lightweight~M2M",
        "OMA Lightweight~M2M", "OMA~LWM2M");
    kw(PROTOCOL, "HTTP", Version.SLASH, false, "HTTP");
    proto("HTTPS", "HTTPS");
    kw(PROTOCOL, "REST", Version.NONE, true, "REST", "RESTful", "REST API", "RESTful API", "REST~API");
    kw(PROTOCOL, "TLS", Version.DOTTED, false, "TLS", "Transport Layer Security");
    kw(PROTOCOL, "DTLS", Version.DOTTED, false, "DTLS", "Datagram Transport Layer Security");
    kw(PROTOCOL, "SSL", Version.DOTTED, false, "SSL");
    proto("IPv4", "IP~v4");
    proto("IPv6", "IP~v6");
    proto("TCP/IP", "TCP/IP");
    proto("TCP", "TCP");
    proto("UDP", "UDP");
    kw(PROTOCOL, "SNMP", Version.V_SUFFIX, false, "SNMP");
    kw(PROTOCOL, "NTP", Version.V_SUFFIX, false, "NTP");
    kw(PROTOCOL, "SNTP", Version.V_SUFFIX, false, "SNTP");
    kw(PROTOCOL, "OCPP", Version.DOTTED, false, "OCPP");
    kw(PROTOCOL, "TALQ", Version.DOTTED, false, "TALQ");
    proto("OTA", "OTA", "FOTA", "FUOTA", "over~the~air", "firmware~over~the~air",
        "firmware update over~the~air", "firmware updates over~the~air");

    // --- bounds before a value
    bound(PREFIX_BOUNDS, Side.MAX, false, "up to", "upto", "up to and including", "at most",
        "at maximum", "at the most", "maximum", "maximum of", "max", "max.", "not more than",
        "no more than", "not exceeding", "not to exceed", "shall not exceed", "must not exceed",
        "should not exceed", "does not exceed", "do not exceed", "not greater than",
        "no greater than", "not higher than", "no higher than", "not above", "less than",
        "less than or equal to", "lower than", "smaller than", "fewer than", "below", "within", "≤", "≦", "⩽", "<=", "=<", "<", "＜");
    bound(PREFIX_BOUNDS, Side.MIN, false, "at least", "at minimum", "at the least", "minimum",
        "minimum of", "min", "min.", "not less than", "no less than", "not lower than",
        "no lower than", "not below", "not smaller than", "no fewer than", "not fewer than",
        "more than", "greater than", "greater than or equal to", "higher than", "larger than",
        "above", "exceeding", "in excess of", "≥", "≧", "⩾", ">=", "=>", ">", "＞");
    bound(PREFIX_BOUNDS, Side.MIN, true, "better than");
    // --- bounds after a value
    bound(SUFFIX_BOUNDS, Side.MIN, false, "or more", "or greater", "or higher", "or above",
        "or longer", "or larger", "and above", "and more", "and higher", "min", "min.", "minimum",
        "(min)", "(min.)", "(minimum)", "at least", "as a minimum");
    bound(SUFFIX_BOUNDS, Side.MIN, true, "or better");
    bound(SUFFIX_BOUNDS, Side.MAX, false, "or less", "or lower", "or below", "or fewer",
        "or smaller", "or shorter", "and below", "and less", "and lower", "max", "max.", "maximum",
        "(max)", "(max.)", "(maximum)", "at most", "at the most");
    bound(VERSION_SUFFIX_BOUNDS, Side.MIN, false, "or higher", "or later", "or newer", "or above",
        "or greater", "or better", "and above", "and later", "and higher", "and newer", "minimum",
        "min", "min.", "(min)", "(min.)", "at least", "+");
    bound(VERSION_SUFFIX_BOUNDS, Side.MAX, false, "or lower", "or earlier", "or older", "maximum",
        "max", "max.", "(max)", "(max.)");

    // --- dimensionless quantities (value without unit; range check rejects model numbers)
    name("power-factor", null, 0, 1, false, "power~factor", "power factor (PF)", "power factor (λ)");
    name("power-factor", null, 0, 1, true, "PF", "λ");
    name("flicker-index", null, 0, 1, false, "flicker~index");
    name("flicker-pst", null, 0, 50, false, "Pst~LM", "Pst", "P st LM", "P_st~LM");
    name("stroboscopic-visibility", null, 0, 50, true, "SVM");
    name("colour-rendering-index", null, -100, 100, false, "CRI", "colour~rendering~index",
        "color~rendering~index", "colour~rendering", "color~rendering");
    name("colour-rendering-index", null, -100, 100, true, "Ra", "R a");
    name("glare-rating", null, 0, 40, false, "UGR", "unified glare rating");
    name("colour-consistency", "SDCM", 0, 20, false, "SDCM", "MacAdam", "MacAdam ellipse",
        "MacAdam step", "MacAdam steps", "colour~consistency", "color~consistency");
  }
}
