package io.shequn.group;

import io.shequn.common.Enums;
import io.shequn.common.Platform;
import io.shequn.group.GroupEnums.EntryThreshold;
import io.shequn.group.GroupEnums.Purpose;
import io.shequn.group.GroupEnums.Status;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of groups and series, as openapi.yaml names them. */
public final class GroupDtos {
    private GroupDtos() {
    }

    public record GroupView(UUID id, String name, Platform platform, String platformGroupId, Purpose purpose,
                            EntryThreshold entryThreshold, String rules, String welcomeMessage, List<String> tags,
                            Status status, int hardLimit, int targetSize, UUID seriesId, Integer seriesPosition,
                            UUID ownerMemberId, List<UUID> assignedOperatorIds, int memberCount,
                            Instant createdAt, Instant updatedAt) {
        public static GroupView of(ChatGroup g) {
            return new GroupView(g.id, g.name, Enums.fromWire(Platform.class, g.platform), g.platformGroupId,
                    Enums.fromWire(Purpose.class, g.purpose), Enums.fromWire(EntryThreshold.class, g.entryThreshold),
                    g.rules, g.welcomeMessage, List.of(g.tags), Enums.fromWire(Status.class, g.status), g.hardLimit,
                    g.targetSize, g.seriesId, g.seriesPosition, g.ownerMemberId, Arrays.asList(g.assignedOperatorIds),
                    g.memberCount, g.createdAt, g.updatedAt);
        }
    }

    public record GroupCreate(
            @NotBlank @Size(max = 100) String name,
            @NotNull Platform platform,
            @Size(min = 1, max = 128) String platformGroupId,
            Purpose purpose,
            EntryThreshold entryThreshold,
            @Size(max = 5000) String rules,
            @Size(max = 2000) String welcomeMessage,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
            Status status,
            @Min(1) @Max(10000) Integer hardLimit,
            @Min(1) @Max(10000) Integer targetSize,
            UUID seriesId,
            UUID ownerMemberId,
            @Size(max = 50) List<@NotNull UUID> assignedOperatorIds) {
    }

    public record GroupUpdate(
            @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @Size(min = 1, max = 128) String platformGroupId,
            Purpose purpose,
            EntryThreshold entryThreshold,
            @Size(max = 5000) String rules,
            @Size(max = 2000) String welcomeMessage,
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
            Status status,
            @Min(1) @Max(10000) Integer hardLimit,
            @Min(1) @Max(10000) Integer targetSize,
            UUID ownerMemberId,
            @Size(max = 50) List<@NotNull UUID> assignedOperatorIds) {
    }

    public record SeriesView(UUID id, String name, Platform platform, String namePattern, Purpose purpose,
                             int hardLimit, int targetSize, long groupCount, Instant createdAt, Instant updatedAt) {
    }

    public record SeriesCreate(
            @NotBlank @Size(max = 100) String name,
            @NotNull Platform platform,
            @NotBlank @Size(max = 100) String namePattern,
            Purpose purpose,
            @Min(1) @Max(10000) Integer hardLimit,
            @Min(1) @Max(10000) Integer targetSize) {
    }

    public record SeriesUpdate(
            @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String namePattern,
            Purpose purpose,
            @Min(1) @Max(10000) Integer hardLimit,
            @Min(1) @Max(10000) Integer targetSize) {
    }

    /** Where the next member of a series goes; opened is true when this call opened the group. */
    public record Route(GroupView group, boolean opened) {
    }
}
