package org.factcheck.claims.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.factcheck.claims.domain.WebhookUrl;

/**
 * One webhook POST over HTTP/1.1, to the address that passed the SSRF check and no other:
 * the socket connects to that address, so a second DNS answer cannot redirect it; TLS
 * still verifies the certificate against the URL's host (SNI and endpoint identification).
 * Redirects are not followed (a 3xx is just a status); the whole exchange must finish
 * within {@link #TIMEOUT}, and at most {@link #MAX_RESPONSE_BYTES} of the answer are read.
 */
public final class WebhookPost {
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    public static final int MAX_RESPONSE_BYTES = 1024;

    private WebhookPost() {}

    /** The response's status code; an IOException for a timeout, a refused connection, TLS or a garbled answer. */
    public static int send(WebhookUrl.Target target, InetAddress address, Map<String, String> headers, String body)
            throws IOException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(address, target.port()), (int) TIMEOUT.toMillis());
            Socket socket = target.https() ? tls(plain, target) : plain;
            try {
                socket.setSoTimeout(remaining(deadline));
                OutputStream out = socket.getOutputStream();
                out.write(head(target, headers, content.length).getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.flush();
                return status(socket.getInputStream(), deadline, socket);
            } finally {
                if (socket != plain) socket.close();
            }
        }
    }

    private static Socket tls(Socket plain, WebhookUrl.Target target) throws IOException {
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!Character.isDigit(target.host().charAt(0)) && !target.host().contains(":"))
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static String head(WebhookUrl.Target target, Map<String, String> headers, int length) {
        String path =
                target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
                        ? "/"
                        : target.uri().getRawPath();
        if (target.uri().getRawQuery() != null) path += "?" + target.uri().getRawQuery();
        boolean defaultPort = target.port() == (target.https() ? 443 : 80);
        String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
        StringBuilder head = new StringBuilder()
                .append("POST ")
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(defaultPort ? host : host + ":" + target.port())
                .append("\r\nContent-Length: ")
                .append(length)
                .append("\r\nConnection: close\r\nUser-Agent: factcheck-claims-webhooks\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /** Reads up to the status line's end, at most MAX_RESPONSE_BYTES; the rest is never read. */
    private static int status(InputStream in, long deadline, Socket socket) throws IOException {
        byte[] buffer = new byte[MAX_RESPONSE_BYTES];
        int length = 0;
        while (length < buffer.length) {
            socket.setSoTimeout(remaining(deadline));
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) break;
            length += n;
            String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n");
            if (end >= 0) return parseStatus(text.substring(0, end));
        }
        String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        return parseStatus(end < 0 ? text : text.substring(0, end).strip());
    }

    private static int parseStatus(String line) throws IOException {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || parts[1].length() != 3)
            throw new IOException("not an HTTP response");
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status");
        }
    }

    private static int remaining(long deadline) throws IOException {
        long ms = (deadline - System.nanoTime()) / 1_000_000;
        if (ms <= 0) throw new java.net.SocketTimeoutException("no answer within " + TIMEOUT.toSeconds() + " s");
        return (int) ms;
    }
}
