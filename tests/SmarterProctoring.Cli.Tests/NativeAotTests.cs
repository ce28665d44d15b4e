using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SmarterProctoring.Sandbox;
using Xunit;

namespace SmarterProctoring.Cli.Tests;

/// <summary>
/// Publishes the CLI with Native AOT (full trimming, invariant globalization, every trim/AOT warning an error) and
/// runs the binary against the sandbox: the proof that the generated client is AOT-clean.
/// </summary>
[Collection(PublishingTestGroup.Name)]
public sealed class NativeAotTests
{
    // PublishAot, TrimMode=full, InvariantGlobalization and IL warnings as errors are set in the CLI's project file
    // (as global properties they would also reach the netstandard2.0 generator, which cannot be AOT-compiled).
    [NativeAotFact]
    public async Task The_cli_publishes_with_native_aot_without_warnings_and_its_binary_puts_and_gets()
    {
        string output = Path.Combine(Path.GetTempPath(), "spd-aot-" + Guid.NewGuid().ToString("N"));
        try
        {
            ProcessResult publish = await ProcessRunner.RunAsync("dotnet", CliRunner.RepositoryRoot, null,
                "publish", Path.Combine("samples", "SmarterProctoring.Cli", "SmarterProctoring.Cli.csproj"),
                "-c", "Release", "-r", "linux-x64", "-o", output, "-p:TreatWarningsAsErrors=true");

            Assert.True(publish.ExitCode == 0, publish.ToString());
            Assert.DoesNotContain(publish.Output.Split('\n'), line => line.Contains("warning IL", StringComparison.Ordinal));
            string binary = Path.Combine(output, "smarterproctoring");
            Assert.True(File.Exists(binary), "no binary at " + binary);

            await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
            var environment = new Dictionary<string, string> { [CliApp.TokenVariable] = sandbox.Token };
            string[] target =
            [
                "--base-url", sandbox.BaseAddress.ToString(), "--install", sandbox.Seed.InstallSid, "--course", sandbox.Seed.CourseSid,
                "--exam", sandbox.Seed.ExamSid, "--config", sandbox.Seed.ExamConfigurationSid, "--json",
            ];

            ProcessResult put = await ProcessRunner.RunAsync(binary, CliRunner.RepositoryRoot, environment, ["exam-config", "update", "--file", CliRunner.SampleRequest, .. target]);
            ProcessResult get = await ProcessRunner.RunAsync(binary, CliRunner.RepositoryRoot, environment, ["exam-config", "get", .. target]);

            Assert.True(put.ExitCode == 0, put.ToString());
            Assert.True(get.ExitCode == 0, get.ToString());
            Assert.Equal(1, sandbox.WriteCount);
            ProcessResult unreachable = await ProcessRunner.RunAsync(binary, CliRunner.RepositoryRoot, environment,
                "exam-config", "get", "--base-url", "http://127.0.0.1:1/", "--install", sandbox.Seed.InstallSid, "--course", sandbox.Seed.CourseSid,
                "--exam", sandbox.Seed.ExamSid, "--config", sandbox.Seed.ExamConfigurationSid);
            Assert.True(unreachable.ExitCode == ExitCodes.Transport, unreachable.ToString());
            Assert.StartsWith("error: the API could not be reached: ", unreachable.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("net_http", unreachable.Error, StringComparison.Ordinal);

            using JsonDocument stored = JsonDocument.Parse(get.Output);
            Assert.Equal(sandbox.Seed.ExamConfigurationSid, stored.RootElement.GetProperty("sid").GetString());
            Assert.Equal(120, stored.RootElement.GetProperty("duration").GetDouble());
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}

/// <summary>A fact that is skipped, with the reason, where the Native AOT toolchain (a C linker and zlib) is missing.</summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        string[] path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        bool hasLinker = new[] { "clang", "gcc" }.Any(tool => path.Any(directory => File.Exists(Path.Combine(directory, tool))));
        bool hasZlib = new[] { "/usr/include/zlib.h" }.Any(File.Exists);
        if (!OperatingSystem.IsLinux())
        {
            Skip = "The Native AOT test publishes for linux-x64 and runs only on Linux.";
        }
        else if (!hasLinker || !hasZlib)
        {
            Skip = "Native AOT needs clang (or gcc) and zlib1g-dev; install them (apt-get install clang zlib1g-dev), as .ci/run does.";
        }
    }
}
