package io.ocpp4j.v16.security.station.runtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * A log file to upload for GetLog: its name (what GetLog answers in {@code filename}) and its content.
 *
 * @param fileName the file's name, without a path
 * @param content its bytes (copied in and out)
 */
public record LogFile(String fileName, byte[] content) {

    /** Checks and copies the components. */
    public LogFile {
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.isEmpty() || fileName.length() > 255 || fileName.contains("/")) {
            throw new IllegalArgumentException("a file name has 1 to 255 characters and no '/': " + fileName);
        }
        content = content.clone();
    }

    /** @return a copy of the content */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** @return the content's length in bytes */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogFile file && file.fileName.equals(fileName) && Arrays.equals(file.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + content.length + " bytes)";
    }
}
