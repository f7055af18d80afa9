package io.shequn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes: features
 * (io.shequn.&lt;feature&gt;, common with its subpackages counting as one) depend on each other
 * in one direction only, and an entity is used inside its own feature only (other features go
 * through that feature's services and read models).
 */
@AnalyzeClasses(packages = "io.shequn", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Entity uses across features still to be removed ("feature.Class -> other.Entity"): none. */
    private static final Set<String> ENTITY_USE_PENDING = Set.of();

    @ArchTest
    static final ArchRule noCycleBetweenFeatures = slices().matching("io.shequn.(*)..").namingSlices("$1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesStayInTheirFeature = classes().that().areAnnotatedWith(Entity.class)
            .should(new ArchCondition<JavaClass>("be used inside their own feature package only") {
                @Override
                public void check(JavaClass entity, ConditionEvents events) {
                    for (Dependency d : entity.getDirectDependenciesToSelf()) {
                        JavaClass user = d.getOriginClass();
                        String outer = user.getName().replaceFirst("\\$.*", "");
                        if (!feature(user).equals(feature(entity)) && !ENTITY_USE_PENDING.contains(outer + " -> " + entity.getName())) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    /** An exception that is not needed any more fails, so that it is removed. */
    @ArchTest
    static void everyPendingExceptionIsStillNeeded(JavaClasses classes) {
        for (String pair : ENTITY_USE_PENDING) {
            String[] users = pair.split(" -> ");
            boolean used = classes.contain(users[0]) && classes.get(users[0]).getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getName().equals(users[1]));
            assertTrue(used, pair + " is gone: remove it from ENTITY_USE_PENDING");
        }
    }

    /** "member" for io.shequn.member.MemberService, "common" for io.shequn.common.audit.AuditLog. */
    static String feature(JavaClass c) {
        String rest = c.getPackageName().substring("io.shequn".length());
        String first = rest.startsWith(".") ? rest.substring(1) : rest;
        int dot = first.indexOf('.');
        return dot < 0 ? first : first.substring(0, dot);
    }
}
