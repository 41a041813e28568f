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
 * <p>Arguments: HANDLER_CLASS EVENT_FILE
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        RequestStreamHandler handler = (RequestStreamHandler)
                Class.forName(args[0]).getDeclaredConstructor().newInstance();
        long init = Uptime.now();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String status;
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, new BenchContext());
            String response = out.toString();
            int at = response.indexOf("\"statusCode\":");
            status = at < 0 ? "ok" : response.substring(at + 13, response.indexOf(',', at));
        } catch (RuntimeException e) {
            status = e.getMessage(); // the authorizer's "Unauthorized"
        }
        long first = Uptime.now();
        Files.write(Path.of(args[1]), IfMatch.follow(event, out.toByteArray())); // the next run's If-Match
        System.out.println("init " + init);
        System.out.println("first " + first + " "
                + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() + " " + status);
    }
}
