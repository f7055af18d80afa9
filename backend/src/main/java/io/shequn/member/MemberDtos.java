package io.shequn.member;

import io.shequn.common.Platform;
import io.shequn.member.MemberEnums.LeftReason;
import io.shequn.member.MemberEnums.MembershipRole;
import io.shequn.member.MemberEnums.SourceChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of members and memberships, as openapi.yaml names them. */
public final class MemberDtos {
    private MemberDtos() {
    }

    public record Identity(@NotNull Platform platform, @NotBlank @Size(max = 128) String platformUserId) {
    }

    public record MemberView(UUID id, String displayName, List<Identity> identities, List<String> tags, String tier,
                             long points, SourceChannel sourceChannel, UUID invitedByMemberId, String phone, String notes,
                             Map<String, Object> attributes, boolean staff, UUID staffAccessId, Instant firstSeenAt,
                             Instant lastSeenAt, Instant createdAt, Instant updatedAt) {
    }

    public record MemberCreate(
            @Size(max = 100) String displayName,
            @Size(max = 20) List<@NotNull @Valid Identity> identities,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
            @Size(max = 32) String tier,
            @Min(0) @Max(1_000_000_000) Long points,
            SourceChannel sourceChannel,
            UUID invitedByMemberId,
            @Pattern(regexp = "^\\+?[0-9][0-9 -]{4,30}$", message = "must be a phone number") String phone,
            @Size(max = 2000) String notes,
            Map<String, Object> attributes,
            Boolean staff,
            UUID staffAccessId) {
    }

    public record MemberUpdate(
            @Size(max = 100) String displayName,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
            @Size(max = 32) String tier,
            @Min(0) @Max(1_000_000_000) Long points,
            SourceChannel sourceChannel,
            UUID invitedByMemberId,
            @Pattern(regexp = "^$|^\\+?[0-9][0-9 -]{4,30}$", message = "must be a phone number") String phone,
            @Size(max = 2000) String notes,
            Map<String, Object> attributes,
            Boolean staff,
            UUID staffAccessId) {
    }

    public record MembershipView(UUID id, UUID groupId, UUID memberId, MembershipRole role, Instant joinedAt,
                                 SourceChannel joinChannel, UUID invitedByMemberId, Instant leftAt, LeftReason leftReason) {
        static MembershipView of(Membership m) {
            return new MembershipView(m.id, m.groupId, m.memberId, io.shequn.common.Enums.fromWire(MembershipRole.class, m.role),
                    m.joinedAt, m.joinChannel == null ? null : io.shequn.common.Enums.fromWire(SourceChannel.class, m.joinChannel),
                    m.invitedByMemberId, m.leftAt,
                    m.leftReason == null ? null : io.shequn.common.Enums.fromWire(LeftReason.class, m.leftReason));
        }
    }

    public record MembershipCreate(
            @NotNull UUID memberId,
            MembershipRole role,
            SourceChannel joinChannel,
            UUID invitedByMemberId) {
    }

    public record MembershipUpdate(@NotNull MembershipRole role) {
    }

    public record MembershipLeave(@NotNull LeftReason reason) {
    }

    public record MergeRequest(@NotNull UUID memberId) {
    }

    /** A member in a referral tree, with the members they brought in. */
    public record Invitee(UUID id, String displayName, Instant createdAt, List<Invitee> invitees) {
    }

    public record InviteeTree(UUID memberId, int depth, boolean truncated, List<Invitee> invitees) {
    }

    public record InviterCount(UUID memberId, String displayName, long acceptedInvites) {
    }

    public record InviterRanking(UUID groupId, List<InviterCount> items) {
    }

    public record BulkTag(
            @Size(min = 1, max = 1000) List<@NotNull UUID> memberIds,
            @Valid MemberFilter filter,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> add,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> remove) {
    }
}
