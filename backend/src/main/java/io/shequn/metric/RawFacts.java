package io.shequn.metric;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Facts of a group or a segment computed from its raw rows (memberships, events, questions):
 * small enough per group (measured in docs/benchmarks.md) that no rollup is needed.
 */
final class RawFacts implements Facts {
    record Membership(UUID memberId, Instant joinedAt, Instant leftAt) {
    }

    /** A non-staff event. */
    record Event(String type, UUID memberId, Instant occurredAt, Long amountMinor, String currency) {
    }

    record AskedQuestion(Instant askedAt, Instant answeredAt, LocalDate askedDay) {
    }

    private final ZoneId zone;
    private final List<Membership> memberships;
    private final DayTotals totals = new DayTotals();
    private final Map<String, TreeMap<LocalDate, Set<UUID>>> days = new HashMap<>();
    private final List<AskedQuestion> questions;
    private final Map<LocalDate, Long> membersCache = new HashMap<>();

    RawFacts(ZoneId zone, String currency, EventKinds kinds, List<Membership> memberships, List<Event> events, List<AskedQuestion> questions) {
        this.zone = zone;
        this.memberships = memberships;
        this.questions = questions;
        for (Event e : events) {
            LocalDate d = e.occurredAt().atZone(zone).toLocalDate();
            DayTotals.count(totals.of(e.type(), d), e.amountMinor(), e.currency(), currency);
            if (e.memberId() == null) continue;
            for (String kind : kinds.of(e.type())) add(kind, d, e.memberId());
        }
    }

    private void add(String kind, LocalDate d, UUID member) {
        days.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(d, k -> new HashSet<>()).add(member);
    }

    private Instant startOf(LocalDate d) {
        return d.atStartOfDay(zone).toInstant();
    }

    private boolean memberAt(Membership m, Instant t) {
        return !m.joinedAt().isAfter(t) && (m.leftAt() == null || m.leftAt().isAfter(t));
    }

    @Override
    public long membersAtEndOf(LocalDate d) {
        return membersCache.computeIfAbsent(d, k -> {
            Instant t = startOf(d.plusDays(1));
            Set<UUID> in = new HashSet<>();
            for (Membership m : memberships) {
                if (memberAt(m, t)) in.add(m.memberId());
            }
            return (long) in.size();
        });
    }

    @Override
    public long newMembers(LocalDate a, LocalDate b) {
        Instant s = startOf(a);
        Instant e = startOf(b.plusDays(1));
        Set<UUID> atStart = new HashSet<>();
        Set<UUID> joined = new HashSet<>();
        for (Membership m : memberships) {
            if (memberAt(m, s)) atStart.add(m.memberId());
            // a membership instant at exactly midnight belongs to the day that ends there
            if (m.joinedAt().isAfter(s) && !m.joinedAt().isAfter(e) && (m.leftAt() == null || m.leftAt().isAfter(m.joinedAt()))) {
                joined.add(m.memberId());
            }
        }
        joined.removeAll(atStart);
        return joined.size();
    }

    @Override
    public long distinct(String kind, LocalDate a, LocalDate b) {
        TreeMap<LocalDate, Set<UUID>> byDay = days.get(kind);
        if (byDay == null) return 0;
        Set<UUID> all = new HashSet<>();
        byDay.subMap(a, true, b, true).values().forEach(all::addAll);
        return all.size();
    }

    @Override
    public long[] totals(String type, LocalDate a, LocalDate b) {
        return totals.sum(type, a, b);
    }

    @Override
    public Responses responses(LocalDate a, LocalDate b) {
        long asked = 0;
        List<Double> times = new ArrayList<>();
        for (AskedQuestion q : questions) {
            if (q.askedDay().isBefore(a) || q.askedDay().isAfter(b)) continue;
            asked++;
            if (q.answeredAt() != null) times.add(FigureCalculator.seconds(q.askedAt(), q.answeredAt()));
        }
        return FigureCalculator.responses(asked, times);
    }
}
