using Microsoft.IdentityModel.Tokens;
using UnionHub.Api.Platform;

namespace UnionHub.ClusterTests;

/// <summary>
/// What `./dev cluster test` tells the cluster tests (eng/cluster.sh writes it into .local/cluster/cluster.env): the balancer,
/// the three instances, the nodes' databases, the write mode and the secrets to log in and mint tokens with.
/// </summary>
internal static class ClusterSettings
{
    public static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? "";
    public static string BalancerUrl => Env("UNIONHUB_CLUSTER_URL");
    public static string[] InstanceUrls => Env("UNIONHUB_CLUSTER_API_URLS").Split(';', StringSplitOptions.RemoveEmptyEntries);
    public static string WriterDb => Env("UNIONHUB_CLUSTER_DB");
    public static string[] NodeDbs => Env("UNIONHUB_CLUSTER_NODE_DBS").Split('|', StringSplitOptions.RemoveEmptyEntries);
    public static string Mode => Env("UNIONHUB_CLUSTER_MODE") is { Length: > 0 } m ? m : "one";
    public static string AdminPassword => Env("UNIONHUB_CLUSTER_ADMIN_PASSWORD");

    /// <summary>Mints tokens the instances accept (the cluster's JWT key), valid two hours.</summary>
    public static TokenIssuer Tokens() => new(new JwtOptions { AccessTokenMinutes = 120 },
        new SymmetricSecurityKey(Convert.FromBase64String(Env("UNIONHUB_CLUSTER_JWT_KEY"))));
}
