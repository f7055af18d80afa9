package io.shequn.member;

import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.group.GroupService;
import io.shequn.member.MemberImportDtos.ImportView;
import io.shequn.member.MemberImportDtos.RowError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The API side of CSV imports: upload (checks the file's encoding and header at once, queues
 * the job with the file), status, list, row errors. MemberImportWorker does the rows.
 */
@ApplicationScoped
public class MemberImportService {
    /** Bodies up to this size are accepted (quarkus.http.limits.max-body-size must allow it). */
    public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private final WorkspaceAccess access;
    private final GroupService groups;
    private final EntityManager em;

    public MemberImportService(WorkspaceAccess access, GroupService groups, EntityManager em) {
        this.access = access;
        this.groups = groups;
        this.em = em;
    }

    /** The job and whether it was created now (false: the same file's job was already waiting or running). */
    public record Created(ImportView job, boolean created) {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public Created create(UUID workspaceId, byte[] file, String sha256) {
        Caller caller = access.require(workspaceId, MemberService.WRITERS);
        checkFile(file);
        // the same content while its job is queued or running: that job (the partial unique index decides races)
        UUID id = Ids.newId();
        int inserted = em.createNativeQuery("insert into member_import (workspace_id, import_id, status, file_sha256, file_bytes,"
                        + " created_by, restrict_to_access_id, created_at) values (?1, ?2, 'queued', ?3, ?4, ?5, ?6, ?7)"
                        + " on conflict (workspace_id, file_sha256) where status in ('queued', 'running') do nothing")
                .setParameter(1, workspaceId).setParameter(2, id).setParameter(3, sha256).setParameter(4, (long) file.length)
                .setParameter(5, caller.principal().key())
                .setParameter(6, groups.restrictedToAssigned(caller) ? caller.accessId() : null)
                .setParameter(7, Times.now())
                .executeUpdate();
        if (inserted == 0) {
            MemberImport existing = MemberImport.<MemberImport>find("workspaceId = ?1 and fileSha256 = ?2 and status in ('queued', 'running')",
                    workspaceId, sha256).firstResult();
            if (existing != null) {
                return new Created(ImportView.of(existing), false);
            }
            throw new ProblemException(ProblemType.CONFLICT, "An import of this file just finished; upload it again to run it again.");
        }
        em.createNativeQuery("insert into member_import_file (workspace_id, import_id, content) values (?1, ?2, ?3)")
                .setParameter(1, workspaceId).setParameter(2, id).setParameter(3, file).executeUpdate();
        return new Created(ImportView.of(find(workspaceId, id)), true);
    }

    /** What can be told at upload: an empty, oversized, non-UTF-8 file or a bad header answers 400 at once. */
    private static void checkFile(byte[] file) {
        if (file == null || file.length == 0) {
            throw ProblemException.invalid(Problem.FieldError.body("", "the CSV file is empty"));
        }
        if (file.length > MAX_FILE_BYTES) {
            throw ProblemException.invalid(Problem.FieldError.body("", "the file is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB"));
        }
        if (!MemberCsv.isUtf8(file)) {
            throw ProblemException.invalid(Problem.FieldError.body("", "the file is not UTF-8 (save it as \"CSV UTF-8\")"));
        }
        header(file);
    }

    /** The header row's column names, checked: known names, no repeats, platform and platform_user_id present. */
    static List<String> header(byte[] file) {
        MemberCsv.Record header = new MemberCsv.Reader(file).next();
        if (header == null || header.error() != null) {
            throw ProblemException.invalid(Problem.FieldError.body("", header == null ? "the CSV file has no header row"
                    : "the header row cannot be read: " + header.error()));
        }
        List<String> names = header.fields().stream().map(n -> n.trim().toLowerCase(java.util.Locale.ROOT)).toList();
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!MemberCsv.COLUMNS.contains(n)) {
                throw ProblemException.invalid(Problem.FieldError.body("", "unknown column \"" + n + "\" in the header; the columns are "
                        + String.join(", ", MemberCsv.COLUMNS)));
            }
            if (!seen.add(n)) {
                throw ProblemException.invalid(Problem.FieldError.body("", "column \"" + n + "\" appears twice in the header"));
            }
        }
        if (!seen.contains(MemberCsv.PLATFORM) || !seen.contains(MemberCsv.PLATFORM_USER_ID)) {
            throw ProblemException.invalid(Problem.FieldError.body("", "the header must name the columns platform and platform_user_id"));
        }
        return names;
    }

    @Transactional
    public ImportView get(UUID workspaceId, UUID importId) {
        access.require(workspaceId, Role.ANY);
        return ImportView.of(find(workspaceId, importId));
    }

    /** Newest first. */
    @Transactional
    public Page<ImportView> list(UUID workspaceId, PageRequest page) {
        access.require(workspaceId, Role.ANY);
        var query = page.afterId() == null
                ? MemberImport.<MemberImport>find("workspaceId = ?1 order by id desc", workspaceId)
                : MemberImport.<MemberImport>find("workspaceId = ?1 and id < ?2 order by id desc", workspaceId, page.afterId());
        return Page.of(query.page(0, page.fetchSize()).list(), page, ImportView::of, j -> j.id.toString());
    }

    /** Row errors in file order. */
    @Transactional
    public Page<RowError> errors(UUID workspaceId, UUID importId, PageRequest page) {
        access.require(workspaceId, Role.ANY);
        find(workspaceId, importId);
        int after = 0;
        if (page.after() != null) {
            try {
                after = Integer.parseInt(page.after());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid(Problem.FieldError.parameter("cursor", "is not a cursor this API returned"));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select error_no, line, column_name, message from member_import_error"
                        + " where workspace_id = ?1 and import_id = ?2 and error_no > ?3 order by error_no limit " + page.fetchSize())
                .setParameter(1, workspaceId).setParameter(2, importId).setParameter(3, after).getResultList();
        return Page.of(rows, page, r -> new RowError(((Number) r[1]).intValue(), (String) r[2], (String) r[3]),
                r -> String.valueOf(((Number) r[0]).intValue()));
    }

    private static MemberImport find(UUID workspaceId, UUID importId) {
        return MemberImport.<MemberImport>find("workspaceId = ?1 and id = ?2", workspaceId, importId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Import"));
    }
}
