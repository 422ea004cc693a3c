package io.ocpp4j.v16.security.csms;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link SecurityListener} that queues what it hears, for tests to take with a bound. */
final class RecordingListener implements SecurityListener {

    static final Duration WAIT = Duration.ofSeconds(20);

    final BlockingQueue<SecurityEvent> events = new LinkedBlockingQueue<>();
    final BlockingQueue<SignedFirmwareStatusNotificationRequest> firmware = new LinkedBlockingQueue<>();
    final BlockingQueue<LogStatusNotificationRequest> logs = new LinkedBlockingQueue<>();
    final BlockingQueue<CertificateSigningOutcome> outcomes = new LinkedBlockingQueue<>();

    @Override
    public void securityEvent(SecurityEvent event) {
        events.add(event);
    }

    @Override
    public void signedFirmwareStatus(String stationIdentity, SignedFirmwareStatusNotificationRequest notification) {
        firmware.add(notification);
    }

    @Override
    public void logStatus(String stationIdentity, LogStatusNotificationRequest notification) {
        logs.add(notification);
    }

    @Override
    public void certificateSigning(CertificateSigningOutcome outcome) {
        outcomes.add(outcome);
    }

    /** The next element of a queue, waited for at most {@link #WAIT}. */
    static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
        T value = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(value).as("heard within " + WAIT).isNotNull();
        return value;
    }
}
