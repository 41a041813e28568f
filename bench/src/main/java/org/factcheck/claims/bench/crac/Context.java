package org.factcheck.claims.bench.crac;

/** The stand-in's context, shaped as jdk.crac's. */
public abstract class Context<R extends Resource> implements Resource {
    protected Context() {}

    public abstract void register(R resource);
}
