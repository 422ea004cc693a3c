/**
 * A small public-key infrastructure on Bouncy Castle, for tests, examples and the certificate
 * management features of the OCPP versions: key pairs ({@link io.ocpp4j.transport.pki.KeyAlgorithm}),
 * certificates for CAs, CSMS hosts and stations ({@link io.ocpp4j.transport.pki.CertificateBuilder},
 * {@link io.ocpp4j.transport.pki.Pki}), PKCS#10 requests
 * ({@link io.ocpp4j.transport.pki.CertificateSigningRequest}), PEM encoding
 * ({@link io.ocpp4j.transport.pki.Pem}) and OCPP's certificate hash data
 * ({@link io.ocpp4j.transport.pki.CertificateHashData}).
 *
 * <p>The Bouncy Castle provider is used through an explicit instance; nothing here installs a
 * provider in {@link java.security.Security}.
 */
package io.ocpp4j.transport.pki;
