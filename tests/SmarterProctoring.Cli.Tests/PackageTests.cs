using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using SmarterProctoring.Sandbox;
using Xunit;

namespace SmarterProctoring.Cli.Tests;

/// <summary>
/// What we publish is what we test: packs SmarterProctoring.Declarative and SmarterProctoring.Client, restores them
/// from a local folder into a throwaway consumer (with its own packages folder, so no cached copy can stand in),
/// builds it with warnings as errors and calls the sandbox with both the packaged client and an interface the
/// consumer declares itself, which only the packaged generator can implement.
/// </summary>
[Collection(PublishingTestGroup.Name)]
public sealed class PackageTests
{
    private const string ConsumerProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SmarterProctoring.Client" Version="0.1.0" />
          </ItemGroup>
        </Project>
        """;

    private const string ConsumerProgram = """
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using SmarterProctoring.Client;
        using SmarterProctoring.Declarative;

        using HttpClient http = SmarterProctoringClient.CreateHttpClient(
            new SmarterProctoringClientOptions { BaseAddress = new Uri(args[0]), Token = Environment.GetEnvironmentVariable("SANDBOX_TOKEN") });
        ExamConfiguration configuration = await IExamConfigurationsApi.Create(http).GetAsync(args[1], args[2], args[3], args[4]);
        JsonElement raw = await IConsumerApi.Create(http).GetRawAsync(args[1], args[2], args[3], args[4]);
        Console.WriteLine(configuration.Sid + " " + raw.GetProperty("sid").GetString());

        [JsonContext(typeof(ConsumerJsonContext))]
        public partial interface IConsumerApi
        {
            [Get("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
            Task<JsonElement> GetRawAsync([Sid("AI")] string installSid, [Sid("CU")] string courseSid, [Sid("EX")] string examSid, [Sid("EC")] string examConfigurationSid);
        }

        [JsonSerializable(typeof(JsonElement))]
        public partial class ConsumerJsonContext : JsonSerializerContext;
        """;

    [Fact]
    public async Task The_packed_packages_restore_build_without_warnings_and_call_the_sandbox()
    {
        string root = Path.Combine(Path.GetTempPath(), "spd-package-" + Guid.NewGuid().ToString("N"));
        string feed = Path.Combine(root, "feed");
        string consumer = Path.Combine(root, "consumer");
        Directory.CreateDirectory(consumer);
        try
        {
            foreach (string project in new[] { "SmarterProctoring.Declarative", "SmarterProctoring.Client" })
            {
                ProcessResult pack = await ProcessRunner.RunAsync("dotnet", CliRunner.RepositoryRoot, null,
                    "pack", Path.Combine("src", project, project + ".csproj"), "-c", "Release", "-o", feed);
                Assert.True(pack.ExitCode == 0, pack.ToString());
            }

            AssertPackageLayout(feed);

            // Empty build files stop MSBuild from picking up any Directory.Build.* above the temporary folder.
            await File.WriteAllTextAsync(Path.Combine(consumer, "Directory.Build.props"), "<Project />");
            await File.WriteAllTextAsync(Path.Combine(consumer, "Directory.Build.targets"), "<Project />");
            await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), ConsumerProject);
            await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), ConsumerProgram);
            await File.WriteAllTextAsync(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);

            ProcessResult restore = await ProcessRunner.RunAsync("dotnet", consumer, null,
                "restore", "--packages", Path.Combine(root, "packages"));
            Assert.True(restore.ExitCode == 0, restore.ToString());
            ProcessResult build = await ProcessRunner.RunAsync("dotnet", consumer, null, "build", "--no-restore", "-warnaserror");
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);

            await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
            SeededExamConfiguration seed = sandbox.Seed;
            ProcessResult run = await ProcessRunner.RunAsync("dotnet", consumer,
                new System.Collections.Generic.Dictionary<string, string> { ["SANDBOX_TOKEN"] = sandbox.Token },
                "run", "--no-build", "--", sandbox.BaseAddress.ToString(), seed.InstallSid, seed.CourseSid, seed.ExamSid, seed.ExamConfigurationSid);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(seed.ExamConfigurationSid + " " + seed.ExamConfigurationSid, run.Output.Trim());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertPackageLayout(string feed)
    {
        using (ZipArchive runtime = ZipFile.OpenRead(Path.Combine(feed, "SmarterProctoring.Declarative.0.1.0.nupkg")))
        {
            string[] entries = [.. runtime.Entries.Select(e => e.FullName)];
            Assert.Contains("lib/net8.0/SmarterProctoring.Declarative.dll", entries);
            Assert.Contains("lib/net10.0/SmarterProctoring.Declarative.dll", entries);
            Assert.Equal(
                [
                    "analyzers/dotnet/roslyn4.8/cs/SmarterProctoring.Declarative.CodeFixes.dll",
                    "analyzers/dotnet/roslyn4.8/cs/SmarterProctoring.Declarative.Generators.dll",
                ],
                entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }

        using ZipArchive client = ZipFile.OpenRead(Path.Combine(feed, "SmarterProctoring.Client.0.1.0.nupkg"));
        ZipArchiveEntry nuspec = client.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        XDocument document = XDocument.Load(stream);
        string[] dependencies = [.. document.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).Distinct()];
        Assert.Contains("SmarterProctoring.Declarative", dependencies);
        Assert.DoesNotContain("SmarterProctoring.Declarative.Generators", dependencies);
        Assert.DoesNotContain(client.Entries, e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal));
    }
}
