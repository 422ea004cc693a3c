package io.ocpp4j.cli;

import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.station.runtime.ConfigurationKeys;
import io.ocpp4j.v16.station.runtime.ElectricalSupply;
import io.ocpp4j.v16.station.runtime.KeyRange;
import io.ocpp4j.v16.station.runtime.SmartChargingKeys;
import io.ocpp4j.v16.station.runtime.StationProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * What a simulated station is: the PICS-like options of a certified product (feature profiles,
 * connectors, measurands, limits such as {@code GetConfigurationMaxKeys}, charging rate units,
 * security profiles, cipher suites), read from {@code profiles/NAME.properties} on the class path.
 * An OCPP 1.6 station's certified options come from the library's {@link StationProfiles} (the
 * profiles the conformance suite runs); its properties file adds the simulator's settings only.
 *
 * @param name the profile's name, as given to {@code --profile}
 * @param description one line for {@code --list-profiles}
 * @param vendor the BootNotification vendor
 * @param model the BootNotification model
 * @param firmwareVersion the BootNotification firmware version
 * @param ocpp {@code 1.6} or {@code 2.0.1}
 * @param securityExtension whether a 1.6 station implements the Security Whitepaper
 * @param featureProfiles the 1.6 feature profiles (or 2.0.1 certification profiles)
 * @param connectors the number of connectors (1.6) or EVSEs (2.0.1)
 * @param dc whether the connectors deliver DC
 * @param phases AC phases (0 for DC)
 * @param maxCurrentA the largest current per connector, in amperes
 * @param sampledMeasurands the default {@code MeterValuesSampledData}
 * @param supportedMeasurands every measurand the station can sample
 * @param alignedMeasurands the default {@code MeterValuesAlignedData}
 * @param meterValuesSampledDataMaxLength the largest {@code MeterValuesSampledData} list
 * @param meterValueSampleIntervalMin the smallest {@code MeterValueSampleInterval}, seconds
 * @param meterValueSampleIntervalMax the largest {@code MeterValueSampleInterval}, seconds
 * @param meterValueSampleInterval the default {@code MeterValueSampleInterval}, seconds
 * @param heartbeatIntervalMin the smallest heartbeat interval accepted, seconds
 * @param heartbeatIntervalMax the largest heartbeat interval accepted, seconds
 * @param heartbeatInterval the default {@code HeartbeatInterval}, seconds
 * @param getConfigurationMaxKeys {@code GetConfigurationMaxKeys}
 * @param chargingRateUnits the supported charging rate units ({@code A}, {@code W})
 * @param chargingProfileMaxStackLevel {@code ChargeProfileMaxStackLevel}
 * @param chargingScheduleMaxPeriods {@code ChargingScheduleMaxPeriods}
 * @param localAuthListMaxLength {@code LocalAuthListMaxLength}
 * @param sendLocalListMaxLength {@code SendLocalListMaxLength}
 * @param reserveConnectorZeroSupported {@code ReserveConnectorZeroSupported}
 * @param supportedFileTransferProtocols {@code SupportedFileTransferProtocols}
 * @param securityProfiles the security profiles the station supports (0 = no authentication)
 * @param cipherSuites the TLS cipher suites the station offers (empty = the library's defaults)
 * @param webSocketPingInterval {@code WebSocketPingInterval}, seconds (0 = no pings)
 */
record StationProfile(String name, String description, String vendor, String model, String firmwareVersion,
                      String ocpp, boolean securityExtension, Set<String> featureProfiles, int connectors,
                      boolean dc, int phases, int maxCurrentA, List<String> sampledMeasurands,
                      List<String> supportedMeasurands, List<String> alignedMeasurands,
                      int meterValuesSampledDataMaxLength, int meterValueSampleIntervalMin,
                      int meterValueSampleIntervalMax, int meterValueSampleInterval, int heartbeatIntervalMin,
                      int heartbeatIntervalMax, int heartbeatInterval, int getConfigurationMaxKeys,
                      Set<String> chargingRateUnits, int chargingProfileMaxStackLevel, int chargingScheduleMaxPeriods,
                      int localAuthListMaxLength, int sendLocalListMaxLength, boolean reserveConnectorZeroSupported,
                      List<String> supportedFileTransferProtocols, Set<Integer> securityProfiles,
                      List<String> cipherSuites, int webSocketPingInterval) {

    private static final String FOLDER = "/io/ocpp4j/cli/profiles/";

    /** The profile the demo and {@code station} use when none is named. */
    static final String DEFAULT = "izcj-ac";

    /** @return the names of the shipped profiles, in order */
    static List<String> names() {
        try (InputStream in = StationProfile.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the profile index is missing from the class path");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a shipped profile.
     *
     * @param name its name
     * @return the profile
     * @throws IllegalArgumentException if there is no such profile
     */
    static StationProfile load(String name) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("no station profile '" + name + "' (ocpp4j station --list-profiles shows them: "
                    + String.join(", ", names()) + ")");
        }
        Properties p = new Properties();
        try (InputStream in = StationProfile.class.getResourceAsStream(FOLDER + name + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("profile " + name + " is listed but missing");
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(p);
    }

    static StationProfile parse(Properties p) {
        if ("1.6".equals(p.getProperty("ocpp", "").strip())) {
            return parse16(p);
        }
        return parseProperties(p);
    }

    /**
     * An OCPP 1.6 station: what the conformance suite certifies it with comes from the library's
     * {@link StationProfiles} profile of the same name (feature profiles, connectors, supply,
     * measurands, ORS limits and interval ranges, charging rate units, reservation of connector 0,
     * transfer protocols); the properties add what only the simulator needs (description, firmware
     * version, intervals, brought within the certified ranges, security profiles and cipher suites).
     */
    private static StationProfile parse16(Properties p) {
        String name = required(p, "name");
        io.ocpp4j.v16.station.runtime.StationProfile station = StationProfiles.named(name).orElseThrow(() ->
                new IllegalArgumentException("no OCPP 1.6 station profile '" + name + "' in StationProfiles"));
        Map<String, String> limits = station.configuration();
        ElectricalSupply supply = station.supply();
        List<String> measurands = station.measurands().stream().map(Measurand::value).toList();
        Set<String> units = new LinkedHashSet<>();
        for (String unit : limits.getOrDefault(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT, "Current")
                .split(",")) {
            units.add(unit.strip().equals("Power") ? "W" : "A");
        }
        boolean dc = "DC".equalsIgnoreCase(p.getProperty("current", "AC"));
        KeyRange sampleRange = station.range(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL).orElse(new KeyRange(0, 86400));
        KeyRange heartbeatRange = station.range(ConfigurationKeys.HEARTBEAT_INTERVAL).orElse(new KeyRange(0, 86400));
        return new StationProfile(name, p.getProperty("description", ""), required(p, "vendor"), required(p, "model"),
                p.getProperty("firmwareVersion", ""), "1.6",
                Boolean.parseBoolean(p.getProperty("securityExtension", "false")),
                new LinkedHashSet<>(station.featureProfiles()), station.connectors(), dc, dc ? 0 : supply.phases(),
                supply.maxCurrent().intValue(), measurands, measurands,
                p.getProperty("meterValuesAlignedData") == null ? List.of("Energy.Active.Import.Register")
                        : list(p, "meterValuesAlignedData"),
                limit(limits, ConfigurationKeys.METER_VALUES_SAMPLED_DATA_MAX_LENGTH, measurands.size()),
                (int) sampleRange.min(), (int) sampleRange.max(),
                (int) sampleRange.clamp(integer(p, "meterValueSampleInterval", 60)),
                (int) heartbeatRange.min(), (int) heartbeatRange.max(),
                (int) heartbeatRange.clamp(integer(p, "heartbeatInterval", 300)),
                limit(limits, ConfigurationKeys.GET_CONFIGURATION_MAX_KEYS, 50), units,
                limit(limits, SmartChargingKeys.CHARGE_PROFILE_MAX_STACK_LEVEL, 0),
                limit(limits, SmartChargingKeys.CHARGING_SCHEDULE_MAX_PERIODS, 0),
                limit(limits, ConfigurationKeys.LOCAL_AUTH_LIST_MAX_LENGTH, 0),
                limit(limits, ConfigurationKeys.SEND_LOCAL_LIST_MAX_LENGTH, 0), station.reservesWholeStation(),
                station.firmware().transferProtocols().stream().map(s -> s.toUpperCase(Locale.ROOT)).sorted().toList(),
                new LinkedHashSet<>(list(p, "securityProfiles").stream().map(Integer::valueOf).toList()),
                list(p, "cipherSuites"), integer(p, "webSocketPingInterval", 0));
    }

    /** @return the library's profile of an OCPP 1.6 station (what {@code ocpp4j station} runs), empty for 2.0.1 */
    Optional<io.ocpp4j.v16.station.runtime.StationProfile> runtimeProfile() {
        return ocpp.equals("1.6") ? StationProfiles.named(name) : Optional.empty();
    }

    private static int limit(Map<String, String> limits, String key, int fallback) {
        String value = limits.get(key);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static StationProfile parseProperties(Properties p) {
        int sampleInterval = integer(p, "meterValueSampleInterval", 60);
        int heartbeat = integer(p, "heartbeatInterval", 300);
        return new StationProfile(required(p, "name"), p.getProperty("description", ""), required(p, "vendor"),
                required(p, "model"), p.getProperty("firmwareVersion", ""), required(p, "ocpp"),
                Boolean.parseBoolean(p.getProperty("securityExtension", "false")),
                new LinkedHashSet<>(list(p, "featureProfiles")), integer(p, "connectors", 1),
                "DC".equalsIgnoreCase(p.getProperty("current", "AC")), integer(p, "phases", 3),
                integer(p, "maxCurrentA", 32), list(p, "meterValuesSampledData"), list(p, "meterValuesSupported"),
                list(p, "meterValuesAlignedData"), integer(p, "meterValuesSampledDataMaxLength", 10),
                integer(p, "meterValueSampleIntervalMin", 0), integer(p, "meterValueSampleIntervalMax", 86400),
                sampleInterval, integer(p, "heartbeatIntervalMin", 0), integer(p, "heartbeatIntervalMax", 86400),
                heartbeat, integer(p, "getConfigurationMaxKeys", 50), new LinkedHashSet<>(list(p, "chargingRateUnits")),
                integer(p, "chargingProfileMaxStackLevel", 0), integer(p, "chargingScheduleMaxPeriods", 0),
                integer(p, "localAuthListMaxLength", 0), integer(p, "sendLocalListMaxLength", 0),
                Boolean.parseBoolean(p.getProperty("reserveConnectorZeroSupported", "false")),
                list(p, "supportedFileTransferProtocols"),
                new LinkedHashSet<>(list(p, "securityProfiles").stream().map(Integer::valueOf).toList()),
                list(p, "cipherSuites"), integer(p, "webSocketPingInterval", 0));
    }

    /** @return whether the station implements a 1.6 feature profile */
    boolean supports(String featureProfile) {
        return featureProfiles.contains(featureProfile);
    }

    /** @return the nominal voltage of a connector: 230 V per AC phase, 400 V DC */
    int voltage() {
        return dc ? 400 : 230;
    }

    /** @return the largest power of a connector, in watts */
    int maxPowerW() {
        return dc ? maxCurrentA * voltage() : maxCurrentA * voltage() * Math.max(1, phases);
    }

    /** @return one line for {@code --list-profiles --verbose} */
    String summary() {
        return String.format("%-14s OCPP %-5s %s", name, ocpp + (securityExtension ? "+sec" : ""), description);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("station profile without " + key);
        }
        return value.strip();
    }

    private static int integer(Properties p, String key, int fallback) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    private static List<String> list(Properties p, String key) {
        String value = p.getProperty(key, "");
        return value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
