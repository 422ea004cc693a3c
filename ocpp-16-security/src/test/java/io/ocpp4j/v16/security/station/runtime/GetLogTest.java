package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.security.SecurityEventType;
import static io.ocpp4j.v16.security.model.UploadLogStatusEnum.IDLE;
import static io.ocpp4j.v16.security.model.UploadLogStatusEnum.PERMISSION_DENIED;
import static io.ocpp4j.v16.security.model.UploadLogStatusEnum.UPLOADED;
import static io.ocpp4j.v16.security.model.UploadLogStatusEnum.UPLOADING;
import static io.ocpp4j.v16.security.model.UploadLogStatusEnum.UPLOAD_FAILURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.GetLogRequest;
import io.ocpp4j.v16.security.model.GetLogResponse;
import io.ocpp4j.v16.security.model.LogEnum;
import io.ocpp4j.v16.security.model.LogParameters;
import io.ocpp4j.v16.security.model.LogStatusEnum;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import io.ocpp4j.v16.security.model.UploadLogStatusEnum;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GetLog and LogStatusNotification (whitepaper N01) against a scripted ocpp4j CSMS over a real socket,
 * with the {@link SimulatedLogUploader}: the security log of a period, the diagnostics log, retries, the
 * final statuses, the requestId echoed, a replaced upload, and ExtendedTriggerMessage LogStatusNotification.
 */
class GetLogTest {

    private static final String LOCATION = "ftp://logs.example.com/uploads/";

    private final RpcRuntime rpc = RpcRuntime.create();
    private final ScriptedCsms csms = new ScriptedCsms(rpc);
    private final SimulatedLogUploader uploader = new SimulatedLogUploader();
    private SecureStationRuntime station;

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
        csms.close();
        rpc.close();
    }

    private void boot() {
        station = SecureStationFixture.station(rpc, csms, new InMemoryStore()).logUploader(uploader).build();
        station.start();
        await().atMost(ScriptedCsms.WAIT).until(csms::connected);
    }

    @Test
    void TC_079_the_security_log_of_a_period_is_uploaded_and_reported_with_the_requestId() throws Exception {
        boot();
        SecurityEvent before = raise(SecurityEventType.INVALID_MESSAGES, "before the period");
        SecurityEvent first = raise(SecurityEventType.TAMPER_DETECTION_ACTIVATED, "first in the period");
        SecurityEvent last = raise(SecurityEventType.INVALID_MESSAGES, "last in the period");
        raise(SecurityEventType.INVALID_MESSAGES, "after the period");

        GetLogResponse response = getLog(LogEnum.SECURITY_LOG, 31, new LogParameters().withRemoteLocation(LOCATION)
                .withOldestTimestamp(first.timestamp()).withLatestTimestamp(last.timestamp()));
        assertThat(response.getStatus()).isEqualTo(LogStatusEnum.ACCEPTED);
        assertThat(response.getFilename()).isEqualTo(ScriptedCsms.IDENTITY + "-SecurityLog-31.log");
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.logStatuses.size() == 2);
        assertThat(csms.logStatuses).extracting(LogStatusNotificationRequest::getStatus).containsExactly(UPLOADING, UPLOADED);
        assertThat(csms.logStatuses).extracting(LogStatusNotificationRequest::getRequestId).containsOnly(31);

        SimulatedLogUploader.Attempt upload = uploader.attempts().get(0);
        assertThat(upload.location()).isEqualTo(URI.create(LOCATION));
        assertThat(upload.file().fileName()).isEqualTo(response.getFilename());
        String content = new String(upload.file().content(), StandardCharsets.UTF_8);
        assertThat(content.lines()).hasSize(2);
        assertThat(content).contains("TamperDetectionActivated", "first in the period", "last in the period")
                .doesNotContain(before.techInfo()).doesNotContain("after the period");
    }

    @Test
    void a_failed_upload_is_retried_and_a_refusal_is_reported_as_it_is() throws Exception {
        boot();
        uploader.script(LogUploader.Result.UPLOAD_FAILURE, LogUploader.Result.UPLOAD_FAILURE);
        assertThat(getLog(LogEnum.SECURITY_LOG, 1, parameters()).getStatus()).isEqualTo(LogStatusEnum.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> statuses(1).size() == 3);
        assertThat(statuses(1)).containsExactly(UPLOADING, UPLOADING, UPLOAD_FAILURE); // one retry, then given up

        uploader.script(LogUploader.Result.UPLOAD_FAILURE);
        getLog(LogEnum.SECURITY_LOG, 2, parameters().withRemoteLocation(LOCATION));
        await().atMost(ScriptedCsms.WAIT).until(() -> statuses(2).size() == 3);
        assertThat(statuses(2)).containsExactly(UPLOADING, UPLOADING, UPLOADED);

        uploader.script(LogUploader.Result.PERMISSION_DENIED);
        getLog(LogEnum.SECURITY_LOG, 3, parameters());
        await().atMost(ScriptedCsms.WAIT).until(() -> statuses(3).size() == 2);
        assertThat(statuses(3)).containsExactly(UPLOADING, PERMISSION_DENIED); // not worth retrying
        assertThat(uploader.attempts()).hasSize(2 + 2 + 1);
    }

    @Test
    void the_diagnostics_log_comes_from_the_uploader_and_none_means_no_file() throws Exception {
        boot();
        GetLogResponse none = getLog(LogEnum.DIAGNOSTICS_LOG, 5, parameters());
        assertThat(none.getStatus()).isEqualTo(LogStatusEnum.ACCEPTED);
        assertThat(none.getFilename()).isNull();

        uploader.diagnostics("boot ok\nmeter ok\n");
        GetLogResponse response = getLog(LogEnum.DIAGNOSTICS_LOG, 6, parameters());
        assertThat(response.getFilename()).isEqualTo("diagnostics.log");
        await().atMost(ScriptedCsms.WAIT).until(() -> statuses(6).size() == 2);
        assertThat(statuses(6)).containsExactly(UPLOADING, UPLOADED);
        assertThat(statuses(5)).isEmpty();
        assertThat(new String(uploader.attempts().get(0).file().content(), StandardCharsets.UTF_8)).isEqualTo("boot ok\nmeter ok\n");
    }

    @Test
    void a_new_GetLog_cancels_the_upload_under_way_and_the_trigger_reports_the_current_state() throws Exception {
        boot();
        uploader.holdUploads(true);
        assertThat(getLog(LogEnum.SECURITY_LOG, 11, parameters()).getStatus()).isEqualTo(LogStatusEnum.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> statuses(11).equals(List.of(UPLOADING)));

        trigger();
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.logStatuses.size() == 2);
        assertThat(csms.logStatuses.get(1).getStatus()).isEqualTo(UPLOADING);
        assertThat(csms.logStatuses.get(1).getRequestId()).isEqualTo(11);

        assertThat(getLog(LogEnum.SECURITY_LOG, 12, parameters()).getStatus()).isEqualTo(LogStatusEnum.ACCEPTED_CANCELED);
        await().atMost(ScriptedCsms.WAIT).until(() -> statuses(12).equals(List.of(UPLOADING)));
        uploader.release();
        await().atMost(ScriptedCsms.WAIT).until(() -> statuses(12).equals(List.of(UPLOADING, UPLOADED)));
        assertThat(statuses(11)).containsExactly(UPLOADING, UPLOADING); // its own and the triggered one: no end

        trigger();
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.logStatuses.get(csms.logStatuses.size() - 1).getStatus() == IDLE);
        assertThat(csms.logStatuses.get(csms.logStatuses.size() - 1).getRequestId()).isNull();
    }

    @Test
    void a_remote_location_that_is_not_an_absolute_URI_is_rejected() throws Exception {
        boot();
        assertThat(getLog(LogEnum.SECURITY_LOG, 21, parameters().withRemoteLocation("uploads/here")).getStatus())
                .isEqualTo(LogStatusEnum.REJECTED);
        assertThat(uploader.attempts()).isEmpty();
    }

    private SecurityEvent raise(SecurityEventType type, String techInfo) throws Exception {
        // each event in a millisecond of its own, so that the period's bounds separate them
        Instant floor = Instant.now().plus(2, ChronoUnit.MILLIS);
        await().until(() -> Instant.now().isAfter(floor));
        station.securityEvent(type, techInfo).toCompletableFuture().get();
        List<SecurityEvent> log = station.securityLog();
        return log.get(log.size() - 1);
    }

    private static LogParameters parameters() {
        return new LogParameters().withRemoteLocation(LOCATION)
                .withOldestTimestamp(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
    }

    private GetLogResponse getLog(LogEnum type, int requestId, LogParameters parameters) throws Exception {
        return csms.call(SecurityActions16.GET_LOG, new GetLogRequest().withLogType(type).withRequestId(requestId)
                .withRetries(1).withRetryInterval(0).withLog(parameters));
    }

    private List<UploadLogStatusEnum> statuses(int requestId) {
        return csms.logStatuses.stream().filter(s -> s.getRequestId() != null && s.getRequestId() == requestId)
                .map(LogStatusNotificationRequest::getStatus).toList();
    }

    private void trigger() throws Exception {
        csms.call(SecurityActions16.EXTENDED_TRIGGER_MESSAGE,
                new ExtendedTriggerMessageRequest().withRequestedMessage(MessageTriggerEnum.LOG_STATUS_NOTIFICATION));
    }
}
