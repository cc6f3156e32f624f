using System.Text.Json;
using Redirector.PaperIds;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// Each reported difference between the grammars still differs as written down, and is recognised by its own rule: a
/// fixed one fails here, so that its entry in <see cref="KnownDisagreements"/> goes and the differential tests count it
/// as a failure again.
/// </summary>
public class KnownDisagreementTests
{
    [Fact]
    public async Task Each_known_site_disagreement_still_stands()
    {
        var entries = KnownDisagreements.Sites;
        var fromExtension = await NodeLines.RunAsync<ExtensionSite>("classify-lines.mjs", entries.Select(entry => entry.Example).ToArray());

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var service = SiteAnswers.OfService(KnownSites.Classify(entry.Example));
            var extension = fromExtension[i].Describe();
            Assert.True(
                service == entry.Service && extension == entry.Extension,
                $"{JsonSerializer.Serialize(entry.Example)}: service {service}, extension {extension}; written down: service {entry.Service}, extension {entry.Extension}. "
                + $"If the grammars now agree, remove \"{entry.Name}\" from KnownDisagreements.Sites.");
            Assert.True(entry.Explains(KnownDisagreements.Cleaned(entry.Example), service, extension), $"its rule does not recognise its own example: {entry.Name}");
        }
    }

    [Fact]
    public async Task Each_known_extract_disagreement_still_stands()
    {
        var entries = KnownDisagreements.Extract;
        var fromExtension = await NodeLines.RunAsync<string[]>("extract-lines.mjs", entries.Select(entry => entry.Example).ToArray());

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var service = PaperIdExtractor.Extract(entry.Example, 1000, out _).Select(id => id.ToString()).ToArray();
            var extension = fromExtension[i];
            Assert.True(
                service.SequenceEqual(entry.Service) && extension.SequenceEqual(entry.Extension),
                $"{JsonSerializer.Serialize(entry.Example)}: service [{string.Join(", ", service)}], extension [{string.Join(", ", extension)}]; "
                + $"written down: service [{string.Join(", ", entry.Service)}], extension [{string.Join(", ", entry.Extension)}]. "
                + $"If the grammars now agree, remove \"{entry.Name}\" from KnownDisagreements.Extract.");
            Assert.True(entry.Explains(KnownDisagreements.Cleaned(entry.Example), service, extension), $"its rule does not recognise its own example: {entry.Name}");
        }
    }
}
