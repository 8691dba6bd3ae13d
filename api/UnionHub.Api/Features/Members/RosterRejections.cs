namespace UnionHub.Api.Features.Members;

/// <summary>
/// Why a roster line was rejected: the <c>code</c> of each entry of the upload's <c>rejected</c> list (the console words it
/// in Chinese by this code; <c>reason</c> stays the English sentence).
/// </summary>
public static class RosterRejections
{
    public const string UnterminatedQuote = "roster.unterminated_quote";
    public const string TextAfterQuote = "roster.text_after_quote";
    public const string LineTooLong = "roster.line_too_long";
    public const string WrongFieldCount = "roster.wrong_field_count";
    public const string InvalidUtf8 = "roster.invalid_utf8";
    public const string NameEmpty = "roster.name_empty";
    public const string InvalidName = "roster.invalid_name";
    public const string IdNumberLength = "roster.id_number_wrong_length";
    public const string IdNumberDigits = "roster.id_number_not_digits";
    public const string IdNumberBirthDate = "roster.id_number_bad_birth_date";
    public const string IdNumberCheckCharacter = "roster.id_number_bad_check_character";
    public const string InvalidCreditCode = "roster.invalid_credit_code";
    public const string UnknownEnterprise = "roster.unknown_enterprise";
    public const string InvalidPhone = "roster.invalid_phone";
    public const string DuplicateIdNumber = "roster.duplicate_id_number";

    public static string InvalidIdNumber(IdNumber.Problem problem) => problem switch
    {
        IdNumber.Problem.Length => IdNumberLength,
        IdNumber.Problem.Digits => IdNumberDigits,
        IdNumber.Problem.BirthDate => IdNumberBirthDate,
        _ => IdNumberCheckCharacter,
    };
}
