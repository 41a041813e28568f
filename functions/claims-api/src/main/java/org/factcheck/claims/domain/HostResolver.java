package org.factcheck.claims.domain;

import java.net.InetAddress;
import java.util.List;

/** Every address a host name resolves to; behind an interface so that tests need no network. */
public interface HostResolver {
    /** The addresses, or an empty list when the name does not resolve (in time). */
    List<InetAddress> resolve(String host);
}
