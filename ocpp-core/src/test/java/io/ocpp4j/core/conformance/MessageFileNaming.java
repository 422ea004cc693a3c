package io.ocpp4j.core.conformance;

/**
 * How a folder of official schemas names its files. Our own schemas are always named
 * {@code <Action>Request.json} and {@code <Action>Response.json}; these are the official spellings.
 */
public enum MessageFileNaming {

    /** OCA 1.6 and the 1.6 security whitepaper: {@code <Action>.json} and {@code <Action>Response.json}. */
    OCA_16 {
        @Override
        String fileName(String message) {
            return (message.endsWith(REQUEST) ? message.substring(0, message.length() - REQUEST.length()) : message)
                    + ".json";
        }

        @Override
        String message(String fileName) {
            String name = stem(fileName);
            return name.endsWith(RESPONSE) ? name : name + REQUEST;
        }
    },

    /** OCA 2.0.1: {@code <Action>Request.json} and {@code <Action>Response.json}, as ours. */
    REQUEST_RESPONSE {
        @Override
        String fileName(String message) {
            return message + ".json";
        }

        @Override
        String message(String fileName) {
            return stem(fileName);
        }
    };

    private static final String REQUEST = "Request";
    private static final String RESPONSE = "Response";

    /**
     * The file of a message.
     *
     * @param message our message name, e.g. {@code BootNotificationRequest}
     * @return the official file name, e.g. {@code BootNotification.json}
     */
    abstract String fileName(String message);

    /**
     * The message a file describes.
     *
     * @param fileName an official file name
     * @return our message name
     */
    abstract String message(String fileName);

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.length() - ".json".length());
    }
}
