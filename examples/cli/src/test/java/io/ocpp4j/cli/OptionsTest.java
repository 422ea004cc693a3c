package io.ocpp4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Option parsing, help and exit codes of every subcommand; nothing here opens a socket. */
class OptionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "csms", "station", "validate"})
    void everySubcommandHasHelpWithExamples(String command) {
        Cli cli = Cli.run(command, "--help");
        assertThat(cli.status).isZero();
        assertThat(cli.out).contains("Usage: ocpp4j " + command).contains("Examples:").contains("./ocpp4j " + command);
    }

    @Test
    void theRootCommandListsTheSubcommands() {
        Cli cli = Cli.run("--help");
        assertThat(cli.status).isZero();
        assertThat(cli.out).contains("demo", "csms", "station", "validate", "Exit codes");
        assertThat(Cli.run().status).isEqualTo(Main.USAGE);
        assertThat(Cli.run("--version").out).startsWith("ocpp4j ");
    }

    @Test
    void unknownOptionsAndCommandsAreUsageErrors() {
        Cli cli = Cli.run("csms", "--prot", "80");
        assertThat(cli.status).isEqualTo(Main.USAGE);
        assertThat(cli.err).contains("Unknown option").contains("'--prot'");
        assertThat(Cli.run("simulate").status).isEqualTo(Main.USAGE);
        assertThat(Cli.run("csms", "--port", "eighty").err).contains("'eighty' is not an int");
    }

    @Test
    void csmsChecksItsSecuritySettingsBeforeListening() throws Exception {
        assertThat(Cli.run("csms", "--security-profile", "4").err).contains("--security-profile must be 0, 1, 2 or 3");
        assertThat(Cli.run("csms", "--security-profile", "1").err).contains("needs --credentials");
        assertThat(Cli.run("csms", "--security-profile", "2").err).contains("needs --tls-cert and --tls-key");
        assertThat(Cli.run("csms", "--tls-cert", "a.pem").err).contains("runs without TLS");
        Path missing = dir.resolve("missing.txt");
        Cli cli = Cli.run("csms", "--security-profile", "1", "--credentials", missing.toString());
        assertThat(cli.status).isEqualTo(Main.USAGE);
        assertThat(cli.err).contains("cannot read " + missing);
        Path credentials = Files.writeString(dir.resolve("credentials.txt"), "CP-1 without a colon\n");
        assertThat(Cli.run("csms", "--security-profile", "1", "--credentials", credentials.toString()).err)
                .contains("has no ':password'");
        assertThat(Cli.run("csms", "--boot", "Maybe").err).contains("--boot must be Accepted, Pending or Rejected");
        assertThat(Cli.run("csms", "--ocpp", "1.5").err).contains("unknown OCPP version '1.5'");
        Path tags = Files.writeString(dir.resolve("tags.txt"), "04A1:Sometimes\n");
        assertThat(Cli.run("csms", "--id-tags", tags.toString()).err).contains("unknown status in '04A1:Sometimes'");
    }

    @Test
    void stationListsItsProfilesOnePerLine() {
        Cli cli = Cli.run("station", "--list-profiles");
        assertThat(cli.status).isZero();
        assertThat(cli.out.lines()).containsExactly("izcj-ac", "xcharge-c6", "joint-evm002", "infypower-exp", "evsis-jc-9932");
    }

    @Test
    void stationChecksItsOptionsAgainstTheProfile() {
        assertThat(Cli.run("station").err).contains("--url is required");
        Cli cli = Cli.run("station", "--url", "ws://localhost:1/ocpp", "--profile", "nope");
        assertThat(cli.status).isEqualTo(Main.USAGE);
        assertThat(cli.err).contains("no station profile 'nope'");
        assertThat(Cli.run("station", "--url", "ws://localhost:1/ocpp", "--ocpp", "1.6", "--profile", "joint-evm002").err)
                .contains("profile joint-evm002 is an OCPP 2.0.1 station");
        assertThat(Cli.run("station", "--url", "ws://localhost:1/ocpp", "--ocpp", "2.0.1").err)
                .contains("profile izcj-ac is an OCPP 1.6 station");
        assertThat(Cli.run("station", "--url", "wss://localhost:1/ocpp", "--security-profile", "3",
                "--profile", "izcj-ac").err).contains("does not support security profile 3");
        assertThat(Cli.run("station", "--url", "ws://localhost:1/ocpp", "--security-profile", "2").err)
                .contains("security profile 2 needs a wss:// URL");
        assertThat(Cli.run("station", "--url", "ws://localhost:1/ocpp", "--security-profile", "1").err)
                .contains("needs --password");
        assertThat(Cli.run("station", "--url", "ws://localhost:1/ocpp", "--security-profile", "0", "--password",
                "0123456789abcdef").err).contains("security profile 0 sends no credentials");
        assertThat(Cli.run("station", "--url", "ws://localhost:1/ocpp", "--profile", "joint-evm002", "--store",
                "x.mv.db").err).contains("--store is for OCPP 1.6 stations");
        assertThat(Cli.run("station", "--url", "http://localhost:1/ocpp").err).contains("must start with ws:// or wss://");
        assertThat(Cli.run("station", "--url", "ws://localhost:1/ocpp", "--duration", "-1").err).contains("must not be negative");
    }

    @Test
    void demoAndValidateCheckTheirOptions() {
        assertThat(Cli.run("demo", "--stations", "9").status).isEqualTo(Main.USAGE);
        Cli cli = Cli.run("validate", "--ocpp", "3.0", "-");
        assertThat(cli.status).isEqualTo(Main.USAGE);
        assertThat(cli.err).contains("unknown OCPP version '3.0'");
    }
}
