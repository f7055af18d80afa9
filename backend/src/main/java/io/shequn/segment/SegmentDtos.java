package io.shequn.segment;

import io.shequn.member.MemberFilter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class SegmentDtos {
    private SegmentDtos() {
    }

    public record TagGroupView(UUID id, String name, Instant createdAt) {
    }

    public record TagGroupCreate(@NotBlank @Size(max = 50) String name) {
    }

    public record TagView(UUID id, String name, UUID tagGroupId, String description, Instant createdAt) {
    }

    public record TagCreate(@NotBlank @Size(max = 50) String name, UUID tagGroupId, @Size(max = 200) String description) {
    }

    public record TagCatalog(List<TagGroupView> groups, List<TagView> tags) {
    }

    public record SegmentView(UUID id, String name, MemberFilter filter, long memberCount, Instant createdAt, Instant updatedAt) {
    }

    public record SegmentCreate(@NotBlank @Size(max = 100) String name, @NotNull @Valid MemberFilter filter) {
    }

    public record SegmentUpdate(
            @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @Valid MemberFilter filter) {
    }
}
