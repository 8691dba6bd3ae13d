using System.Globalization;

namespace UnionHub.Api.Features.Members;

/// <summary>Chinese resident identity numbers (GB 11643-1999): 17 digits, a date of birth, an ISO 7064 MOD 11-2 check character.</summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public enum Problem { None, Length, Digits, BirthDate, CheckCharacter }

    /// <summary>Validates and normalises (trimmed, lower-case x as X). <paramref name="today"/> bounds the birth date.</summary>
    public static (string? Normalised, Problem Problem) Validate(string? input, DateOnly today)
    {
        var id = (input ?? "").Trim().ToUpperInvariant();
        if (id.Length != 18)
        {
            return (null, Problem.Length);
        }

        for (var i = 0; i < 17; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                return (null, Problem.Digits);
            }
        }

        if (id[17] is not ((>= '0' and <= '9') or 'X'))
        {
            return (null, Problem.Digits);
        }

        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth > today || birth.Year < 1900)
        {
            return (null, Problem.BirthDate);
        }

        return CheckCharacter(id) == id[17] ? (id, Problem.None) : (null, Problem.CheckCharacter);
    }

    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    public static string Describe(Problem problem) => problem switch
    {
        Problem.Length => "must be 18 characters",
        Problem.Digits => "must be 17 digits followed by a digit or X",
        Problem.BirthDate => "has no real date of birth at characters 7-14",
        Problem.CheckCharacter => "has a wrong check character",
        _ => "is valid",
    };
}

/// <summary>Unified social credit codes (GB 32100-2015): 18 characters, a MOD 31 check character.</summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string? Normalise(string? input)
    {
        var code = (input ?? "").Trim().ToUpperInvariant();
        if (code.Length != 18 || code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        return CheckCharacter(code) == code[17] ? code : null;
    }

    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
