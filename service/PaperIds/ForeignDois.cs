namespace Redirector.PaperIds;

/// <summary>
/// Whether a candidate sits in the suffix of a DOI of another registrant (<c>10.1049/el.2013.3006</c>). A DOI runs to
/// the next white space, so only the candidate's token (the text between two such characters) matters, and in a token
/// the first DOI runs to its end: the token is read once, however many candidates it holds. A token of thousands of
/// comma-separated ids must not be read again for each of them.
/// </summary>
internal ref struct ForeignDois
{
    // What ends a DOI in running text: the same characters the DOI pattern stops at.
    private static readonly System.Buffers.SearchValues<char> DoiTerminators = System.Buffers.SearchValues.Create(" \t\r\n\f\v\"<>");

    private readonly ReadOnlySpan<char> _text;
    private int _tokenStart;
    private int _tokenEnd;

    // The first DOI of the token and the slash after its prefix; -1 when the token has none.
    private int _doiStart;
    private int _doiSlash;

    internal ForeignDois(ReadOnlySpan<char> text)
    {
        _text = text;
        _tokenEnd = -1;
    }

    /// <summary>Characters read to find tokens and their DOIs: what a caller can count to see the work grow with its input.</summary>
    internal long Steps { get; private set; }

    internal bool Contains(int index)
    {
        if (index < _tokenStart || index >= _tokenEnd)
        {
            ReadTokenAt(index);
        }

        // The DOI needs one character after its slash, the candidate's first, so that the candidate is in its suffix;
        // arXiv's own DOI holds arXiv ids, which are no one else's.
        return _doiStart >= 0 && _doiSlash < index
            && !_text[_doiStart..(index + 1)].StartsWith(VenueFacts.ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase);
    }

    private void ReadTokenAt(int index)
    {
        _tokenStart = _text[..index].LastIndexOfAny(DoiTerminators) + 1;
        var length = _text[index..].IndexOfAny(DoiTerminators);
        _tokenEnd = length < 0 ? _text.Length : index + length;
        var token = _text[_tokenStart.._tokenEnd];
        Steps += token.Length;

        _doiStart = -1;
        _doiSlash = -1;
        if (!token.Contains("10.", StringComparison.Ordinal))
        {
            return;
        }

        var dois = PaperIdPatterns.Doi().EnumerateMatches(token);
        if (dois.MoveNext())
        {
            _doiStart = _tokenStart + dois.Current.Index;
            _doiSlash = _doiStart + _text[_doiStart..].IndexOf('/');
        }
    }
}
