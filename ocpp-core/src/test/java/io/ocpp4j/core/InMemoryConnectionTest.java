package io.ocpp4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InMemoryConnectionTest {

    /** Records events; runs on the calling thread (a direct executor). */
    private static final class Recorder implements ConnectionListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onText(String text) {
            events.add(text);
        }

        @Override
        public void onClose(int code, String reason, boolean byPeer) {
            events.add("closed " + code + " " + reason + " byPeer=" + byPeer);
        }
    }

    @Test
    void framesSentBeforeListeningAreDeliveredInOrder() {
        InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp1.6", "CP", Runnable::run, Runnable::run, 10);
        pair.station().send("a");
        pair.station().send("b");
        Recorder csms = new Recorder();
        pair.csms().listen(csms);
        pair.station().send("c");
        assertThat(csms.events).containsExactly("a", "b", "c");
        assertThat(pair.csms().subprotocol()).isEqualTo("ocpp1.6");
        assertThat(pair.csms().stationIdentity()).isEqualTo("CP");
    }

    @Test
    void closeIsReportedOnceToEachSide() {
        InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp1.6", "CP", Runnable::run, Runnable::run, 10);
        Recorder station = new Recorder();
        Recorder csms = new Recorder();
        pair.station().listen(station);
        pair.csms().listen(csms);
        pair.csms().close(1001, "bye");
        pair.csms().close(1000, "again");
        pair.station().close(1000, "too");
        assertThat(csms.events).containsExactly("closed 1001 bye byPeer=false");
        assertThat(station.events).containsExactly("closed 1001 bye byPeer=true");
        assertThat(pair.station().isOpen()).isFalse();
        assertThatThrownBy(() -> pair.station().send("x")).isInstanceOf(ConnectionClosedException.class);
    }

    @Test
    void aPeerThatFloodsAnEndWithoutListenerIsCutOff() {
        InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp1.6", "CP", Runnable::run, Runnable::run, 3);
        for (int i = 0; i < 3; i++) {
            pair.station().send("f" + i);
        }
        pair.station().send("too many");
        assertThat(pair.station().isOpen()).isFalse();
        Recorder csms = new Recorder();
        pair.csms().listen(csms);
        assertThat(csms.events).containsExactly("f0", "f1", "f2", "closed 1008 too many frames pending byPeer=false");
    }

    @Test
    void onlyOneListener() {
        InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp1.6", "CP", Runnable::run, Runnable::run, 3);
        pair.csms().listen(new Recorder());
        assertThatThrownBy(() -> pair.csms().listen(new Recorder())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailingListenerDoesNotStopDelivery() {
        InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp1.6", "CP", Runnable::run, Runnable::run, 3);
        Recorder recorder = new Recorder();
        pair.csms().listen(new ConnectionListener() {
            @Override
            public void onText(String text) {
                if (text.equals("boom")) {
                    throw new IllegalStateException("boom");
                }
                recorder.onText(text);
            }

            @Override
            public void onClose(int code, String reason, boolean byPeer) {
            }
        });
        pair.station().send("boom");
        pair.station().send("after");
        assertThat(recorder.events).containsExactly("after");
    }
}
