using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using SmarterProctoring.Sandbox;
using Xunit;

namespace SmarterProctoring.Cli.Tests;

public sealed class CliTests
{
    [Fact]
    public async Task Update_against_the_sandbox_prints_the_stored_configuration()
    {
        CliResult result = await CliRunner.RunAsync("exam-config", "update", "--sandbox", "--file", CliRunner.SampleRequest);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.StartsWith("Stored exam configuration EC", result.Output, StringComparison.Ordinal);
        Assert.Contains("duration           120 minutes", result.Output, StringComparison.Ordinal);
        Assert.Contains("calculator: Non-programmable only.", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Json_output_is_the_configuration_as_json()
    {
        CliResult result = await CliRunner.RunAsync("exam-config", "update", "--sandbox", "--json", "--file", CliRunner.SampleRequest);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using JsonDocument document = JsonDocument.Parse(result.Output);
        Assert.Equal(120, document.RootElement.GetProperty("duration").GetDouble());
        Assert.StartsWith("EC", document.RootElement.GetProperty("sid").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_and_update_against_a_running_sandbox_use_the_token_from_the_environment()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        var environment = new Dictionary<string, string> { [CliApp.TokenVariable] = sandbox.Token };
        string[] target =
        [
            "--base-url", sandbox.BaseAddress.ToString(), "--install", sandbox.Seed.InstallSid, "--course", sandbox.Seed.CourseSid,
            "--exam", sandbox.Seed.ExamSid, "--config", sandbox.Seed.ExamConfigurationSid,
        ];

        CliResult update = await CliRunner.RunAsync(environment, ["exam-config", "update", "--file", CliRunner.SampleRequest, .. target]);
        CliResult get = await CliRunner.RunAsync(environment, ["exam-config", "get", "--json", .. target]);

        Assert.True(update.ExitCode == ExitCodes.Success, update.ToString());
        Assert.True(get.ExitCode == ExitCodes.Success, get.ToString());
        using JsonDocument document = JsonDocument.Parse(get.Output);
        Assert.Equal("SmarterProctoring browser extension", document.RootElement.GetProperty("requiredSoftware").GetString());
        Assert.Equal(1, sandbox.WriteCount);
    }

    [Fact]
    public async Task A_wrong_token_is_an_api_error_with_exit_code_3_that_never_prints_the_token()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        const string wrongToken = "wrong-token-4d5e6f7a8b9c0d1e2f3a4b5c";
        var environment = new Dictionary<string, string> { [CliApp.TokenVariable] = wrongToken };

        CliResult result = await CliRunner.RunAsync(environment,
            "exam-config", "get", "--base-url", sandbox.BaseAddress.ToString(), "--install", sandbox.Seed.InstallSid,
            "--course", sandbox.Seed.CourseSid, "--exam", sandbox.Seed.ExamSid, "--config", sandbox.Seed.ExamConfigurationSid);

        Assert.Equal(ExitCodes.Api, result.ExitCode);
        Assert.StartsWith("error: GET /v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid} answered 403", result.Error, StringComparison.Ordinal);
        Assert.Contains("AUTHENTICATIONFAILED", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongToken, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_sid_is_a_one_line_usage_error_naming_the_option()
    {
        CliResult result = await CliRunner.RunAsync("exam-config", "get", "--sandbox", "--course", "CU123");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(
            "error: --course: courseSid must be a SID matching ^CU[a-f0-9]{32}$ ('CU' followed by 32 lowercase hexadecimal characters), but it has 5 characters instead of 34.\n",
            result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_request_file_is_a_usage_error_pointing_into_the_file()
    {
        string file = Path.Combine(Path.GetTempPath(), "spd-bad-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, "{\n  \"permittedNotes\": tru\n}");
        try
        {
            CliResult result = await CliRunner.RunAsync("exam-config", "update", "--sandbox", "--file", file);

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.StartsWith("error: " + file + " (line 2, position ", result.Error, StringComparison.Ordinal);
            Assert.Single(result.Error.TrimEnd().Split('\n'));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_request_file_missing_a_required_field_names_it()
    {
        string file = Path.Combine(Path.GetTempPath(), "spd-missing-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, "{\"instructorAsProctor\": []}");
        try
        {
            CliResult result = await CliRunner.RunAsync("exam-config", "update", "--sandbox", "--file", file);

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("permittedBathroomBreak", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_missing_request_file_is_a_usage_error()
    {
        CliResult result = await CliRunner.RunAsync("exam-config", "update", "--sandbox", "--file", "/nonexistent/request.json");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: --file: cannot read '/nonexistent/request.json'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_api_is_a_transport_error_with_exit_code_4()
    {
        var environment = new Dictionary<string, string> { [CliApp.TokenVariable] = "some-token-value" };

        CliResult result = await CliRunner.RunAsync(environment,
            "exam-config", "get", "--base-url", "http://127.0.0.1:1/", "--install", "AI0123456789abcdef0123456789abcdef",
            "--course", "CU0123456789abcdef0123456789abcdef", "--exam", "EX0123456789abcdef0123456789abcdef",
            "--config", "EC0123456789abcdef0123456789abcdef");

        Assert.Equal(ExitCodes.Transport, result.ExitCode);
        Assert.StartsWith("error: the API could not be reached: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("net_http", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_token_is_a_usage_error_that_says_where_to_put_one()
    {
        CliResult result = await CliRunner.RunAsync("exam-config", "get", "--install", "AI0123456789abcdef0123456789abcdef");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("error: no API token: set SMARTERPROCTORING_TOKEN or pass --token-file <path> (or use --sandbox).", result.Error.TrimEnd());
    }

    [Theory]
    [InlineData(new[] { "--help" }, "smarterproctoring: read and update")]
    [InlineData(new[] { "exam-config", "--help" }, "smarterproctoring exam-config: read and update")]
    [InlineData(new[] { "exam-config", "get", "--help" }, "smarterproctoring exam-config get: print")]
    [InlineData(new[] { "exam-config", "update", "-h" }, "smarterproctoring exam-config update: replace")]
    [InlineData(new[] { "sandbox", "--help" }, "smarterproctoring sandbox: serve")]
    public async Task Every_command_has_help(string[] args, string start)
    {
        CliResult result = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith(start, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "exam-config", "get", "--bogus" }, "error: unknown option '--bogus'. Run with --help to see the options.")]
    [InlineData(new[] { "exam-config", "delete" }, "error: unknown command 'exam-config delete'. Run with --help to see the commands.")]
    [InlineData(new[] { "exam-config", "update", "--sandbox" }, "error: exam-config update needs --file <request.json>.")]
    [InlineData(new[] { "exam-config", "get", "--install" }, "error: --install needs a value.")]
    [InlineData(new[] { "exam-config", "get", "--sandbox", "--base-url", "http://x" }, "error: --sandbox starts its own server: leave out --base-url and --token-file.")]
    [InlineData(new[] { "exam-config", "get", "--base-url", "ftp://x" }, "error: --base-url must be an absolute http or https URL, such as https://api.dev.smarterproctoring.com.")]
    [InlineData(new[] { "exam-config", "get", "--sandbox", "--timeout", "-1" }, "error: --timeout must be a number of seconds between 0 and 3600.")]
    public async Task Usage_mistakes_are_one_line_errors_with_exit_code_2(string[] args, string expected)
    {
        CliResult result = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(expected, result.Error.TrimEnd());
    }

    [Fact]
    public async Task The_sandbox_command_serves_until_cancelled_and_prints_how_to_reach_it()
    {
        var output = new System.IO.StringWriter();
        var app = new CliApp(output, new System.IO.MemoryStream(), new System.IO.StringWriter(), _ => null);
        using var cancellation = new System.Threading.CancellationTokenSource();
        Task<int> running = app.RunAsync(["sandbox"], cancellation.Token);
        string? baseUrl = null;
        for (int i = 0; i < 200 && baseUrl is null; i++)
        {
            await Task.Delay(50);
            baseUrl = Array.Find(output.ToString().Split('\n'), l => l.StartsWith("base-url ", StringComparison.Ordinal))?["base-url ".Length..].Trim();
        }

        Assert.NotNull(baseUrl);
        using var http = new System.Net.Http.HttpClient();
        using System.Net.Http.HttpResponseMessage answer = await http.GetAsync(new Uri(new Uri(baseUrl), "v1/unknown"));
        await cancellation.CancelAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(ExitCodes.Success, await running);
    }

    [Fact]
    public async Task No_arguments_prints_the_help_to_stderr_with_exit_code_2()
    {
        CliResult result = await CliRunner.RunAsync();

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("smarterproctoring: read and update", result.Error, StringComparison.Ordinal);
    }
}
