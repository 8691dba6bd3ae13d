using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>POST /admin/orgs: super_admin creates roots and orgs anywhere; org_admin only below their own org.</summary>
public static class CreateOrg
{
    public const int MaxDepth = 20;

    public sealed record Request(string? Name, string? ParentId);

    public sealed record OrgResponse(string Id, string? ParentId, string Name, int Depth, DateTimeOffset CreatedAt);

    private const string Insert = """
        INSERT INTO org (parent_id, name, path, depth, created_at) VALUES (@ParentId, @Name, '', @Depth, @Now);
        SELECT LAST_INSERT_ID();
        """;

    private const string SetPath = "UPDATE org SET path = @Path WHERE id = @Id";

    public static async Task<Results<Created<OrgResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var parentId = Ids.Parse(request.ParentId);
        var v = new Validator()
            .Required(request.Name, "name", 100)
            .Check(request.ParentId is null || parentId is not null, "parentId", "is not a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        if (parentId is null && !http.User.IsInRole(Roles.SuperAdmin))
        {
            return Problems.Create(403, MemberProblems.OrgRootRequiresSuperAdmin, "Only a super_admin creates top-level organisations.",
                "Give the parentId of an organisation inside your own.");
        }

        var name = request.Name!.Trim();
        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Created<OrgResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var parentPath = "/";
            var depth = 0;
            if (parentId is { } pid)
            {
                var scope = await Scope.OfAsync(conn, tx, http.User, ct);
                if (await Orgs.FindVisibleAsync(conn, tx, scope, pid, ct) is not { } parent)
                {
                    return Problems.NotFound("parent organisation");
                }

                if (parent.Depth + 1 > MaxDepth)
                {
                    return Problems.Create(422, MemberProblems.OrgTooDeep, $"Organisations nest at most {MaxDepth} levels deep.");
                }

                parentPath = parent.Path;
                depth = parent.Depth + 1;
                // the parent's row written (RowLocks): a member's move into it (ApproveMembershipTransferRequest) checks it has no
                // children and writes it too, so the two serialise on a cluster as well (DESIGN 12)
                await RowLocks.WriteAsync(conn, tx, RowLocks.Org, pid, ct);
            }

            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert,
                new { ParentId = parentId, Name = name, Depth = depth, Now = now.UtcDateTime }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(SetPath, new { Id = id, Path = $"{parentPath}{id.Text()}/" }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "org.create", "org", id.Text(), new { name, parentId, depth }, ct);

            var answer = new OrgResponse(id.Text(), parentId?.Text(), name, depth, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/admin/orgs/{id.Text()}", answer);
        }, ct);
    }
}
