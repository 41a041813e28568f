package org.factcheck.claims.testing;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The context Lambda passes a handler, for unit tests: fixed names, and the logger given. */
public final class TestContext implements Context {
    private static final LambdaLogger SILENT = new LambdaLogger() {
        @Override
        public void log(String message) {}

        @Override
        public void log(byte[] message) {}
    };

    private final LambdaLogger logger;

    public TestContext(LambdaLogger logger) {
        this.logger = logger;
    }

    /** A context whose logger drops every line. */
    public static TestContext quiet() {
        return new TestContext(SILENT);
    }

    @Override
    public String getAwsRequestId() {
        return "unit-test";
    }

    @Override
    public String getLogGroupName() {
        return "unit-test";
    }

    @Override
    public String getLogStreamName() {
        return "unit-test";
    }

    @Override
    public String getFunctionName() {
        return "unit-test";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:unit-test";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 30_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
