using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Redirector.Tests.PaperIds;

/// <summary>
/// Runs one of the extension's node helper scripts (tests/extension/*-lines.mjs) over inputs written one JSON string a
/// line, and reads back its answers, one JSON value a line, in the same order.
/// </summary>
public static class NodeLines
{
    /// <param name="script">The helper's file name under tests/extension/.</param>
    /// <param name="inputs">One line each, as JSON strings.</param>
    /// <param name="arguments">Further arguments, after the inputs' file.</param>
    public static async Task<T[]> RunAsync<T>(string script, IReadOnlyList<string> inputs, params string[] arguments)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(file, inputs.Select(input => JsonSerializer.Serialize(input)), new UTF8Encoding(false));
            var path = Path.Combine(RepositoryRoot(), "tests", "extension", script);
            using var node = Process.Start(new ProcessStartInfo("node", [path, file, .. arguments])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            }) ?? throw new InvalidOperationException("node did not start");
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode == 0, $"node {script} failed: " + await errors);
            var answers = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonSerializer.Deserialize<T>(line)!)
                .ToArray();
            Assert.True(answers.Length == inputs.Count, $"node {script} answered {answers.Length} of {inputs.Count} inputs");
            return answers;
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Redirector.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Redirector.sln) was not found above " + AppContext.BaseDirectory);
    }
}
