namespace Redirector.Configuration;

/// <summary>The <c>Redirector</c> configuration section. Defaults live here; configuration overrides them.</summary>
public sealed class RedirectorOptions
{
    public const string SectionName = "Redirector";

    /// <summary>The public origin users land on, e.g. <c>https://papers.cool</c>. Every Location header stays on it.</summary>
    public string Target { get; set; } = "https://papers.cool";

    /// <summary>The longest input (path and query, or the <c>q</c> parameter) looked at; longer gets 414.</summary>
    public int MaxInputLength { get; set; } = 4096;

    /// <summary>The most ids one request may name; more gets 400.</summary>
    public int MaxIds { get; set; } = 50;
}
