using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;

namespace UnionHub.Api.Platform;

/// <summary>
/// The platform's own error <c>code</c>s (framework defaults, idempotency, paging, rate limits). Each feature lists its codes in a
/// <c>&lt;Feature&gt;Problems</c> class; every <c>const string</c> of a <c>*Problems</c> class is a code the API can answer, and the
/// SDK's message table must cover each (ErrorCodesTests, clients/sdk/src/generated/error-codes.ts).
/// </summary>
public static class PlatformProblems
{
    public const string AccessReasonRequired = "access.reason_required";
    public const string AuthForbidden = "auth.forbidden";
    public const string AuthPasswordChangeRequired = "auth.password_change_required";
    public const string AuthUnauthenticated = "auth.unauthenticated";
    public const string Conflict = "conflict";
    public const string IdempotencyInProgress = "idempotency.in_progress";
    public const string IdempotencyInvalidKey = "idempotency.invalid_key";
    public const string IdempotencyKeyReused = "idempotency.key_reused";
    public const string NotFound = "not_found";
    public const string RateLimited = "rate_limited";
    public const string RequestBadCursor = "request.bad_cursor";
    public const string RequestError = "request.error";
    public const string RequestInvalid = "request.invalid";
    public const string RequestMalformed = "request.malformed";
    public const string RequestMethodNotAllowed = "request.method_not_allowed";
    public const string RequestTooLarge = "request.too_large";
    public const string RequestUnsupportedMediaType = "request.unsupported_media_type";
    public const string ServerError = "server.error";
    public const string ServiceUnavailable = "service.unavailable";
    public const string UploadInfected = "upload.infected";
    public const string UploadScanUnavailable = "upload.scan_unavailable";
    public const string ValidationFailed = "validation.failed";
}

/// <summary>Builds RFC 9457 problem responses that always carry a stable machine-readable <c>code</c>.</summary>
public static class Problems
{
    public static ProblemHttpResult Create(int status, string code, string title, string? detail = null,
        IDictionary<string, object?>? extra = null)
    {
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                problem.Extensions[key] = value;
            }
        }

        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult Validation(IDictionary<string, string[]> errors, int status = StatusCodes.Status422UnprocessableEntity,
        string code = PlatformProblems.ValidationFailed, string title = "The request has invalid fields.")
    {
        var problem = new HttpValidationProblemDetails(errors) { Status = status, Title = title };
        problem.Extensions["code"] = code;
        return TypedResults.Problem(problem);
    }

    /// <summary>A list cursor that this API did not hand out.</summary>
    public static ProblemHttpResult BadCursor() => Create(StatusCodes.Status400BadRequest, PlatformProblems.RequestBadCursor, "The cursor is not valid.");

    public static ProblemHttpResult NotFound(string what = "resource") =>
        Create(StatusCodes.Status404NotFound, PlatformProblems.NotFound, $"The {what} was not found.");

    /// <summary>The code a problem gets when the code that produced it named none (framework 401s, 404s...).</summary>
    public static string DefaultCode(int status) => status switch
    {
        400 => PlatformProblems.RequestInvalid,
        401 => PlatformProblems.AuthUnauthenticated,
        403 => PlatformProblems.AuthForbidden,
        404 => PlatformProblems.NotFound,
        405 => PlatformProblems.RequestMethodNotAllowed,
        409 => PlatformProblems.Conflict,
        413 => PlatformProblems.RequestTooLarge,
        415 => PlatformProblems.RequestUnsupportedMediaType,
        422 => PlatformProblems.ValidationFailed,
        429 => PlatformProblems.RateLimited,
        503 => PlatformProblems.ServiceUnavailable,
        _ when status >= 500 => PlatformProblems.ServerError,
        _ => PlatformProblems.RequestError,
    };

    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            ctx.ProblemDetails.Extensions.TryAdd("code", DefaultCode(status));
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        });
        // after the framework's writer, which refuses a request whose Accept names no JSON type (a CSV upload or export sent
        // with Accept: text/csv): without this the problem was written raw, without the customisation above (no traceId)
        services.AddSingleton<Microsoft.AspNetCore.Http.IProblemDetailsWriter, AnyAcceptProblemWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }
}

/// <summary>
/// Writes problem+json whatever the request's Accept header says (an error is never answered as CSV), with the same
/// customisation as every other problem (<c>code</c>, <c>traceId</c>, title). Registered after the framework's own writer, so it
/// only writes what that one refuses.
/// </summary>
internal sealed class AnyAcceptProblemWriter(Microsoft.Extensions.Options.IOptions<ProblemDetailsOptions> options,
    Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : Microsoft.AspNetCore.Http.IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        context.ProblemDetails.Status ??= http.Response.StatusCode;
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(context.ProblemDetails, context.ProblemDetails.GetType(), json.Value.SerializerOptions,
            "application/problem+json", http.RequestAborted));
    }
}

/// <summary>The safety net: any exception becomes problem+json; stack traces only in Development.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, IHostEnvironment env, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return true; // the client went away; nobody to answer
        }

        var (status, code, title, detail) = Classify(exception);
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning("Database unavailable, answered 503: {Reason}", exception.Message);
        }
        else if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception answered as {Status} {Code}", status, code);
        }

        if (env.IsDevelopment() && status >= 500)
        {
            detail = exception.ToString();
        }

        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        long? maxBytes = null;
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            // the body limit is checked before the endpoint: say what the limit is, in the route's own words when it has them
            // the exception handler has cleared the endpoint by now; its feature keeps the one that failed
            var metadata = (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())?.Metadata;
            if (metadata?.GetMetadata<TooLargeProblem>() is { } own)
            {
                (code, title, maxBytes) = (own.Code, own.Title, own.MaxBytes);
            }
            else
            {
                maxBytes = metadata?.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                    ?? RequestBodyLimitMiddleware.DefaultLimit;
            }
        }

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        if (maxBytes is not null)
        {
            problem.Extensions["maxBytes"] = maxBytes;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    internal static (int Status, string Code, string Title, string? Detail) Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: 413 } =>
            (413, PlatformProblems.RequestTooLarge, "The request body is too large.", null),
        BadHttpRequestException { StatusCode: 415 } =>
            (415, PlatformProblems.RequestUnsupportedMediaType, "The request body must be JSON.", null),
        BadHttpRequestException { InnerException: JsonException } or JsonException =>
            (400, PlatformProblems.RequestMalformed, "The request body is not valid JSON.", null),
        BadHttpRequestException bad =>
            (bad.StatusCode, Problems.DefaultCode(bad.StatusCode), "The request is invalid.", bad.Message),
        MySqlException db when db.IsUnavailable() =>
            (503, PlatformProblems.ServiceUnavailable, "The service is temporarily unavailable. Try again shortly.", null),
        DatabaseUnavailableException =>
            (503, PlatformProblems.ServiceUnavailable, "The service is temporarily unavailable. Try again shortly.", null),
        _ => (500, PlatformProblems.ServerError, "An unexpected error occurred.", null),
    };
}
