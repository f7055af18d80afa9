package io.shequn.activity;

import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.activity.ActivityDtos.ActivityCreate;
import io.shequn.activity.ActivityDtos.ActivityUpdate;
import io.shequn.activity.ActivityDtos.ActivityView;
import io.shequn.activity.ActivityDtos.Goal;
import io.shequn.activity.ActivityDtos.Promotion;
import io.shequn.activity.ActivityDtos.ReviewView;
import io.shequn.activity.ActivityDtos.ReviewWrite;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.Problem.FieldError;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import io.shequn.common.http.Etags;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.group.GroupService;
import io.shequn.segment.SegmentService;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Activities: their plan, the lifecycle the server enforces, and the review. */
@ApplicationScoped
public class ActivityService {
    /** Who may plan and move activities: operators, and partner tools that run them (an SCRM syncing its red packets). */
    static final Set<Role> EDITORS = EnumSet.of(Role.OWNER, Role.ADMIN, Role.OPERATOR, Role.INTEGRATION);

    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Etags etags;
    private final GroupService groups;
    private final SegmentService segments;
    private final ActivityResultsService results;
    private final ActivityJson json;

    public ActivityService(WorkspaceAccess access, AuditLog audit, Etags etags, GroupService groups, SegmentService segments,
                           ActivityResultsService results, ActivityJson json) {
        this.access = access;
        this.audit = audit;
        this.etags = etags;
        this.groups = groups;
        this.segments = segments;
        this.results = results;
        this.json = json;
    }

    public record Filter(ActivityStatus status, ActivityType type, UUID groupId, LocalDate from, LocalDate to) {
    }

    @Transactional
    public Page<ActivityView> list(UUID workspaceId, Filter f, PageRequest page) {
        access.require(workspaceId, Role.ANY);
        StringBuilder q = new StringBuilder("workspaceId = :ws");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ws", workspaceId);
        if (f.status() != null) {
            q.append(" and status = :status");
            p.put("status", f.status().wire());
        }
        if (f.type() != null) {
            q.append(" and type = :type");
            p.put("type", f.type().wire());
        }
        ZoneId zone = ZoneId.of(WorkspaceSettings.of(workspaceId).timeZone());
        if (f.from() != null) {
            q.append(" and endAt > :from");
            p.put("from", f.from().atStartOfDay(zone).toInstant());
        }
        if (f.to() != null) {
            q.append(" and startAt < :to");
            p.put("to", f.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (f.groupId() != null) {
            q.append(" and array_contains(targetGroupIds, :group)");
            p.put("group", f.groupId());
        }
        Cursor after = Cursor.of(page.after());
        if (after != null) {
            q.append(" and (startAt < :afterStart or (startAt = :afterStart and id < :afterId))");
            p.put("afterStart", after.startAt());
            p.put("afterId", after.id());
        }
        List<Activity> rows = Activity.<Activity>find(q + " order by startAt desc, id desc", p).page(0, page.fetchSize()).list();
        Instant now = Times.now();
        return Page.of(rows, page, a -> view(a, now), a -> micros(a.startAt) + "_" + a.id);
    }

    private static long micros(Instant t) {
        return java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    private static Instant truncate(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The cursor of the list: the last row's startAt (epoch microseconds) and id. */
    record Cursor(Instant startAt, UUID id) {
        static Cursor of(String after) {
            if (after == null) {
                return null;
            }
            try {
                String[] parts = after.split("_", 2);
                return new Cursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), java.time.temporal.ChronoUnit.MICROS), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ProblemException.invalid(FieldError.parameter("cursor", "is not a cursor this API returned"));
            }
        }
    }

    @Transactional
    public ActivityView get(UUID workspaceId, UUID activityId) {
        access.require(workspaceId, Role.ANY);
        return view(find(workspaceId, activityId, false), Times.now());
    }

    @Transactional
    public ActivityView create(UUID workspaceId, ActivityCreate r) {
        Caller caller = access.require(workspaceId, EDITORS);
        WorkspaceSettings w = WorkspaceSettings.of(workspaceId);
        List<FieldError> errors = new ArrayList<>();
        if (r.currency() != null && !r.currency().equals(w.currency())) {
            errors.add(FieldError.body("/currency", "must be the workspace's currency (" + w.currency() + ")"));
        }
        List<UUID> targets = r.targetGroupIds() == null ? List.of() : r.targetGroupIds();
        if (targets.isEmpty() && r.segmentId() == null) {
            errors.add(FieldError.body("/targetGroupIds", "give target groups, a segment, or both"));
        }
        checkPlan(r.type(), r.settings(), r.startAt(), r.endAt(), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) not valid.", errors);
        }
        checkTargets(caller, targets, r.segmentId());
        Activity a = new Activity();
        a.id = Ids.newId();
        a.workspaceId = workspaceId;
        a.title = r.title().trim();
        a.type = r.type().wire();
        a.status = ActivityStatus.DRAFT.wire();
        a.commercial = r.commercial() == null ? r.type().commercial : r.commercial();
        a.goal = write(r.goal() == null ? Goal.NONE : r.goal());
        a.budgetMinor = r.budgetMinor();
        a.otherSpendMinor = r.otherSpendMinor() == null ? 0 : r.otherSpendMinor();
        a.currency = w.currency();
        a.targetGroupIds = targets.stream().distinct().toArray(UUID[]::new);
        a.segmentId = r.segmentId();
        a.startAt = truncate(r.startAt());
        a.endAt = truncate(r.endAt());
        a.rulesText = r.rulesText();
        a.promotion = write(r.promotion() == null ? Promotion.NONE : r.promotion());
        a.settings = write(r.settings());
        a.createdAt = Times.now();
        a.updatedAt = a.createdAt;
        a.persist();
        audit.record(workspaceId, caller.principal().key(), "activity.created", "activity", a.id,
                Map.of("title", a.title, "type", a.type));
        return view(a, a.createdAt);
    }

    @Transactional
    public ActivityView update(UUID workspaceId, UUID activityId, String ifMatch, ActivityUpdate r) {
        Caller caller = access.require(workspaceId, EDITORS);
        Activity a = find(workspaceId, activityId, true);
        Instant now = Times.now();
        etags.requireMatch(ifMatch, view(a, now));
        ActivityStatus status = ActivityStatus.of(a.status);
        List<String> sent = r.sent();
        if (sent.isEmpty()) {
            throw ProblemException.invalid(FieldError.body("", "send at least one field"));
        }
        List<String> nulls = sent.stream().filter(f -> !NULLABLE.contains(f) && value(r, f) == null).toList();
        if (!nulls.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, nulls.size() + " field(s) not valid.",
                    nulls.stream().map(f -> FieldError.body("/" + f, "must not be null (leave it out to keep it)")).toList());
        }
        List<String> allowed = switch (status) {
            case DRAFT, SCHEDULED -> sent;
            case RUNNING -> List.of("title", "goal", "budgetMinor", "otherSpendMinor", "endAt", "rulesText", "promotion", "commercial");
            case ENDED -> List.of("title", "otherSpendMinor");
            case REVIEWED, CANCELLED -> List.of();
        };
        List<String> refused = sent.stream().filter(f -> !allowed.contains(f)).toList();
        if (!refused.isEmpty()) {
            throw ProblemException.state("A " + status.wire() + " activity's " + String.join(", ", refused)
                    + " cannot change" + (allowed.isEmpty() ? "." : "; it may change " + String.join(", ", allowed) + "."),
                    status.wire(), status.nextWire());
        }
        if (r.title() != null) a.title = r.title().trim();
        if (r.commercial() != null) a.commercial = r.commercial();
        if (r.goal() != null) a.goal = write(r.goal());
        if (sent.contains("budgetMinor")) a.budgetMinor = r.budgetMinor();
        if (r.otherSpendMinor() != null) a.otherSpendMinor = r.otherSpendMinor();
        if (sent.contains("rulesText")) a.rulesText = r.rulesText();
        if (r.promotion() != null) a.promotion = write(r.promotion());
        if (r.startAt() != null) a.startAt = truncate(r.startAt());
        if (r.endAt() != null) a.endAt = truncate(r.endAt());
        if (r.settings() != null) a.settings = write(r.settings());
        if (r.targetGroupIds() != null) a.targetGroupIds = r.targetGroupIds().stream().distinct().toArray(UUID[]::new);
        if (sent.contains("segmentId")) a.segmentId = r.segmentId();
        List<FieldError> errors = new ArrayList<>();
        if (a.targetGroupIds.length == 0 && a.segmentId == null) {
            errors.add(FieldError.body(sent.contains("targetGroupIds") ? "/targetGroupIds" : "/segmentId",
                    "an activity needs target groups, a segment, or both"));
        }
        checkPlan(ActivityType.of(a.type), settings(a), a.startAt, a.endAt, errors);
        if (status == ActivityStatus.RUNNING && r.endAt() != null && !a.endAt.isAfter(now)) {
            errors.add(FieldError.body("/endAt", "must be in the future for a running activity (end it with POST .../end)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) not valid.", errors);
        }
        if (sent.contains("targetGroupIds") || sent.contains("segmentId")) {
            checkTargets(caller, Arrays.asList(a.targetGroupIds), a.segmentId);
        }
        a.updatedAt = now;
        audit.record(workspaceId, caller.principal().key(), "activity.updated", "activity", a.id, Map.of("fields", sent));
        return view(a, now);
    }

    /** A transition asked for through the API (schedule, start, end, cancel). */
    @Transactional
    public ActivityView transition(UUID workspaceId, UUID activityId, ActivityStatus target, String ifMatch) {
        Caller caller = access.require(workspaceId, EDITORS);
        Activity a = find(workspaceId, activityId, true);
        Instant now = Times.now();
        if (ifMatch != null && !ifMatch.isBlank()) {
            etags.requireMatch(ifMatch, view(a, now));
        }
        ActivityStatus from = ActivityStatus.of(a.status);
        requireTransition(from, target);
        String actor = caller.principal().key();
        move(a, target, now, actor);
        if (target == ActivityStatus.SCHEDULED) {
            // what the scheduler would do at once: a start (and an end) already past are recorded at
            // their planned times, as when it catches up after a restart (an activity recorded afterwards)
            if (!a.startAt.isAfter(now)) {
                move(a, ActivityStatus.RUNNING, a.startAt, actor);
            }
            if (!a.endAt.isAfter(now)) {
                move(a, ActivityStatus.ENDED, a.endAt, actor);
            }
        }
        return view(a, now);
    }

    static void requireTransition(ActivityStatus from, ActivityStatus target) {
        if (!from.mayGoTo(target)) {
            List<String> next = from.nextWire();
            throw ProblemException.state("A " + from.wire() + " activity cannot move to " + target.wire() + "; allowed from "
                    + from.wire() + ": " + (next.isEmpty() ? "none" : String.join(", ", next)) + ".", from.wire(), next);
        }
    }

    /** Moves the activity and writes the audit entry; the caller checked the transition. */
    void move(Activity a, ActivityStatus target, Instant at, String actor) {
        String before = a.status;
        a.status = target.wire();
        switch (target) {
            case RUNNING -> a.startedAt = at;
            case ENDED -> a.endedAt = at;
            case CANCELLED -> a.cancelledAt = at;
            case REVIEWED -> a.reviewedAt = at;
            default -> {
            }
        }
        a.updatedAt = Times.now();
        audit.record(a.workspaceId, actor, "activity." + target.wire(), "activity", a.id, Map.of("status", before + " -> " + a.status));
    }

    @Transactional
    public ActivityView review(UUID workspaceId, UUID activityId, String ifMatch, ReviewWrite r) {
        Caller caller = access.require(workspaceId, EDITORS);
        Activity a = find(workspaceId, activityId, true);
        Instant now = Times.now();
        etags.requireMatch(ifMatch, view(a, now));
        ActivityStatus status = ActivityStatus.of(a.status);
        ReviewView previous = review(a);
        if (status == ActivityStatus.ENDED) {
            a.frozenResults = results.freeze(a, now); // the figures as they are at the review, for good
            move(a, ActivityStatus.REVIEWED, now, caller.principal().key());
        } else if (status != ActivityStatus.REVIEWED) {
            requireTransition(status, ActivityStatus.REVIEWED);
        }
        ReviewView written = new ReviewView(r.wentWell(), r.wentWrong(), r.toChange(),
                r.productsSold() == null ? List.of() : r.productsSold(),
                r.topicsThatWorked() == null ? List.of() : r.topicsThatWorked().stream().map(String::trim).toList(),
                previous == null ? now : previous.writtenAt(), previous == null ? caller.principal().key() : previous.writtenBy(), now);
        a.review = write(written);
        a.updatedAt = now;
        if (previous != null) {
            audit.record(workspaceId, caller.principal().key(), "activity.review_updated", "activity", a.id, Map.of());
        }
        return view(a, now);
    }

    // ------------------------------------------------------------------ rules

    private void checkPlan(ActivityType type, ActivitySettings settings, Instant startAt, Instant endAt, List<FieldError> errors) {
        if (!endAt.isAfter(startAt)) {
            errors.add(FieldError.body("/endAt", "must be after startAt"));
        }
        if (!settings.type().equals(type.wire())) {
            errors.add(FieldError.body("/settings/type", "must be the activity's type (" + type.wire() + ")"));
        } else if (endAt.isAfter(startAt)) {
            ActivitySettings.Problem p = settings.check(startAt, endAt);
            if (p != null) {
                errors.add(FieldError.body("/settings" + p.pointer(), p.detail()));
            }
        }
    }

    /** Target groups and the segment must be the workspace's and visible to the caller: 404 otherwise. */
    private void checkTargets(Caller caller, List<UUID> groupIds, UUID segmentId) {
        for (UUID g : groupIds) {
            groups.requireVisible(caller, g);
        }
        if (segmentId != null) {
            segments.filterOf(caller.workspaceId(), segmentId);
        }
    }

    private static final Set<String> NULLABLE = Set.of("budgetMinor", "segmentId", "rulesText");

    private static Object value(ActivityUpdate r, String field) {
        return switch (field) {
            case "title" -> r.title();
            case "commercial" -> r.commercial();
            case "goal" -> r.goal();
            case "budgetMinor" -> r.budgetMinor();
            case "otherSpendMinor" -> r.otherSpendMinor();
            case "targetGroupIds" -> r.targetGroupIds();
            case "segmentId" -> r.segmentId();
            case "startAt" -> r.startAt();
            case "endAt" -> r.endAt();
            case "rulesText" -> r.rulesText();
            case "promotion" -> r.promotion();
            case "settings" -> r.settings();
            default -> throw new IllegalArgumentException(field);
        };
    }

    // ------------------------------------------------------------------ reading

    static Activity find(UUID workspaceId, UUID activityId, boolean forUpdate) {
        var query = Activity.<Activity>find("workspaceId = ?1 and id = ?2", workspaceId, activityId);
        if (forUpdate) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(() -> ProblemException.notFound("Activity"));
    }

    ActivityView view(Activity a, Instant now) {
        ActivityStatus status = ActivityStatus.of(a.status);
        return new ActivityView(a.id, a.title, a.type, a.status, a.commercial, read(a.goal, Goal.class), a.budgetMinor,
                a.otherSpendMinor, a.currency, List.of(a.targetGroupIds), a.segmentId, a.startAt, a.endAt, a.rulesText,
                read(a.promotion, Promotion.class), settings(a), status.nextWire(), a.startedAt, a.endedAt, a.cancelledAt,
                a.reviewedAt, review(a), a.createdAt, a.updatedAt);
    }

    ActivitySettings settings(Activity a) {
        return read(a.settings, ActivitySettings.class);
    }

    ReviewView review(Activity a) {
        return a.review == null ? null : read(a.review, ReviewView.class);
    }

    String write(Object value) {
        return json.write(value);
    }

    <T> T read(String value, Class<T> type) {
        return json.read(value, type);
    }
}
