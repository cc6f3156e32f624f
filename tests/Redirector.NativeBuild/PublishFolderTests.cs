namespace Redirector.NativeBuild;

/// <summary>What `dotnet publish service -c Release -r linux-x64` leaves: one native program, no managed service to run under dotnet.</summary>
public sealed class PublishFolderTests
{
    [Fact]
    public void The_publish_folder_holds_a_native_executable_and_no_managed_service_assembly()
    {
        var binary = ServiceBinary.NativePath();
        Assert.True(File.Exists(binary), $"no native binary at {binary}: publish it with `{ServiceBinary.PublishCommand}`");

        var magic = new byte[4];
        using (var file = File.OpenRead(binary))
        {
            file.ReadExactly(magic);
        }

        Assert.Equal("\u007fELF"u8.ToArray(), magic);
        Assert.True(!OperatingSystem.IsWindows() && File.GetUnixFileMode(binary).HasFlag(UnixFileMode.UserExecute), "the binary is not executable");
        var folder = Path.GetDirectoryName(binary)!;
        Assert.False(File.Exists(Path.Combine(folder, "Redirector.Service.dll")), "the publish folder holds Redirector.Service.dll: the build was not Native AOT");
        Assert.False(File.Exists(Path.Combine(folder, "Redirector.Service.runtimeconfig.json")), "the publish folder holds a runtimeconfig: the build needs the .NET runtime");
    }
}
