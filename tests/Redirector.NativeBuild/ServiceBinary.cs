using System.Diagnostics;

namespace Redirector.NativeBuild;

/// <summary>
/// The service program a test starts as its own process. tests/run publishes the Native AOT binary once and names it in
/// REDIRECTOR_NATIVE_BINARY, so that every process test runs what ships; without it, the framework-dependent build
/// beside the tests runs under dotnet, as in development.
/// </summary>
public static class ServiceBinary
{
    public const string Variable = "REDIRECTOR_NATIVE_BINARY";

    /// <summary>Where tests/run and the README's publish command put the native binary.</summary>
    public const string PublishCommand = "dotnet publish service -c Release -r linux-x64 -o artifacts/native";

    /// <summary>The native binary if one is named, else the framework-dependent build; a named binary that is missing fails the test.</summary>
    public static ProcessStartInfo StartInfo()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(named))
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Redirector.Service.dll"));
            return Prepared(start);
        }

        return Native(named);
    }

    /// <summary>
    /// The native binary: the one named, else the one the publish command leaves in the checkout. Never a fallback to
    /// the framework-dependent build: a test of the native binary that ran something else would pass for nothing.
    /// </summary>
    public static ProcessStartInfo NativeStartInfo() => Native(NativePath());

    public static string NativePath()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrEmpty(named) ? Path.Combine(CheckoutRoot(), "artifacts", "native", "Redirector.Service") : named;
    }

    private static ProcessStartInfo Native(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Native AOT build of the service is not at {path}. Publish it with `{PublishCommand}` from the checkout (clang is needed), or name it in {Variable}.",
                path);
        }

        // Started from an empty directory, as an operator might start it from anywhere: the content root (where an
        // appsettings.json would be read) holds nothing, so what the tests see is the service's built-in defaults.
        return Prepared(new ProcessStartInfo(Path.GetFullPath(path)) { WorkingDirectory = EmptyDirectory.Value });
    }

    private static readonly Lazy<string> EmptyDirectory = new(() => Directory.CreateTempSubdirectory("redirector-cwd-").FullName);

    private static ProcessStartInfo Prepared(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        return start;
    }

    private static string CheckoutRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Redirector.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Redirector.sln not found above " + AppContext.BaseDirectory);
    }
}
