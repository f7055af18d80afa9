package io.shequn.member;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CSV export of the members a filter matches, in the import's columns, streamed: members are
 * read in keyset batches of {@value #BATCH} (each batch its own short read transaction), so
 * memory stays flat whatever the size. One row per identity; the member's current groups go on
 * rows of their first identity (one row per group), so importing the file back changes nothing.
 */
@ApplicationScoped
public class MemberExportService {
    static final int BATCH = 1000;

    private final WorkspaceAccess access;
    private final EntityManager em;

    public MemberExportService(WorkspaceAccess access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    /** Checks access now (404/403 before any byte is sent), then streams. */
    public StreamingOutput export(UUID workspaceId, MemberFilter filter) {
        Caller caller = QuarkusTransaction.requiringNew().call(() -> access.require(workspaceId, Role.ANY));
        boolean mask = caller.role() == Role.ANALYST;
        return out -> write(out, workspaceId, filter, mask);
    }

    private void write(OutputStream out, UUID workspaceId, MemberFilter filter, boolean mask) throws java.io.IOException {
        out.write(MemberCsv.BOM);
        StringBuilder buf = new StringBuilder(256 * 1024);
        MemberCsv.writeRecord(buf, MemberCsv.COLUMNS);
        UUID after = null;
        while (true) {
            UUID from = after;
            List<List<String>> rows = new ArrayList<>();
            UUID last = QuarkusTransaction.requiringNew().call(() -> batch(workspaceId, filter, from, mask, rows));
            for (List<String> row : rows) {
                MemberCsv.writeRecord(buf, row);
            }
            out.write(buf.toString().getBytes(StandardCharsets.UTF_8));
            buf.setLength(0);
            if (last == null) {
                break;
            }
            after = last;
        }
        out.flush();
    }

    /** One batch of members as CSV rows; answers the last member's id, null when the batch was the last. */
    private UUID batch(UUID workspaceId, MemberFilter filter, UUID after, boolean mask, List<List<String>> out) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select m.member_id, m.display_name, m.phone, array_to_string(m.tags, '|'), m.tier,"
                + " m.points, m.source_channel, m.notes, m.invited_by_member_id from member m where ").append(filter.where(workspaceId, params));
        if (after != null) {
            sql.append(" and m.member_id > :after");
            params.put("after", after);
        }
        sql.append(" order by m.member_id limit ").append(BATCH);
        var query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> members = query.getResultList();
        if (members.isEmpty()) {
            return null;
        }
        List<UUID> ids = members.stream().map(r -> (UUID) r[0]).toList();
        List<UUID> inviters = members.stream().map(r -> (UUID) r[8]).filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, List<String[]>> identities = identities(workspaceId, ids);
        Map<UUID, List<String[]>> inviterIdentities = inviters.isEmpty() ? Map.of() : identities(workspaceId, inviters);
        Map<UUID, List<String[]>> groups = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> memberships = em.createNativeQuery("select member_id, group_id, role from membership where workspace_id = ?1"
                        + " and left_at is null and member_id = any(cast(?2 as uuid[])) order by joined_at, membership_id")
                .setParameter(1, workspaceId).setParameter(2, ids.toArray(UUID[]::new)).getResultList();
        for (Object[] r : memberships) {
            groups.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new String[] {r[1].toString(), (String) r[2]});
        }
        for (Object[] m : members) {
            UUID id = (UUID) m[0];
            String phone = (String) m[2];
            String[] fields = {(String) m[1], mask ? MemberService.mask(phone) : phone, emptyToNull((String) m[3]), (String) m[4],
                    m[5] == null ? null : m[5].toString(), (String) m[6], (String) m[7]};
            List<String[]> own = identities.getOrDefault(id, List.of());
            List<String[]> byInviter = m[8] == null ? List.of() : inviterIdentities.getOrDefault((UUID) m[8], List.of());
            List<String[]> memberGroups = groups.getOrDefault(id, List.of());
            if (own.isEmpty()) {
                out.add(row(new String[] {null, null}, fields, null, null));
                continue;
            }
            for (int i = 0; i < own.size(); i++) {
                String[] identity = own.get(i);
                String inviter = byInviter.stream().filter(x -> x[0].equals(identity[0])).map(x -> x[1]).findFirst().orElse(null);
                if (i == 0 && !memberGroups.isEmpty()) {
                    for (String[] g : memberGroups) {
                        out.add(row(identity, fields, g, inviter));
                    }
                } else {
                    out.add(row(identity, fields, null, inviter));
                }
            }
        }
        return members.size() < BATCH ? null : ids.get(ids.size() - 1);
    }

    private static List<String> row(String[] identity, String[] f, String[] group, String inviter) {
        return Arrays.asList(identity[0], identity[1], f[0], f[1], f[2], f[3], f[4], f[5], f[6],
                group == null ? null : group[0], null, group == null ? null : group[1], inviter);
    }

    private Map<UUID, List<String[]>> identities(UUID workspaceId, List<UUID> memberIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select member_id, platform, platform_user_id from member_identity"
                        + " where workspace_id = ?1 and member_id = any(cast(?2 as uuid[])) order by created_at, platform, platform_user_id")
                .setParameter(1, workspaceId).setParameter(2, memberIds.toArray(UUID[]::new)).getResultList();
        Map<UUID, List<String[]>> result = new HashMap<>();
        for (Object[] r : rows) {
            result.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new String[] {(String) r[1], (String) r[2]});
        }
        return result;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
