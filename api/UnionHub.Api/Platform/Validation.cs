using Microsoft.AspNetCore.Http.HttpResults;

namespace UnionHub.Api.Platform;

/// <summary>Collects field errors for a 422 <c>validation.failed</c> problem.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    /// <summary>The fields that have errors (for reports that word each field's problem by code, such as batch uploads).</summary>
    public IEnumerable<string> Fields => _errors.Keys;

    public Validator Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            if (!_errors.TryGetValue(field, out var list))
            {
                _errors[field] = list = [];
            }

            list.Add(message);
        }

        return this;
    }

    public Validator Required(string? value, string field, int maxLength = 200) =>
        Check(!string.IsNullOrWhiteSpace(value), field, "is required")
            .Check(value is null || value.Length <= maxLength, field, $"must be at most {maxLength} characters");

    public ProblemHttpResult Problem(string code = PlatformProblems.ValidationFailed) =>
        Problems.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), code: code);
}
