package io.ocpp4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ocpp4j demo} end to end in this JVM: real WebSockets on 127.0.0.1, no pauses. */
class DemoCommandTest {

    @Test
    void playsEverySessionAndPrintsTheSummary() {
        Cli cli = Cli.run("demo", "--pace", "0", "--quiet", "--color", "never");

        assertThat(cli.status).as(cli.out + cli.err).isZero();
        assertThat(cli.out)
                .contains("ocpp4j demo: a CSMS on ws://127.0.0.1:")
                .contains("a driver presents an unknown card (DEADBEEF)")
                .contains("the CSMS limits the transaction to")
                .contains("the link drops; the station reconnects")
                .contains("5 stations, 5 transactions, 5 rejected tags, 5 reconnects")
                .contains("1 CALLERROR (1 expected)") // the 2.0.1 product is not certified for Smart Charging
                .contains("CP-3         Xiamen Joint Tech. Co.,Ltd. Elite EVM002  (OCPP 2.0.1")
                .doesNotContain("Not as planned");
        assertThat(cli.out).containsPattern("RemoteStartTransaction\\s+csms\\s+4\\s+0")
                .containsPattern("RequestStartTransaction\\s+csms\\s+1\\s+0")
                .containsPattern("SetChargingProfile\\s+csms\\s+5\\s+1")
                .containsPattern("RemoteStopTransaction\\s+csms\\s+4\\s+0")
                .containsPattern("RequestStopTransaction\\s+csms\\s+1\\s+0")
                .containsPattern("TransactionEvent\\s+station\\s+6\\s+0")
                .containsPattern("BootNotification\\s+station\\s+5\\s+0")
                .containsPattern("all\\s+\\d+\\s+1\\s+[0-9.]+\\s+[0-9.]+");
    }

    @Test
    void printsEveryMessageUnlessQuiet() {
        Cli cli = Cli.run("demo", "--stations", "1", "--pace", "0", "--color", "never");

        assertThat(cli.status).isZero();
        assertThat(cli.out).containsPattern("CP-1 +-> CSMS  BootNotification.req  chargePointVendor=\"XJ Power Co., Ltd.\"")
                .containsPattern("CP-1 +<- CSMS  RemoteStartTransaction.req  connectorId=1 idTag=04A1B2C1")
                .containsPattern("CP-1 +-> CSMS  Authorize.req  idTag=DEADBEEF")
                .containsPattern("CP-1 +<- CSMS  Authorize.conf  idTagInfo.status=Blocked")
                .containsPattern("StopTransaction.req  meterStop=\\d+ transactionId=1 reason=Remote")
                .doesNotContain("\u001B["); // no colours when told so
    }
}
