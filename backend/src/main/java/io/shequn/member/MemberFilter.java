package io.shequn.member;

import static io.shequn.common.Enums.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shequn.common.Times;
import io.shequn.member.MemberEnums.SourceChannel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A member filter: the list's query parameters, a saved segment's definition, the target of a
 * bulk tagging or an export. One translation to SQL for all of them.
 */
public record MemberFilter(
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        TagMode tagMode,
        @Size(max = 32) String tier,
        UUID groupId,
        SourceChannel channel,
        @Min(1) @Max(3650) Integer silentDays,
        Boolean staff,
        @Size(max = 100) String q,
        java.time.Instant joinedFrom,
        java.time.Instant joinedTo) {

    public enum TagMode {
        @JsonProperty("any") ANY,
        @JsonProperty("all") ALL
    }

    public static final MemberFilter ALL = new MemberFilter(null, null, null, null, null, null, null, null, null, null);

    /** The condition on "member m" (live members of the workspace), with its parameters added to params. */
    String where(UUID workspaceId, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("m.workspace_id = :ws and m.merged_into_member_id is null");
        params.put("ws", workspaceId);
        if (tags != null && !tags.isEmpty()) {
            sql.append(tagMode == TagMode.ALL ? " and m.tags @> cast(:tags as varchar(50)[])" : " and m.tags && cast(:tags as varchar(50)[])");
            params.put("tags", tags.toArray(String[]::new));
        }
        if (tier != null) {
            sql.append(" and m.tier = :tier");
            params.put("tier", tier);
        }
        if (channel != null) {
            sql.append(" and m.source_channel = :channel");
            params.put("channel", wire(channel));
        }
        if (staff != null) {
            sql.append(" and m.staff = :staff");
            params.put("staff", staff);
        }
        if (groupId != null) {
            sql.append(" and exists (select 1 from membership s where s.workspace_id = m.workspace_id"
                    + " and s.member_id = m.member_id and s.group_id = :group and s.left_at is null)");
            params.put("group", groupId);
        }
        if (silentDays != null) {
            sql.append(" and (m.last_seen_at is null or m.last_seen_at < :silentSince)");
            params.put("silentSince", Times.now().minus(Duration.ofDays(silentDays)));
        }
        // joined the workspace: the first join to one of its groups, or the record's creation without one
        if (joinedFrom != null) {
            sql.append(" and coalesce(m.first_seen_at, m.created_at) >= :joinedFrom");
            params.put("joinedFrom", joinedFrom);
        }
        if (joinedTo != null) {
            sql.append(" and coalesce(m.first_seen_at, m.created_at) < :joinedTo");
            params.put("joinedTo", joinedTo);
        }
        if (q != null && !q.isEmpty()) {
            sql.append(" and (m.display_name ilike :q escape '\\' or exists (select 1 from member_identity i"
                    + " where i.workspace_id = m.workspace_id and i.member_id = m.member_id and i.platform_user_id = :qExact))");
            params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("qExact", q);
        }
        return sql.toString();
    }
}
