package io.ocpp4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ObservedConnectionTest {

    @Test
    void theObserverSeesEveryFrameBeforeTheOtherSideDoes() {
        InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp1.6", "CP-1", Runnable::run, Runnable::run, 10);
        List<String> events = new CopyOnWriteArrayList<>();
        Connection observed = new ObservedConnection(pair.csms(), new FrameObserver() {
            @Override
            public void sent(String text) {
                events.add("sent " + text);
            }

            @Override
            public void received(String text) {
                events.add("received " + text);
            }

            @Override
            public void closed(int code, String reason, boolean byPeer) {
                events.add("closed " + code + " " + byPeer);
            }
        });
        pair.station().listen(new ConnectionListener() {
            @Override
            public void onText(String text) {
                events.add("station got " + text);
            }

            @Override
            public void onClose(int code, String reason, boolean byPeer) {
            }
        });
        observed.listen(new ConnectionListener() {
            @Override
            public void onText(String text) {
                events.add("csms got " + text);
            }

            @Override
            public void onClose(int code, String reason, boolean byPeer) {
                events.add("csms closed");
            }
        });

        pair.station().send("[2,\"a\",\"Heartbeat\",{}]");
        observed.send("[3,\"a\",{}]");
        pair.station().close(1000, "bye");

        assertThat(events).containsExactly(
                "received [2,\"a\",\"Heartbeat\",{}]", "csms got [2,\"a\",\"Heartbeat\",{}]",
                "sent [3,\"a\",{}]", "station got [3,\"a\",{}]",
                "closed 1000 true", "csms closed");
        assertThat(observed.subprotocol()).isEqualTo("ocpp1.6");
        assertThat(observed.stationIdentity()).isEqualTo("CP-1");
        assertThat(observed.isOpen()).isFalse();
    }
}
