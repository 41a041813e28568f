package org.factcheck.claims.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start, as the Lambda runtime does it: load the handler class by name,
 * construct it (init), invoke it once with an event (first response). Prints
 * "init <ms>" and "first <ms> <classes> <status>", each measured from JVM start, so
 * the parent can take the timings without knowing the child's clock. A new ETag in the
 * response goes into the event file, so the next run's If-Match is current.
 *
 * <p>Mode "prime" primes between init and the request (see {@link Priming}) and prints
 * "primed <ms> <resources>" too; "prime-only" stops after priming, sending nothing.
 *
 * <p>Arguments: HANDLER_CLASS EVENT_FILE [cold | prime | prime-only]
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 2 ? args[2] : "cold";
        byte[] template = Files.readAllBytes(Path.of(args[1]));
        byte[] event = Fresh.of(template);
        RequestStreamHandler handler = (RequestStreamHandler)
                Class.forName(args[0]).getDeclaredConstructor().newInstance();
        long init = Uptime.now();
        long primed = init;
        int resources = 0;
        if (!mode.equals("cold")) {
            resources = Priming.run();
            primed = Uptime.now();
        }
        if (mode.equals("prime-only")) {
            System.out.println("init " + init);
            System.out.println("primed " + primed + " " + resources);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String status;
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, BenchContext.invocation());
            String response = out.toString();
            int at = response.indexOf("\"statusCode\":");
            // An event source's handler answers with its batch item failures: none is "ok".
            status = at >= 0
                    ? response.substring(at + 13, response.indexOf(',', at))
                    : response.contains("\"itemIdentifier\"") ? "batch-item-failures" : "ok";
        } catch (RuntimeException e) {
            status = e.getMessage(); // the authorizer's "Unauthorized"
        }
        long first = Uptime.now();
        Files.write(Path.of(args[1]), IfMatch.follow(template, out.toByteArray())); // the next run's If-Match
        System.out.println("init " + init);
        if (mode.equals("prime")) System.out.println("primed " + primed + " " + resources);
        System.out.println("first " + first + " "
                + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() + " " + status);
    }
}
