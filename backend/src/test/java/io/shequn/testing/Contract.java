package io.shequn.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * openapi.yaml as the tests see it: every response is validated against it, every request
 * meant to be valid too, and every operation exercised is recorded so that a test can fail
 * when an operation of the contract has no test.
 */
public final class Contract {
    public static final Path SPEC = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    private static final String SPEC_TEXT = read();
    public static final OpenAPI API = new OpenAPIV3Parser().readContents(SPEC_TEXT).getOpenAPI();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(SPEC_TEXT)
            .withLevelResolver(LevelResolver.create().build())
            .build();
    /** For requests off the contract on purpose (unknown path or method): the response is still checked as problem+json by the test. */
    private static final OpenApiInteractionValidator LENIENT = OpenApiInteractionValidator
            .createForInlineApiSpecification(SPEC_TEXT)
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request.path.missing", com.atlassian.oai.validator.report.ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.operation.notAllowed", com.atlassian.oai.validator.report.ValidationReport.Level.IGNORE)
                    .build())
            .build();
    private static final List<Template> TEMPLATES = templates();
    private static final Set<String> EXERCISED = ConcurrentHashMap.newKeySet();

    private Contract() {
    }

    /** Validates request and response. */
    public static final Filter FULL = new Validation(true);
    /** Validates the response only: for requests that are malformed on purpose. */
    public static final Filter RESPONSE_ONLY = new Validation(false);

    /** "GET /api/v1/workspaces/{workspaceId}" for every operation of the contract. */
    public static Set<String> operations() {
        Set<String> ops = new TreeSet<>();
        API.getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(m -> ops.add(m.name() + " " + path)));
        return ops;
    }

    public static Set<String> exercised() {
        return new TreeSet<>(EXERCISED);
    }

    private record Validation(boolean validateRequest) implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
            Response response = ctx.next(request, responseSpec);
            String path = URI.create(request.getURI()).getPath();
            String method = request.getMethod().toUpperCase();
            TEMPLATES.stream().filter(t -> t.pattern.matcher(path).matches()).findFirst()
                    .ifPresent(t -> EXERCISED.add(method + " " + t.template));
            var modelResponse = RestAssuredResponse.of(response);
            ValidationReport report = validateRequest
                    ? VALIDATOR.validate(RestAssuredRequest.of(request), modelResponse)
                    : LENIENT.validateResponse(path, Request.Method.valueOf(method), modelResponse);
            if (report.hasErrors()) {
                throw new AssertionError("openapi.yaml is not followed by " + method + " " + path + " -> " + response.statusCode()
                        + ":\n" + report.getMessages() + "\nbody: " + response.asString());
            }
            return response;
        }
    }

    private record Template(String template, Pattern pattern, int params) {
    }

    private static List<Template> templates() {
        List<Template> list = new ArrayList<>();
        for (Map.Entry<String, PathItem> e : API.getPaths().entrySet()) {
            String template = e.getKey();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            list.add(new Template(template, Pattern.compile(regex), template.split("\\{").length - 1));
        }
        // literal segments win over parameters: /me/invitations before /{workspaceId}
        list.sort(Comparator.comparingInt(Template::params));
        return list;
    }

    private static String read() {
        try {
            return Files.readString(SPEC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
