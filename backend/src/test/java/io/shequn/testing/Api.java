package io.shequn.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Entry points of the tests' HTTP calls, each checked against openapi.yaml. */
public final class Api {
    private Api() {
    }

    /** A request meant to be valid: request and response are validated against the contract. */
    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.FULL).contentType(ContentType.JSON)
                .accept("application/json, application/problem+json");
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** A request that is wrong on purpose: only the response is validated. */
    public static RequestSpecification malformed(String token) {
        RequestSpecification spec = given().filter(Contract.RESPONSE_ONLY);
        return token == null ? spec : spec.auth().oauth2(token);
    }
}
