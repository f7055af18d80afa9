package io.shequn.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.shequn.testing.Contract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml and the server say the same thing: every /api endpoint is in the contract,
 * the contract is what /q/openapi serves, and (run last) every operation had a test.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class ContractTest {

    @Test
    void everyServedApiEndpointIsInTheContract() {
        Set<String> served = new TreeSet<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !root.value().startsWith("/api")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = root.value() + (sub == null ? "" : "/" + sub.value().replaceAll("^/", ""));
                served.add(verb + " " + path.replaceAll("/$", ""));
            }
        }
        assertTrue(served.size() > 5, "found the resources: " + served);
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(Contract.operations());
        assertEquals(Set.of(), missing, "served but not in openapi.yaml");
        Set<String> unserved = new TreeSet<>(Contract.operations());
        unserved.removeAll(served);
        assertEquals(Set.of(), unserved, "in openapi.yaml but not served");
    }

    @Test
    void theServedDocumentIsTheContract() {
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        OpenAPI api = new OpenAPIV3Parser().readContents(served).getOpenAPI();
        Set<String> ops = new TreeSet<>();
        api.getPaths().forEach((p, item) -> item.readOperationsMap().keySet().forEach(m -> ops.add(m.name() + " " + p)));
        assertEquals(Contract.operations(), ops);
        assertEquals(Contract.API.getComponents().getSchemas().keySet(), api.getComponents().getSchemas().keySet());
        assertEquals(Contract.API.getInfo().getTitle(), api.getInfo().getTitle());
        RestAssured.given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyOperationOfTheContractWasExercised() {
        Set<String> exercised = Contract.exercised();
        org.junit.jupiter.api.Assumptions.assumeTrue(exercised.size() > 3,
                "runs after the whole suite (./mvnw verify); alone it has nothing to check");
        Set<String> untested = new TreeSet<>(Contract.operations());
        untested.removeAll(exercised);
        assertEquals(Set.of(), untested, "operations of openapi.yaml without a test");
    }

    private static String httpMethod(Method m) {
        for (var a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }
}
