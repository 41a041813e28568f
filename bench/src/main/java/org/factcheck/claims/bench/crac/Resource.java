package org.factcheck.claims.bench.crac;

/** The stand-in's resource, shaped as jdk.crac's (org.crac proxies its own resources to it). */
public interface Resource {
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
