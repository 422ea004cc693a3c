package io.ocpp4j.v16.security.csms;

import io.ocpp4j.core.RemoteStation;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateSignedRequest;
import io.ocpp4j.v16.security.model.CertificateSignedResponse;
import io.ocpp4j.v16.security.model.DeleteCertificateRequest;
import io.ocpp4j.v16.security.model.DeleteCertificateResponse;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageResponse;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsRequest;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsResponse;
import io.ocpp4j.v16.security.model.GetLogRequest;
import io.ocpp4j.v16.security.model.GetLogResponse;
import io.ocpp4j.v16.security.model.InstallCertificateRequest;
import io.ocpp4j.v16.security.model.InstallCertificateResponse;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareRequest;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareResponse;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The CSMS's typed view of the Security Whitepaper calls to one connected OCPP 1.6 charge point: a
 * method for every extension action the CSMS may send. Take it from the station's {@link ChargePoint}
 * (or its session) when the {@link io.ocpp4j.v16.csms.Csms16} was built with a
 * {@link SecurityCsmsExtension}:
 * <pre>{@code
 * csms.chargePoint("CP-1").map(SecurityChargePoint::of).ifPresent(cp -> cp.extendedTriggerMessage(
 *         new ExtendedTriggerMessageRequest().withRequestedMessage(MessageTriggerEnum.SIGN_CHARGE_POINT_CERTIFICATE)));
 * }</pre>
 *
 * <p>It shares the station's session with its {@code ChargePoint}: calls of both views go out one at a
 * time, in order. Every method returns at once. Like the {@code ChargePoint}, a view belongs to one
 * connection.
 */
public final class SecurityChargePoint extends RemoteStation {

    private SecurityChargePoint(RpcSession session) {
        super(session);
    }

    /**
     * The extension's view of a connected charge point.
     *
     * @param chargePoint the station's 1.6 view
     * @return its view for the extension's calls
     * @throws IllegalArgumentException if the station's session does not speak the extension (the
     *     {@code Csms16} was built without {@link SecurityCsmsExtension})
     */
    public static SecurityChargePoint of(ChargePoint chargePoint) {
        return of(Objects.requireNonNull(chargePoint, "chargePoint").session());
    }

    /**
     * The extension's view of a CSMS-side 1.6 session, e.g. {@link io.ocpp4j.core.CallContext#session()}
     * in a handler.
     *
     * @param session a CSMS-side session on {@code ocpp1.6} with the extension's actions
     * @return its view for the extension's calls
     * @throws IllegalArgumentException if the session does not speak the extension
     */
    public static SecurityChargePoint of(RpcSession session) {
        Objects.requireNonNull(session, "session");
        if (!SecurityCsmsExtension.speaksExtension(session.version())) {
            throw new IllegalArgumentException(session.connection().stationIdentity() + ": the session speaks "
                    + session.version() + " without the security extension; build the Csms16 with "
                    + "extension(SecurityCsmsExtension...)");
        }
        return new SecurityChargePoint(session);
    }

    /**
     * Sends {@code CertificateSigned} (Security): the station's new certificate chain, signed for its CSR (see {@link CertificateSigning}).
     *
     * @param request the request
     * @return the response; fails as {@link RpcSession#call} describes
     */
    public CompletionStage<CertificateSignedResponse> certificateSigned(CertificateSignedRequest request) {
        return call(SecurityActions16.CERTIFICATE_SIGNED, request);
    }

    /**
     * Sends {@code DeleteCertificate} (CertificateManagement): asks the station to delete an installed CA certificate, identified by its hash data.
     *
     * @param request the request
     * @return the response; fails as {@link RpcSession#call} describes
     */
    public CompletionStage<DeleteCertificateResponse> deleteCertificate(DeleteCertificateRequest request) {
        return call(SecurityActions16.DELETE_CERTIFICATE, request);
    }

    /**
     * Sends {@code ExtendedTriggerMessage} (ExtendedTrigger): asks the station to send a message now, e.g. {@code SignChargePointCertificate} to start a certificate renewal.
     *
     * @param request the request
     * @return the response; fails as {@link RpcSession#call} describes
     */
    public CompletionStage<ExtendedTriggerMessageResponse> extendedTriggerMessage(ExtendedTriggerMessageRequest request) {
        return call(SecurityActions16.EXTENDED_TRIGGER_MESSAGE, request);
    }

    /**
     * Sends {@code GetInstalledCertificateIds} (CertificateManagement): asks for the hash data of the station's installed CA certificates of one use.
     *
     * @param request the request
     * @return the response; fails as {@link RpcSession#call} describes
     */
    public CompletionStage<GetInstalledCertificateIdsResponse> getInstalledCertificateIds(GetInstalledCertificateIdsRequest request) {
        return call(SecurityActions16.GET_INSTALLED_CERTIFICATE_IDS, request);
    }

    /**
     * Sends {@code GetLog} (Logging): asks the station to upload its diagnostics or security log; progress comes as LogStatusNotification.
     *
     * @param request the request
     * @return the response; fails as {@link RpcSession#call} describes
     */
    public CompletionStage<GetLogResponse> getLog(GetLogRequest request) {
        return call(SecurityActions16.GET_LOG, request);
    }

    /**
     * Sends {@code InstallCertificate} (CertificateManagement): installs a Central System or manufacturer root certificate on the station.
     *
     * @param request the request
     * @return the response; fails as {@link RpcSession#call} describes
     */
    public CompletionStage<InstallCertificateResponse> installCertificate(InstallCertificateRequest request) {
        return call(SecurityActions16.INSTALL_CERTIFICATE, request);
    }

    /**
     * Sends {@code SignedUpdateFirmware} (SecureFirmwareUpdate): asks the station to download, verify and install signed firmware; progress comes as SignedFirmwareStatusNotification.
     *
     * @param request the request
     * @return the response; fails as {@link RpcSession#call} describes
     */
    public CompletionStage<SignedUpdateFirmwareResponse> signedUpdateFirmware(SignedUpdateFirmwareRequest request) {
        return call(SecurityActions16.SIGNED_UPDATE_FIRMWARE, request);
    }
}
