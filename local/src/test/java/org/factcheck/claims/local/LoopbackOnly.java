package org.factcheck.claims.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connect guard for tests that must never reach another machine (WebhookSsrfIT). On
 * connect, the JDK's plain Socket (WebhookPost's) asks the default ProxySelector about
 * "socket://host:port". For a host that is not a loopback literal or localhost, this one
 * records the URI and names a SOCKS proxy on a closed loopback port: the connect fails here.
 */
final class LoopbackOnly extends ProxySelector {
    final List<String> blocked = new CopyOnWriteArrayList<>();
    final ProxySelector previous = ProxySelector.getDefault();
    private final Proxy nowhere;

    private LoopbackOnly(int closedPort) {
        nowhere = new Proxy(Proxy.Type.SOCKS, new InetSocketAddress(InetAddress.getLoopbackAddress(), closedPort));
    }

    static LoopbackOnly install() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        LoopbackOnly guard = new LoopbackOnly(closedPort);
        ProxySelector.setDefault(guard);
        return guard;
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (uri.getHost() != null && loopback(uri.getHost()))
            return previous == null ? List.of(Proxy.NO_PROXY) : previous.select(uri);
        blocked.add(uri.toString());
        return List.of(nowhere);
    }

    private static boolean loopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) return true;
        try {
            return InetAddress.ofLiteral(bare).isLoopbackAddress();
        } catch (IllegalArgumentException name) {
            return false; // a name could resolve anywhere
        }
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {}
}
