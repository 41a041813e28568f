package org.factcheck.claims.bench.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * A CRaC implementation for org.crac on a JDK without one (here, JDK 25), selected with
 * {@code -Dorg.crac.Core.Compat=org.factcheck.claims.bench.crac}. Without it org.crac
 * drops every registered resource and refuses checkpoints. {@link #checkpointRestore}
 * does what Lambda does around a SnapStart snapshot, minus the snapshot: every
 * resource's beforeCheckpoint, the last registered first, then every afterRestore in
 * registration order.
 */
public final class Core {
    private static final Global GLOBAL = new Global();

    private Core() {}

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    /** How many resources are registered, for the bench's report. */
    public static int registered() {
        synchronized (GLOBAL) {
            return GLOBAL.resources.size();
        }
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        CheckpointException before = new CheckpointException();
        try {
            GLOBAL.beforeCheckpoint(null);
        } catch (Exception e) {
            before.addSuppressed(e);
        }
        RestoreException after = new RestoreException();
        try {
            GLOBAL.afterRestore(null);
        } catch (Exception e) {
            after.addSuppressed(e);
        }
        if (before.getSuppressed().length > 0) throw before;
        if (after.getSuppressed().length > 0) throw after;
    }

    private static final class Global extends Context<Resource> {
        private final List<Resource> resources = new ArrayList<>();

        @Override
        public synchronized void register(Resource resource) {
            resources.add(resource);
        }

        @Override
        public synchronized void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
            Exception failed = null;
            for (Resource r : resources.reversed()) {
                try {
                    r.beforeCheckpoint(this);
                } catch (Exception e) {
                    if (failed == null) failed = e;
                    else failed.addSuppressed(e);
                }
            }
            if (failed != null) throw failed;
        }

        @Override
        public synchronized void afterRestore(Context<? extends Resource> context) throws Exception {
            Exception failed = null;
            for (Resource r : List.copyOf(resources)) {
                try {
                    r.afterRestore(this);
                } catch (Exception e) {
                    if (failed == null) failed = e;
                    else failed.addSuppressed(e);
                }
            }
            if (failed != null) throw failed;
        }
    }
}
