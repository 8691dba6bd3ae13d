using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace UnionHub.Api.Platform;

/// <summary>
/// Serves the built browser apps: the member H5 app at <c>/</c>, the merchant cashier page at <c>/merchant/</c> and the
/// staff console at <c>/console/</c>.
/// Files come from <c>{ClientApps:Root}/{app}/dist</c> (default root: <c>clients/</c> of the repository, found from the
/// content root); a path without a file extension that matches no file gets the app's <c>index.html</c> (client-side
/// routing). <c>/api</c>, <c>/swagger</c> and <c>/health</c> are never touched, so unknown API paths stay 404 problem+json.
/// An app whose <c>dist</c> folder is missing is skipped with a log line (the API works without the clients).
/// </summary>
public static class ClientApps
{
    public const string Section = "ClientApps";

    /// <summary>Base path and folder name under the root, most specific first.</summary>
    private static readonly (PathString BasePath, string Folder)[] Apps = [("/merchant", "merchant"), ("/console", "console"), ("", "member-h5")];

    private static readonly PathString[] Reserved = ["/api", "/swagger", "/health"];

    // Vant and Element Plus styles are injected inline and Vant's icon font is a data: URL; the camera stream and QR codes are
    // blob:/data: images; ECharts draws on a canvas (no extra source needed).
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
        "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static string ResolveRoot(IConfiguration config, IHostEnvironment env) =>
        config[$"{Section}:Root"] is { Length: > 0 } root
            ? Path.GetFullPath(root, env.ContentRootPath)
            : Path.GetFullPath(Path.Combine(env.ContentRootPath, "..", "..", "clients"));

    public static WebApplication UseClientApps(this WebApplication app)
    {
        var root = ResolveRoot(app.Configuration, app.Environment);
        foreach (var (basePath, folder) in Apps)
        {
            var dist = Path.Combine(root, folder, "dist");
            if (!File.Exists(Path.Combine(dist, "index.html")))
            {
                app.Logger.LogInformation("Client app {App} not served: no build in {Folder}", folder, dist);
                continue;
            }

            var files = new PhysicalFileProvider(dist);
            app.UseWhen(http => Owns(http.Request.Path, basePath), branch =>
            {
                branch.Use((http, next) => RedirectBareBase(http, next, basePath));
                branch.UseStaticFiles(new StaticFileOptions
                {
                    FileProvider = files,
                    RequestPath = basePath,
                    OnPrepareResponse = ctx => SetHeaders(ctx.Context, isIndex: ctx.File.Name == "index.html"),
                });
                branch.Use((http, next) => ServeIndex(http, next, files));
            });
        }

        return app;
    }

    private static bool Owns(PathString path, PathString basePath)
    {
        if (Reserved.Any(r => path.StartsWithSegments(r, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (basePath.HasValue)
        {
            return path.StartsWithSegments(basePath, StringComparison.OrdinalIgnoreCase);
        }

        // the root app owns what no other app's base path claims (even when that app has no build)
        return !Apps.Any(a => a.BasePath.HasValue && path.StartsWithSegments(a.BasePath, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary><c>/merchant</c> -> <c>/merchant/</c>, so the page's relative asset paths resolve.</summary>
    private static Task RedirectBareBase(HttpContext http, RequestDelegate next, PathString basePath)
    {
        if (basePath.HasValue && http.Request.Path.Equals(basePath, StringComparison.OrdinalIgnoreCase)
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
        {
            http.Response.Redirect(basePath + "/" + http.Request.QueryString);
            return Task.CompletedTask;
        }

        return next(http);
    }

    /// <summary>The SPA fallback: GET/HEAD of a path with no file extension that matched no endpoint and no file.</summary>
    private static async Task ServeIndex(HttpContext http, RequestDelegate next, IFileProvider files)
    {
        var request = http.Request;
        var lastSegment = request.Path.Value?[(request.Path.Value.LastIndexOf('/') + 1)..] ?? "";
        if (http.GetEndpoint() is not null || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || lastSegment.Contains('.', StringComparison.Ordinal))
        {
            await next(http);
            return;
        }

        var index = files.GetFileInfo("index.html");
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.ContentLength = index.Length;
        SetHeaders(http, isIndex: true);
        if (HttpMethods.IsGet(request.Method))
        {
            await http.Response.SendFileAsync(index, http.RequestAborted);
        }
    }

    private static void SetHeaders(HttpContext http, bool isIndex)
    {
        var headers = http.Response.Headers;
        // index.html names the content-hashed bundles under assets/ of the current build: revalidate it, keep them
        var hashed = http.Request.Path.Value?.Contains("/assets/", StringComparison.Ordinal) == true;
        headers.CacheControl = isIndex ? "no-cache" : hashed ? "public, max-age=31536000, immutable" : "public, max-age=3600";
        if (isIndex)
        {
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        }
    }
}
