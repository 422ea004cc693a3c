package io.ocpp4j.core.frame;

import java.util.Objects;

/** What {@link FrameCodec#decode} made of a received text: a frame, or a classified problem. */
public sealed interface DecodeResult permits DecodeResult.Valid, DecodeResult.Malformed {

    /**
     * A well-formed frame (its payload is not yet checked against any schema).
     *
     * @param frame the frame
     */
    record Valid(RpcFrame frame) implements DecodeResult {
        /** Checks the component. */
        public Valid {
            Objects.requireNonNull(frame, "frame");
        }
    }

    /**
     * A text that is not a valid frame.
     *
     * @param problem what is wrong
     * @param messageTypeId the message type id if it could be read, else {@code -1}
     * @param messageId the message id if it could be read, else {@code null}
     * @param detail a short description for the logs and the CALLERROR (never a stack trace)
     */
    record Malformed(FrameProblem problem, int messageTypeId, String messageId, String detail)
            implements DecodeResult {

        /** Checks the components. */
        public Malformed {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }

        /**
         * Whether OCPP-J expects a CALLERROR in answer: yes, unless the text was recognisably a
         * CALLRESULT or CALLERROR (an answer is never answered).
         *
         * @return {@code true} if a CALLERROR should be sent
         */
        public boolean answerable() {
            return messageTypeId != RpcFrame.CALL_RESULT && messageTypeId != RpcFrame.CALL_ERROR;
        }

        /**
         * The message id to answer with: the frame's own if it could be read, else {@code "-1"}.
         *
         * @return the id for the CALLERROR
         */
        public String answerMessageId() {
            return messageId == null ? CallError.UNKNOWN_MESSAGE_ID : messageId;
        }
    }
}
