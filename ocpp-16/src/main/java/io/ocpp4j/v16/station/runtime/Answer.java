package io.ocpp4j.v16.station.runtime;

/**
 * An answer to one of the CSMS's calls and what to do once it is given (start the transaction,
 * stop it, reboot): the follow-up is queued on the state thread behind the answer.
 *
 * @param value the answer
 * @param then runs on the state thread after the answer is handed to the session
 * @param <T> the answer's type
 */
record Answer<T>(T value, Runnable then) {

    /** @return an answer with nothing to follow */
    static <T> Answer<T> of(T value) {
        return new Answer<>(value, () -> {
        });
    }
}
