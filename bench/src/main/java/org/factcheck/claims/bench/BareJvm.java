package org.factcheck.claims.bench;

import java.lang.management.ManagementFactory;

/** Floor (a): a JVM that starts, reports and exits. Nothing else on its class path. */
public final class BareJvm {
    private BareJvm() {}

    public static void main(String[] args) {
        long t = Uptime.now();
        System.out.println("init " + t);
        System.out.println(
                "first " + t + " " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() + " ok");
    }
}
