package io.ocpp4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the builders of every version's CSMS and station facades share: the runtime, the protocol
 * version, extensions, extra handlers, per-session options and the session listener.
 *
 * @param <B> the concrete builder, for chaining
 * @param <V> what the session listener is told about (a typed view of the peer, or the session)
 */
public abstract class EndpointBuilder<B extends EndpointBuilder<B, V>, V> {

    private final RpcRuntime runtime;
    private ProtocolVersion version;
    private Handlers extraHandlers = Handlers.NONE;
    private final List<EndpointExtension> extensions = new ArrayList<>();
    private Consumer<RpcSession.Builder> sessionOptions = session -> {
    };
    private SessionListener<? super V> listener = new SessionListener<>() {
    };

    /**
     * @param runtime the shared threads and compiled schemas
     * @param defaultVersion the version the facade speaks unless told otherwise
     */
    protected EndpointBuilder(RpcRuntime runtime, ProtocolVersion defaultVersion) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.version = Objects.requireNonNull(defaultVersion, "defaultVersion");
    }

    /** @return this builder, typed */
    protected abstract B self();

    /**
     * @param version the protocol; an extension (such as the 1.6 security extension) supplies a larger
     *                catalog on the same subprotocol
     * @return this
     */
    public B version(ProtocolVersion version) {
        this.version = Objects.requireNonNull(version, "version");
        return self();
    }

    /**
     * @param handlers handlers for actions outside the facade's handler interfaces, such as an
     *                 extension's; they must not repeat one of those actions
     * @return this
     */
    public B extraHandlers(Handlers handlers) {
        this.extraHandlers = Objects.requireNonNull(handlers, "handlers");
        return self();
    }

    /**
     * Adds an extension that travels on this version's subprotocol: its actions join the catalog (after
     * {@link #version}, whichever is called first) and its handlers join the others.
     *
     * @param extension the extension, e.g. the CSMS side of the 1.6 security extension
     * @return this
     */
    public B extension(EndpointExtension extension) {
        this.extensions.add(Objects.requireNonNull(extension, "extension"));
        return self();
    }

    /**
     * @param options applied to every session's builder: call timeout, validation (possibly per
     *                station, see {@link RpcSession.Builder#connection()}), metrics listener, queue bounds
     * @return this
     */
    public B sessionOptions(Consumer<RpcSession.Builder> options) {
        this.sessionOptions = Objects.requireNonNull(options, "options");
        return self();
    }

    /**
     * @param listener hears sessions begin and end
     * @return this
     */
    public B listener(SessionListener<? super V> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return self();
    }

    /** @return the runtime */
    protected RpcRuntime runtime() {
        return runtime;
    }

    /** @return the protocol version, extended by every {@linkplain #extension extension} */
    protected ProtocolVersion protocolVersion() {
        ProtocolVersion extended = version;
        for (EndpointExtension extension : extensions) {
            ProtocolVersion next = extension.extend(extended);
            if (!next.subprotocol().equals(version.subprotocol())) {
                throw new IllegalStateException("an extension may not change the subprotocol " + version.subprotocol()
                        + " (to " + next.subprotocol() + ")");
            }
            extended = next;
        }
        return extended;
    }

    /** @return the session listener */
    protected SessionListener<? super V> sessionListener() {
        return listener;
    }

    /**
     * How the facade starts a session on a connection: with its role, the handlers of its interfaces
     * plus the extra ones, and the session options.
     *
     * @param role the facade's side
     * @param handlers the handlers of the facade's interfaces
     * @return a session factory
     */
    protected Function<Connection, RpcSession> sessions(Role role, Handlers.Builder handlers) {
        handlers.addAll(extraHandlers);
        for (EndpointExtension extension : extensions) {
            handlers.addAll(extension.handlers());
        }
        Handlers all = handlers.build();
        ProtocolVersion spoken = protocolVersion();
        for (String action : all.actions()) {
            if (spoken.catalog().find(action).isEmpty()) {
                throw new IllegalStateException("a handler for " + action + " is registered, but " + spoken
                        + " as configured has no such action (add the extension that defines it)");
            }
        }
        Consumer<RpcSession.Builder> options = sessionOptions;
        return connection -> {
            RpcSession.Builder session = RpcSession.builder(connection, spoken, role).runtime(runtime).handlers(all);
            options.accept(session);
            return session.build();
        };
    }
}
