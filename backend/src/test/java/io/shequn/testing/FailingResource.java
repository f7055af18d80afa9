package io.shequn.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Served only in tests, outside /api: lets a test see what an unexpected error looks like. */
@Path("/test-support/failure")
public class FailingResource {
    @GET
    public String fail() {
        throw new IllegalStateException("secret internal detail: org.postgresql password=hunter2");
    }
}
