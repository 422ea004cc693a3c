package io.ocpp4j.v16.security.csms;

import io.ocpp4j.transport.pki.CertificateSigningRequest;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a station's certificate signing request must be for the CSMS to accept it, beyond a valid
 * proof of possession (which {@link CertificateSigning} always checks): exactly one subject common name
 * (CN), equal to the identity of the connection it came on; if an organization is required for the
 * station (its {@code CpoName}), exactly one O equal to it; an RSA key of at least 2048 bits or an EC key
 * of at least 224 bits, the whitepaper's minimum sizes. Immutable.
 */
public final class CsrPolicy {

    /** The whitepaper's minimum RSA modulus. */
    public static final int MIN_RSA_BITS = 2048;
    /** The whitepaper's minimum elliptic-curve size. */
    public static final int MIN_EC_BITS = 224;

    private static final CsrPolicy DEFAULT = builder().build();

    private final Function<String, Optional<String>> organizations;

    private CsrPolicy(Builder builder) {
        this.organizations = builder.organizations;
    }

    /** @return the policy without an organization requirement */
    public static CsrPolicy defaults() {
        return DEFAULT;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a request whose signature has been verified.
     *
     * @param csr the request
     * @param stationIdentity the identity of the connection the request came on
     * @return why the request is refused, or empty if it is acceptable
     */
    public Optional<String> refusal(CertificateSigningRequest csr, String stationIdentity) {
        List<String> commonNames;
        List<String> organizationNames;
        try {
            commonNames = SubjectNames.values(csr.subject(), "CN");
            organizationNames = SubjectNames.values(csr.subject(), "O");
        } catch (RuntimeException e) {
            return Optional.of("unreadable subject");
        }
        if (commonNames.size() != 1) {
            return Optional.of("the subject must have exactly one CN, it has " + commonNames.size());
        }
        if (!commonNames.get(0).equals(stationIdentity)) {
            return Optional.of("the subject CN is not the station identity " + stationIdentity);
        }
        Optional<String> organization = organizations.apply(stationIdentity);
        if (organization.isPresent()
                && (organizationNames.size() != 1 || !organizationNames.get(0).equals(organization.get()))) {
            return Optional.of("the subject O is not the CPO name required for " + stationIdentity);
        }
        return keyRefusal(csr);
    }

    private static Optional<String> keyRefusal(CertificateSigningRequest csr) {
        PublicKey key;
        try {
            key = csr.publicKey();
        } catch (RuntimeException e) {
            return Optional.of("unreadable public key");
        }
        if (key instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            return bits >= MIN_RSA_BITS ? Optional.empty()
                    : Optional.of("RSA key of " + bits + " bits, fewer than " + MIN_RSA_BITS);
        }
        if (key instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return bits >= MIN_EC_BITS ? Optional.empty()
                    : Optional.of("EC key of " + bits + " bits, fewer than " + MIN_EC_BITS);
        }
        return Optional.of("a " + key.getAlgorithm() + " key; RSA or EC is required");
    }

    /** Builds a {@link CsrPolicy}. */
    public static final class Builder {
        private Function<String, Optional<String>> organizations = identity -> Optional.empty();

        private Builder() {
        }

        /**
         * Requires every station's CSR to name this organization, the {@code CpoName} the stations are
         * configured with.
         *
         * @param cpoName the organization (O) every subject must have
         * @return this
         */
        public Builder organization(String cpoName) {
            Objects.requireNonNull(cpoName, "cpoName");
            return organization(identity -> Optional.of(cpoName));
        }

        /**
         * Requires each station's CSR to name the organization the CSMS holds for it, when it holds one.
         *
         * @param cpoNameByStation the organization required for a station identity, or empty for none
         * @return this
         */
        public Builder organization(Function<String, Optional<String>> cpoNameByStation) {
            this.organizations = Objects.requireNonNull(cpoNameByStation, "cpoNameByStation");
            return this;
        }

        /** @return the policy */
        public CsrPolicy build() {
            return new CsrPolicy(this);
        }
    }
}
