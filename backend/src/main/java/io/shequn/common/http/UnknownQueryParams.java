package io.shequn.common.http;

import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the matched operation does not declare answers 400 naming it: JAX-RS
 * ignores unknown parameters, so a misspelt filter ({@code limt=1}, {@code platformGroupID=…})
 * would quietly list everything. The declared names are the {@code @QueryParam}s of the
 * resource method, its {@code @BeanParam} classes included; openapi.yaml declares the same
 * names (ContractTest checks every operation), so the code is the one place to read them from.
 */
public class UnknownQueryParams {
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Set<String> given = request.getUriInfo().getQueryParameters().keySet();
        if (given.isEmpty()) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, UnknownQueryParams::declaredNames);
        List<Problem.FieldError> unknown = given.stream().filter(name -> !declared.contains(name)).sorted()
                .map(name -> Problem.FieldError.parameter(name, "unknown query parameter of this operation"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, unknown.size() == 1 ? "1 field is not valid."
                    : unknown.size() + " fields are not valid.", unknown);
        }
    }

    private static Set<String> declaredNames(Method method) {
        Set<String> names = new HashSet<>();
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof BeanParam) {
                    addFields(types[i], names);
                }
            }
        }
        addFields(method.getDeclaringClass(), names);
        return Set.copyOf(names);
    }

    private static void addFields(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                QueryParam q = f.getAnnotation(QueryParam.class);
                if (q != null) {
                    names.add(q.value());
                } else if (f.isAnnotationPresent(BeanParam.class)) {
                    addFields(f.getType(), names);
                }
            }
        }
    }
}
