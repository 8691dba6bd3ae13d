using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace UnionHub.Api.Platform;

public static class Roles
{
    public const string Member = "member";
    public const string MerchantStaff = "merchant_staff";
    public const string OrgAdmin = "org_admin";
    public const string Reviewer = "reviewer";
    public const string SuperAdmin = "super_admin";
    /// <summary>A lawyer on the union's legal aid panel; sees only the cases assigned to them.</summary>
    public const string Lawyer = "lawyer";
    /// <summary>An enterprise's contact person, bound to one enterprise (claim <c>enterprise</c>).</summary>
    public const string EnterpriseContact = "enterprise_contact";

    public static readonly IReadOnlySet<string> Staff = new HashSet<string>(StringComparer.Ordinal)
        { MerchantStaff, OrgAdmin, Reviewer, SuperAdmin, Lawyer, EnterpriseContact };
}

/// <summary>Authorization policy names; each route group names one.</summary>
public static class Policies
{
    public const string Member = "member";
    public const string SuperAdmin = "super_admin";
    /// <summary>Any staff account, whatever its role (e.g. changing one's own password).</summary>
    public const string Staff = "staff";
    /// <summary>org_admin inside their subtree, or super_admin everywhere.</summary>
    public const string OrgAdmin = "org_admin";
    public const string Reviewer = "reviewer";
    /// <summary>Staff who serve members at the counter for relief funds: org_admin and reviewer inside their subtree, super_admin.</summary>
    public const string FundCounter = "fund_counter";
    public const string MerchantStaff = "merchant_staff";
    /// <summary>A merchant acting through an API key or as merchant_staff; either is bound to one merchant.</summary>
    public const string Merchant = "merchant";
    public const string Lawyer = "lawyer";
    /// <summary>An enterprise contact acting for the enterprise in their token.</summary>
    public const string EnterpriseContact = "enterprise_contact";
}

public sealed class JwtOptions
{
    public const string Section = "Jwt";
    public string Issuer { get; set; } = "unionhub";
    public string Audience { get; set; } = "unionhub-api";
    /// <summary>Base64 HMAC-SHA256 key of at least 32 bytes. Development generates one into the local folder.</summary>
    public string? SigningKey { get; set; }
    public int AccessTokenMinutes { get; set; } = 15;
}

public static class AuthSetup
{
    public const string ClaimRole = "role";
    public const string ClaimOrg = "org";
    public const string ClaimMerchant = "merchant";
    public const string ClaimEnterprise = "enterprise";
    public const string ClaimKind = "kind"; // "member" or "staff"
    /// <summary>The staff account's session version when the token was issued (0 when absent).</summary>
    public const string ClaimSessionVersion = "sv";
    /// <summary>Added (never issued) to a staff caller whose one-time password must be changed first.</summary>
    public const string ClaimPasswordChange = "password_change_required";

    public static WebApplicationBuilder AddAuth(this WebApplicationBuilder builder)
    {
        var jwt = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        var key = LoadSigningKey(jwt, builder.Environment, LocalFolder.Resolve(builder.Configuration, builder.Environment));
        var signingKey = new SymmetricSecurityKey(key) { KeyId = Convert.ToHexString(SHA256.HashData(key))[..16] };
        builder.Services.AddSingleton(new TokenIssuer(jwt, signingKey));

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.SaveToken = false; // nothing reads the bearer token back from the authentication properties
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = signingKey,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                ValidateIssuerSigningKey = true,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = JwtRegisteredClaimNames.Sub,
                RoleClaimType = ClaimRole,
            };
            // a staff token is only as good as its account right now: disabled, reset or changed ends it at the next call
            o.Events = new JwtBearerEvents
            {
                OnTokenValidated = async context =>
                {
                    if (context.Principal?.FindFirst(ClaimKind)?.Value != "staff"
                        || context.HttpContext.RequestServices.GetService<IStaffTokenCheck>() is not { } check)
                    {
                        return;
                    }

                    var version = int.TryParse(context.Principal.FindFirst(ClaimSessionVersion)?.Value, out var sv) ? sv : 0;
                    var state = long.TryParse(context.Principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id)
                        ? await check.CheckAsync(id, version, context.HttpContext.RequestAborted)
                        : StaffTokenState.Refused;
                    if (state == StaffTokenState.Refused)
                    {
                        context.Fail("The staff account is disabled or this session was ended.");
                    }
                    else if (state == StaffTokenState.PasswordChangeRequired)
                    {
                        context.Principal.AddIdentity(new ClaimsIdentity([new Claim(ClaimPasswordChange, "true")]));
                    }
                },
            };
        });

        // Lifetimes are judged by the injected clock, like everything else that depends on time.
        // A valid token's answer is reused for a while (ValidatedTokenCache), judged by the same clock.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((o, clock) =>
        {
            o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, p) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return expires is { } exp && exp > now - p.ClockSkew && (notBefore is not { } nbf || nbf <= now + p.ClockSkew);
            };
            o.TokenHandlers.Clear();
            o.TokenHandlers.Add(new ValidatedTokenCache(clock) { MapInboundClaims = false });
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Member, p => p.RequireRole(Roles.Member))
            .AddPolicy(Policies.SuperAdmin, p => p.RequireRole(Roles.SuperAdmin))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Staff))
            .AddPolicy(Policies.OrgAdmin, p => p.RequireRole(Roles.OrgAdmin, Roles.SuperAdmin))
            .AddPolicy(Policies.Reviewer, p => p.RequireRole(Roles.Reviewer, Roles.SuperAdmin))
            .AddPolicy(Policies.FundCounter, p => p.RequireRole(Roles.OrgAdmin, Roles.Reviewer, Roles.SuperAdmin))
            .AddPolicy(Policies.MerchantStaff, p => p.RequireRole(Roles.MerchantStaff))
            .AddPolicy(Policies.Lawyer, p => p.RequireRole(Roles.Lawyer))
            .AddPolicy(Policies.EnterpriseContact, p => p.RequireRole(Roles.EnterpriseContact)
                .RequireAssertion(ctx => ctx.User.EnterpriseId() is not null))
            .AddPolicy(Policies.Merchant, p => p
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, ApiKeyAuthenticationHandler.SchemeName)
                .RequireAssertion(ctx => ctx.User.MerchantId() is not null
                    && (ctx.User.IsInRole(Roles.MerchantStaff) || ctx.User.FindFirstValue(ClaimKind) == "merchant_key")));
        return builder;
    }

    private static byte[] LoadSigningKey(JwtOptions jwt, IHostEnvironment env, string localFolder)
    {
        if (!string.IsNullOrWhiteSpace(jwt.SigningKey))
        {
            var configured = Convert.FromBase64String(jwt.SigningKey);
            return configured.Length >= 32
                ? configured
                : throw new InvalidOperationException("Jwt:SigningKey must be base64 of at least 32 bytes.");
        }

        if (!env.IsDevelopment())
        {
            throw new InvalidOperationException("Jwt:SigningKey is not configured. Set it (base64, 32+ bytes) outside Development.");
        }

        return LocalFolder.ReadOrCreateSecret(localFolder, "jwt-signing.key", 32);
    }

    public static long? StaffId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimKind) == "staff" && long.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id) ? id : null;

    public static long? MemberId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimKind) == "member" && long.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id) ? id : null;

    public static long? OrgId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimOrg), out var id) ? id : null;

    /// <summary>The caller's API key id when it authenticated with X-Api-Key.</summary>
    public static long? MerchantKeyId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimKind) == "merchant_key" && long.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id) ? id : null;

    public static long? MerchantId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimMerchant), out var id) ? id : null;

    /// <summary>The enterprise an enterprise_contact acts for.</summary>
    public static long? EnterpriseId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimEnterprise), out var id) ? id : null;
}

public enum StaffTokenState { Valid, PasswordChangeRequired, Refused }

/// <summary>Checks a staff access token against its account on every call (the Identity feature implements it).</summary>
public interface IStaffTokenCheck
{
    Task<StaffTokenState> CheckAsync(long staffId, int sessionVersion, CancellationToken ct);
}

/// <summary>Marks an endpoint a staff caller may use while their one-time password still has to be changed.</summary>
public sealed class AllowedDuringPasswordChange;

public static class PasswordChangeGate
{
    /// <summary>After authorization: a caller who must change a one-time password gets 403 everywhere else.</summary>
    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(AuthSetup.ClaimPasswordChange, "true")
            && context.GetEndpoint()?.Metadata.GetMetadata<AllowedDuringPasswordChange>() is null)
        {
            await Problems.Create(403, PlatformProblems.AuthPasswordChangeRequired, "Change the one-time password before doing anything else.").ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    public static TBuilder AllowDuringPasswordChange<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AllowedDuringPasswordChange());
}

/// <summary>Issues short-lived access tokens signed with the configured key.</summary>
public sealed class TokenIssuer(JwtOptions options, SymmetricSecurityKey key)
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly SigningCredentials _credentials = new(key, SecurityAlgorithms.HmacSha256);

    public int AccessTokenSeconds => options.AccessTokenMinutes * 60;

    public string Issue(string kind, long subject, IEnumerable<string> roles, DateTimeOffset now, IDictionary<string, object>? extra = null)
    {
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = subject.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            [AuthSetup.ClaimKind] = kind,
            [AuthSetup.ClaimRole] = roles.ToArray(),
        };
        if (extra is not null)
        {
            foreach (var (k, v) in extra)
            {
                claims[k] = v;
            }
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.UtcDateTime.AddMinutes(options.AccessTokenMinutes),
            Claims = claims,
            SigningCredentials = _credentials,
        });
    }
}

/// <summary>The project-local folder (<c>.local/</c>) where Development keeps generated secrets.</summary>
public static class LocalFolder
{
    public static string Resolve(IConfiguration config, IHostEnvironment env) =>
        config["UnionHub:LocalDir"] is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(env.ContentRootPath, "..", "..", ".local"));

    public static byte[] ReadOrCreateSecret(string folder, string name, int bytes)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var secret = RandomNumberGenerator.GetBytes(bytes);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(secret));
        }
        catch (IOException) when (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim()); // another process won the race
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return secret;
    }
}
