namespace Redirector.PaperIds;

/// <summary>Why a string is not an arXiv identifier. Parsing reports one of these instead of throwing.</summary>
public enum ArxivIdError
{
    None = 0,
    Empty,
    Malformed,
    InvalidMonth,
    OutsideEra,
    NumberOutOfRange,
    UnknownArchive,
    InvalidVersion,
}

/// <summary>The one place where failure kinds get their human wording.</summary>
public static class ArxivIdErrorMessages
{
    public static string Describe(ArxivIdError error) => error switch
    {
        ArxivIdError.None => "No error.",
        ArxivIdError.Empty => "The identifier is empty.",
        ArxivIdError.Malformed => "This is not shaped like an arXiv identifier (YYMM.NNNNN or archive/YYMMNNN, optionally with vN).",
        ArxivIdError.InvalidMonth => "The month in YYMM must be 01 to 12.",
        ArxivIdError.OutsideEra => "New-style identifiers start at 0704; old-style identifiers run from 9107 to 0703.",
        ArxivIdError.NumberOutOfRange => "The paper number must be at least 1, at most 9999 before 2015 and 99999 from 2015 (001 to 999 for old-style identifiers).",
        ArxivIdError.UnknownArchive => "Old-style identifiers only use the archives that existed before April 2007.",
        ArxivIdError.InvalidVersion => "A version is 'v' followed by a number starting at 1, with no leading zero.",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
