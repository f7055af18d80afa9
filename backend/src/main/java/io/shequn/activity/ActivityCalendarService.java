package io.shequn.activity;

import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.activity.ActivityDtos.Brief;
import io.shequn.activity.ActivityDtos.Calendar;
import io.shequn.activity.ActivityDtos.Clash;
import io.shequn.activity.ActivityDtos.Period;
import io.shequn.activity.ActivityDtos.ReviewItem;
import io.shequn.common.error.Problem.FieldError;
import io.shequn.common.error.ProblemException;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Reading activities across time: the calendar with its clashes, and the reviews to learn from. */
@ApplicationScoped
public class ActivityCalendarService {
    static final int MAX_DAYS = 366;

    private final WorkspaceAccess access;
    private final ActivityService activities;
    private final ActivityResultsService results;
    private final EntityManager em;

    public ActivityCalendarService(WorkspaceAccess access, ActivityService activities, ActivityResultsService results,
                                   EntityManager em) {
        this.access = access;
        this.em = em;
        this.activities = activities;
        this.results = results;
    }

    public enum Granularity {
        @com.fasterxml.jackson.annotation.JsonProperty("day") DAY,
        @com.fasterxml.jackson.annotation.JsonProperty("week") WEEK,
        @com.fasterxml.jackson.annotation.JsonProperty("month") MONTH
    }

    @Transactional
    public Calendar calendar(UUID workspaceId, LocalDate from, LocalDate to, Granularity granularity, UUID groupId) {
        access.require(workspaceId, Role.ANY);
        if (from == null || to == null) {
            throw ProblemException.invalid(FieldError.parameter(from == null ? "from" : "to", "is required"));
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid(FieldError.parameter("to", "must not be before from"));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ProblemException.invalid(FieldError.parameter("to", "the range is at most " + MAX_DAYS + " days"));
        }
        WorkspaceSettings w = WorkspaceSettings.of(workspaceId);
        ZoneId zone = ZoneId.of(w.timeZone());
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant stop = to.plusDays(1).atStartOfDay(zone).toInstant();
        String q = "workspaceId = :ws and status <> 'cancelled' and startAt < :stop and endAt > :start"
                + (groupId == null ? "" : " and array_contains(targetGroupIds, :group)");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ws", workspaceId);
        p.put("start", start);
        p.put("stop", stop);
        if (groupId != null) {
            p.put("group", groupId);
        }
        List<Activity> rows = Activity.<Activity>find(q + " order by startAt, id", p).list();
        List<Brief> briefs = rows.stream().map(a -> new Brief(a.id, a.title, a.type, a.status, a.commercial,
                List.of(a.targetGroupIds), a.startAt, a.endAt)).toList();

        List<Period> periods = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); ) {
            LocalDate end = switch (granularity) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case MONTH -> d.with(TemporalAdjusters.lastDayOfMonth());
            };
            if (end.isAfter(to)) {
                end = to;
            }
            Instant ps = d.atStartOfDay(zone).toInstant();
            Instant pe = end.plusDays(1).atStartOfDay(zone).toInstant();
            periods.add(new Period(d, end, rows.stream().filter(a -> a.startAt.isBefore(pe) && a.endAt.isAfter(ps))
                    .map(a -> a.id).toList()));
            d = end.plusDays(1);
        }

        // (day, group) -> the commercial activities on it
        Map<LocalDate, Map<UUID, List<UUID>>> pushes = new TreeMap<>();
        for (Activity a : rows) {
            if (!a.commercial) {
                continue;
            }
            LocalDate first = max(from, LocalDate.ofInstant(a.startAt, zone));
            LocalDate last = min(to, LocalDate.ofInstant(a.endAt.minusNanos(1000), zone));
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                for (UUID g : a.targetGroupIds) {
                    if (groupId == null || groupId.equals(g)) {
                        pushes.computeIfAbsent(d, k -> new TreeMap<>()).computeIfAbsent(g, k -> new ArrayList<>()).add(a.id);
                    }
                }
            }
        }
        List<Clash> clashes = new ArrayList<>();
        pushes.forEach((day, byGroup) -> byGroup.forEach((g, ids) -> {
            if (ids.size() > 1) {
                clashes.add(new Clash(day, g, ids));
            }
        }));
        return new Calendar(from, to, granularity.name().toLowerCase(java.util.Locale.ROOT), w.timeZone(), briefs, periods, clashes);
    }

    @Transactional
    public Page<ReviewItem> reviews(UUID workspaceId, ActivityType type, String text, PageRequest page) {
        access.require(workspaceId, Role.ANY);
        StringBuilder q = new StringBuilder("select * from activity where workspace_id = :ws and review is not null");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ws", workspaceId);
        if (type != null) {
            q.append(" and type = :type");
            p.put("type", type.wire());
        }
        if (text != null) {
            q.append(" and strpos(lower(title || ' ' || concat_ws(' ', review->>'wentWell', review->>'wentWrong',"
                    + " review->>'toChange', review->'productsSold', review->'topicsThatWorked')), :text) > 0");
            p.put("text", text.toLowerCase(java.util.Locale.ROOT));
        }
        UUID after = page.afterId();
        if (after != null) {
            q.append(" and activity_id < :after");
            p.put("after", after);
        }
        var query = em.createNativeQuery(q + " order by activity_id desc limit " + page.fetchSize(), Activity.class);
        p.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Activity> rows = query.getResultList();
        return Page.of(rows, page, a -> new ReviewItem(a.id, a.title, a.type, a.startAt, a.endAt, activities.review(a),
                results.frozenFigures(a)), a -> a.id.toString());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
