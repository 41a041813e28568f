package org.factcheck.claims.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may be sent (SSRF rules), checked at creation and again at delivery
 * after DNS resolution. In AWS: https only, no user information, no fragment, the
 * default port or one from 1024 up, and every address the host resolves to public.
 * With {@code allowLoopback} (the development server only), a host whose addresses are
 * all loopback is also accepted, over http and on any port.
 */
public final class WebhookUrl {
    public static final int MAX_LENGTH = 2000;

    private WebhookUrl() {}

    /** A parsed URL that passed the checks that need no DNS. */
    public record Target(URI uri, String host, int port, boolean https) {}

    /** The URL parsed and checked without DNS; a problem is reported as an {@link IllegalArgumentException}'s message. */
    public static Target parse(String url, boolean allowLoopback) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!uri.isAbsolute() || uri.isOpaque() || !(https || scheme.equals("http") && allowLoopback)) {
            throw new IllegalArgumentException(
                    allowLoopback
                            ? "must be an absolute https URL (or http to a loopback address)"
                            : "must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null)
            throw new IllegalArgumentException("must not contain user information (user@host)");
        if (uri.getRawFragment() != null) throw new IllegalArgumentException("must not contain a fragment (#...)");
        String host = uri.getHost();
        if (host == null || host.isEmpty()) throw new IllegalArgumentException("must name a host");
        if (host.startsWith("[")) host = host.substring(1, host.length() - 1);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        return new Target(uri, host.toLowerCase(Locale.ROOT), port, https);
    }

    /**
     * Why the resolved addresses may not be called, or null when they may. Every address
     * must pass: a host with one private address among public ones is refused.
     */
    public static String refusal(Target target, List<InetAddress> addresses, boolean allowLoopback) {
        if (addresses.isEmpty()) return "host " + target.host() + " has no address";
        boolean allLoopback = addresses.stream().allMatch(WebhookUrl::isLoopback);
        if (allowLoopback && allLoopback) return null;
        if (!target.https()) return "must be an https URL (http is accepted only to a loopback address, locally)";
        if (target.port() != 443 && target.port() < 1024) {
            return "must use port 443 or a port from 1024 up, not " + target.port();
        }
        for (InetAddress address : addresses) {
            String why = nonPublic(address);
            if (why != null)
                return "host " + target.host() + " resolves to " + why + " address " + address.getHostAddress();
        }
        return null;
    }

    /** Null for a public unicast address; otherwise what kind of address it is. */
    public static String nonPublic(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) return nonPublicV4(b);
        if (address instanceof Inet6Address) return nonPublicV6(b);
        return "an unknown kind of";
    }

    private static boolean isLoopback(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) return (b[0] & 0xff) == 127;
        return address.isLoopbackAddress();
    }

    private static String nonPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        int a3 = b[3] & 0xff;
        if (a0 == 169 && a1 == 254 && a2 == 169 && a3 == 254) return "the instance metadata";
        if (a0 == 0) return "an unspecified (\"this network\")";
        if (a0 == 127) return "a loopback";
        if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168) return "a private";
        if (a0 == 100 && (a1 & 0xc0) == 64) return "a shared (carrier-grade NAT)";
        if (a0 == 169 && a1 == 254) return "a link-local";
        if (a0 >= 224 && a0 <= 239) return "a multicast";
        if (a0 >= 240) return "a reserved or broadcast";
        if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) return "a reserved (IETF or documentation)";
        if (a0 == 198 && a1 == 51 && a2 == 100 || a0 == 203 && a1 == 0 && a2 == 113) return "a documentation";
        if (a0 == 198 && (a1 & 0xfe) == 18) return "a benchmarking";
        if (a0 == 192 && a1 == 88 && a2 == 99) return "a 6to4 relay";
        return null;
    }

    private static String nonPublicV6(byte[] b) {
        int w0 = word(b, 0);
        if (allZero(b, 0, 15) && (b[15] == 0 || b[15] == 1)) return b[15] == 0 ? "an unspecified" : "a loopback";
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) return "an IPv4-mapped IPv6";
        if (allZero(b, 0, 12)) return "an IPv4-compatible IPv6";
        if (w0 == 0xfd00 && word(b, 2) == 0x0ec2 && allZero(b, 4, 14) && word(b, 14) == 0x0254) {
            return "the instance metadata";
        }
        if ((b[0] & 0xfe) == 0xfc) return "a unique local (fc00::/7)";
        if ((w0 & 0xffc0) == 0xfe80) return "a link-local";
        if ((w0 & 0xffc0) == 0xfec0) return "a site-local";
        if ((b[0] & 0xff) == 0xff) return "a multicast";
        if (w0 == 0x0064 && word(b, 2) == 0xff9b) {
            // NAT64: 64:ff9b::/96 embeds the IPv4 address it reaches; 64:ff9b:1::/48 is local use.
            if (word(b, 4) == 1) return "a local-use NAT64";
            String embedded = nonPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
            return embedded == null ? null : "a NAT64 form of " + embedded;
        }
        if (w0 == 0x2002) {
            String embedded = nonPublicV4(new byte[] {b[2], b[3], b[4], b[5]});
            return embedded == null ? null : "a 6to4 form of " + embedded;
        }
        if (w0 == 0x2001 && word(b, 2) == 0) return "a Teredo";
        if (w0 == 0x2001 && word(b, 2) == 0x0db8) return "a documentation";
        if (w0 == 0x0100 && allZero(b, 2, 8)) return "a discard-only";
        return null;
    }

    private static int word(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | b[i + 1] & 0xff;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }
}
