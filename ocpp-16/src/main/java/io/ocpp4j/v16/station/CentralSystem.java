package io.ocpp4j.v16.station;

import io.ocpp4j.core.CurrentSession;
import io.ocpp4j.core.RemoteCsms;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationResponse;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatusNotificationResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.MeterValuesResponse;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionResponse;
import java.util.concurrent.CompletionStage;

/**
 * The station's typed view of its OCPP 1.6 Central System: a method for every action a station may send.
 * It stays valid across reconnects; while the station is offline, calls fail at once with
 * {@link io.ocpp4j.core.ConnectionClosedException}.
 */
public final class CentralSystem extends RemoteCsms {

    CentralSystem(CurrentSession link) {
        super(link);
    }

    /**
     * Sends {@code Authorize} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<AuthorizeResponse> authorize(AuthorizeRequest request) {
        return call(Actions16.AUTHORIZE, request);
    }

    /**
     * Sends {@code BootNotification} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<BootNotificationResponse> bootNotification(BootNotificationRequest request) {
        return call(Actions16.BOOT_NOTIFICATION, request);
    }

    /**
     * Sends {@code DataTransfer} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<DataTransferResponse> dataTransfer(DataTransferRequest request) {
        return call(Actions16.DATA_TRANSFER, request);
    }

    /**
     * Sends {@code Heartbeat} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<HeartbeatResponse> heartbeat(HeartbeatRequest request) {
        return call(Actions16.HEARTBEAT, request);
    }

    /**
     * Sends {@code MeterValues} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<MeterValuesResponse> meterValues(MeterValuesRequest request) {
        return call(Actions16.METER_VALUES, request);
    }

    /**
     * Sends {@code StartTransaction} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<StartTransactionResponse> startTransaction(StartTransactionRequest request) {
        return call(Actions16.START_TRANSACTION, request);
    }

    /**
     * Sends {@code StatusNotification} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<StatusNotificationResponse> statusNotification(StatusNotificationRequest request) {
        return call(Actions16.STATUS_NOTIFICATION, request);
    }

    /**
     * Sends {@code StopTransaction} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<StopTransactionResponse> stopTransaction(StopTransactionRequest request) {
        return call(Actions16.STOP_TRANSACTION, request);
    }

    /**
     * Sends {@code DiagnosticsStatusNotification} (FirmwareManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<DiagnosticsStatusNotificationResponse> diagnosticsStatusNotification(DiagnosticsStatusNotificationRequest request) {
        return call(Actions16.DIAGNOSTICS_STATUS_NOTIFICATION, request);
    }

    /**
     * Sends {@code FirmwareStatusNotification} (FirmwareManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<FirmwareStatusNotificationResponse> firmwareStatusNotification(FirmwareStatusNotificationRequest request) {
        return call(Actions16.FIRMWARE_STATUS_NOTIFICATION, request);
    }
}
