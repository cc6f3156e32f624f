using Microsoft.Extensions.Options;

namespace Redirector.Configuration;

/// <summary>Fails start-up with a message that says which setting is wrong and what it should look like.</summary>
public sealed class RedirectorOptionsValidator : IValidateOptions<RedirectorOptions>
{
    public ValidateOptionsResult Validate(string? name, RedirectorOptions options)
    {
        var failures = new List<string>();
        if (!TargetOrigin.TryParse(options.Target, out _, out var why))
        {
            failures.Add($"Redirector:Target '{options.Target}' is not usable: {why} Example: https://papers.cool");
        }

        if (options.MaxInputLength is < 256 or > 65_536)
        {
            failures.Add($"Redirector:MaxInputLength must be between 256 and 65536 (was {options.MaxInputLength}).");
        }

        if (options.MaxIds is < 1 or > 1000)
        {
            failures.Add($"Redirector:MaxIds must be between 1 and 1000 (was {options.MaxIds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
