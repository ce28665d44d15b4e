using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Sandbox.Tests;

/// <summary>What a valid <c>PUT</c> stores and returns, and what a <c>GET</c> reads. Each test has its own sandbox.</summary>
public sealed class ExamConfigurationTests
{
    private const string Hex32 = "0123456789abcdef0123456789abcdef";

    /// <summary>Every response property the Update Configuration reference page lists, in its order.</summary>
    private static readonly string[] DocumentedResponseProperties =
    [
        "sid", "examSid", "enrollmentSid", "referenceExamConfigurationSid", "type",
        "examOpenDate", "examCloseDate", "scheduleOpenDate", "scheduleCloseDate", "password", "url",
        "duration", "attempts", "attemptsRemaining", "locked", "approved", "approvedBy", "requiredSoftware", "studentNotes",
        "permittedBathroomBreak", "permittedBathroomBreakInformation", "permittedBlankPaper", "permittedBlankPaperInformation",
        "permittedCalculator", "permittedCalculatorInformation", "permittedDictionary", "permittedDictionaryInformation",
        "permittedEarplugs", "permittedEarplugsInformation", "permittedFormulaSheet", "permittedFormulaSheetInformation",
        "permittedNotes", "permittedNotesInformation", "permittedOtherItems", "permittedTextbook", "permittedTextbookInformation",
        "permittedWebsites", "permittedWebsitesInformation", "apiExamId", "examSyncStatus", "virtualCalculatorType",
        "synchronization", "proctorNotes", "proctorTypes", "attachments", "examFiles", "instructorAsProctor", "exam", "course",
        "enrollment", "createdDate", "editDate", "instructor", "modalityOptions", "updatedAutomatedSessions",
    ];

    private const string EnrollmentSid = "EN" + Hex32;
    private const string RefConfigSid = "EC" + "fedcba9876543210fedcba9876543210";
    private const string ProctorType = "TS" + Hex32;

    /// <summary>A body that sets every documented request property, the nullable required ones null.</summary>
    private static JsonObject FullBody()
    {
        JsonObject body = SandboxClient.MinimalBody();
        body["instructorAsProctor"] = new JsonArray(new JsonObject
        {
            ["location"] = "Library, room 2",
            ["timeType"] = "between",
            ["startTime"] = "2030-03-01T09:00:00.000Z",
            ["endTime"] = "2030-03-01T17:00:00.000Z",
            ["sid"] = "US" + Hex32,
            ["capacity"] = 12,
        });
        body["permittedCalculator"] = true;
        body["permittedCalculatorInformation"] = "Scientific, non-graphing";
        body["permittedNotes"] = true;
        body["examOpenDate"] = "2030-03-01T09:00:00.000Z";
        body["examCloseDate"] = "2030-03-08T17:00:00.000Z";
        body["scheduleOpenDate"] = "2030-02-15T00:00:00.000Z";
        body["scheduleCloseDate"] = "2030-03-07T00:00:00.000Z";
        body["enrollmentSid"] = EnrollmentSid;
        body["url"] = "https://lms.example.edu/quiz/42";
        body["password"] = "open-sesame";
        body["duration"] = 90;
        body["attempts"] = 2;
        body["requiredSoftware"] = "Respondus LockDown Browser";
        body["studentNotes"] = "Bring photo ID.";
        body["proctorNotes"] = "Check the desk.";
        body["proctorTypes"] = new JsonArray(ProctorType);
        body["refConfigSid"] = RefConfigSid;
        body["attachments"] = new JsonArray(new JsonObject
        {
            ["attachmentUrl"] = "https://files.example.edu/formulas.pdf",
            ["attachmentAwsTitle"] = "formulas.pdf",
        });
        body["modalityOptions"] = new JsonObject { ["recordScreen"] = true, ["roomScan"] = false };
        return body;
    }

    [Fact]
    public async Task Seed_is_readable_at_once_with_a_plausible_configuration()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);

        JsonObject configuration = await SandboxClient.AssertOkAsync(await client.GetAsync(sandbox.Seed));

        Assert.Equal(sandbox.Seed.ExamConfigurationSid, configuration["sid"]!.GetValue<string>());
        Assert.Equal(sandbox.Seed.ExamSid, configuration["examSid"]!.GetValue<string>());
        Assert.Equal(sandbox.Seed.CourseSid, configuration["course"]!["sid"]!.GetValue<string>());
        Assert.All(DocumentedResponseProperties, property => Assert.True(configuration.ContainsKey(property), property));
        Assert.All(SandboxClient.PermittedItems, item =>
        {
            Assert.Contains(configuration["permitted" + item]!.GetValueKind(), new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.True(configuration.ContainsKey("permitted" + item + "Information"));
        });
        Assert.Equal(JsonValueKind.Array, configuration["instructorAsProctor"]!.GetValueKind());
        Assert.True(configuration["duration"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Put_returns_200_with_every_documented_response_property()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);

        JsonObject configuration = await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, FullBody()));

        Assert.Equal(DocumentedResponseProperties.Order(StringComparer.Ordinal), configuration.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Put_returns_the_stored_values_in_the_documented_shape()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        JsonObject body = FullBody();

        JsonObject configuration = await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, body));

        Assert.Equal(sandbox.Seed.ExamConfigurationSid, configuration["sid"]!.GetValue<string>());
        Assert.Equal(sandbox.Seed.ExamSid, configuration["examSid"]!.GetValue<string>());
        Assert.Equal(EnrollmentSid, configuration["enrollmentSid"]!.GetValue<string>());
        Assert.Equal(RefConfigSid, configuration["referenceExamConfigurationSid"]!.GetValue<string>());
        Assert.Equal("2030-03-01T09:00:00.000Z", configuration["examOpenDate"]!.GetValue<string>());
        Assert.Equal("2030-03-07T00:00:00.000Z", configuration["scheduleCloseDate"]!.GetValue<string>());
        Assert.Equal("open-sesame", configuration["password"]!.GetValue<string>());
        Assert.Equal(90, configuration["duration"]!.GetValue<int>());
        Assert.Equal(2, configuration["attempts"]!.GetValue<int>());
        Assert.Equal(2, configuration["attemptsRemaining"]!.GetValue<int>());
        Assert.True(configuration["permittedCalculator"]!.GetValue<bool>());
        Assert.Equal("Scientific, non-graphing", configuration["permittedCalculatorInformation"]!.GetValue<string>());
        Assert.False(configuration["permittedBathroomBreak"]!.GetValue<bool>());
        Assert.Equal([ProctorType], configuration["proctorTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(body["attachments"], configuration["attachments"]));
        Assert.True(JsonNode.DeepEquals(body["instructorAsProctor"], configuration["instructorAsProctor"]));
        Assert.True(JsonNode.DeepEquals(body["modalityOptions"], configuration["modalityOptions"]));
        Assert.Equal(sandbox.Seed.ExamSid, configuration["exam"]!["sid"]!.GetValue<string>());
        Assert.Equal(sandbox.Seed.CourseSid, configuration["course"]!["sid"]!.GetValue<string>());
        Assert.Equal(EnrollmentSid, configuration["enrollment"]!["sid"]!.GetValue<string>());
        Assert.Empty(configuration["updatedAutomatedSessions"]!.AsArray());
        Assert.Null(configuration["examFiles"]);
        Assert.Null(configuration["instructor"]);
        Assert.EndsWith("Z", configuration["createdDate"]!.GetValue<string>());
        Assert.EndsWith("Z", configuration["editDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_keeps_required_but_null_properties_present_and_null()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);

        JsonObject configuration = await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, FullBody()));

        string[] nullProperties =
        [
            "permittedBathroomBreakInformation", "permittedBlankPaperInformation", "permittedNotesInformation",
            "permittedWebsitesInformation", "permittedOtherItems",
        ];
        Assert.All(nullProperties, property =>
        {
            Assert.True(configuration.ContainsKey(property), property);
            Assert.Null(configuration[property]);
        });
    }

    [Fact]
    public async Task Get_after_put_returns_what_was_stored()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        JsonObject put = await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, FullBody()));

        JsonObject get = await SandboxClient.AssertOkAsync(await client.GetAsync(sandbox.Seed));

        Assert.True(JsonNode.DeepEquals(put, get), $"PUT returned {put.ToJsonString()}\nGET returned {get.ToJsonString()}");
        Assert.Equal("Scientific, non-graphing", get["permittedCalculatorInformation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_without_optional_properties_keeps_their_stored_values()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, FullBody()));
        JsonObject minimal = SandboxClient.MinimalBody();
        minimal["permittedCalculator"] = false;

        JsonObject configuration = await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, minimal));

        Assert.False(configuration["permittedCalculator"]!.GetValue<bool>());
        Assert.Null(configuration["permittedCalculatorInformation"]);
        Assert.Equal(90, configuration["duration"]!.GetValue<int>());
        Assert.Equal("2030-03-01T09:00:00.000Z", configuration["examOpenDate"]!.GetValue<string>());
        Assert.Equal(EnrollmentSid, configuration["enrollmentSid"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_with_null_url_clears_the_stored_url()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, FullBody()));
        JsonObject body = SandboxClient.MinimalBody();
        body["url"] = null;

        JsonObject configuration = await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, body));

        Assert.True(configuration.ContainsKey("url"));
        Assert.Null(configuration["url"]);
    }

    [Fact]
    public async Task Put_sets_editDate_from_the_clock_and_keeps_createdDate()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, 678, TimeSpan.Zero));
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync(
            new SmarterProctoringSandboxOptions { TimeProvider = clock });
        using var client = new SandboxClient(sandbox);
        clock.Now = clock.Now.AddHours(1);

        JsonObject configuration = await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, FullBody()));

        Assert.Equal("2030-01-02T03:04:05.678Z", configuration["createdDate"]!.GetValue<string>());
        Assert.Equal("2030-01-02T04:04:05.678Z", configuration["editDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task WriteCount_counts_each_stored_put_once_and_no_rejected_one()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        Assert.Equal(0, sandbox.WriteCount);

        await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, SandboxClient.MinimalBody()));
        await SandboxClient.AssertOkAsync(await client.PutAsync(sandbox.Seed, FullBody()));
        await client.PutAsync(sandbox.Seed, new JsonObject());
        await client.PutAsync(SandboxClient.Path(sandbox.Seed), SandboxClient.MinimalBody().ToJsonString(), token: null);
        await client.GetAsync(sandbox.Seed);

        Assert.Equal(2, sandbox.WriteCount);
    }

    [Fact]
    public async Task Concurrent_puts_are_each_stored_and_counted_once()
    {
        const int PutsPerConfiguration = 25;
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        SeededExamConfiguration[] configurations = [sandbox.Seed, sandbox.AddExamConfiguration(), sandbox.AddExamConfiguration()];

        HttpResponseMessage[] responses = await Task.WhenAll(configurations
            .SelectMany(sids => Enumerable.Range(1, PutsPerConfiguration).Select(duration =>
            {
                JsonObject body = SandboxClient.MinimalBody();
                body["duration"] = duration;
                return client.PutAsync(sids, body);
            })));

        Assert.All(responses, response => Assert.Equal(200, (int)response.StatusCode));
        Assert.Equal(configurations.Length * PutsPerConfiguration, sandbox.WriteCount);
        foreach (SeededExamConfiguration sids in configurations)
        {
            JsonObject stored = await SandboxClient.AssertOkAsync(await client.GetAsync(sids));
            Assert.InRange(stored["duration"]!.GetValue<int>(), 1, PutsPerConfiguration);
        }
    }

    [Fact]
    public async Task AddExamConfiguration_makes_another_independent_configuration()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        SeededExamConfiguration added = sandbox.AddExamConfiguration();
        JsonObject body = SandboxClient.MinimalBody();
        body["duration"] = 15;

        JsonObject updated = await SandboxClient.AssertOkAsync(await client.PutAsync(added, body));
        JsonObject seed = await SandboxClient.AssertOkAsync(await client.GetAsync(sandbox.Seed));

        Assert.NotEqual(sandbox.Seed, added);
        Assert.Equal(added.ExamConfigurationSid, updated["sid"]!.GetValue<string>());
        Assert.Equal(15, updated["duration"]!.GetValue<int>());
        Assert.NotEqual(15, seed["duration"]!.GetValue<int>());
    }

    [Fact]
    public async Task AddExamConfiguration_with_chosen_sids_makes_them_addressable()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        var sids = new SeededExamConfiguration("AI" + Hex32, "CU" + Hex32, "EX" + Hex32, "EC" + Hex32);

        Assert.Equal(sids, sandbox.AddExamConfiguration(sids));

        JsonObject configuration = await SandboxClient.AssertOkAsync(await client.GetAsync(sids));
        Assert.Equal("EC" + Hex32, configuration["sid"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddExamConfiguration_rejects_malformed_and_existing_sids()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();

        ArgumentException malformed = Assert.Throws<ArgumentException>(() => sandbox.AddExamConfiguration(
            new SeededExamConfiguration("AI" + Hex32, "CU" + Hex32, "EX" + Hex32.ToUpperInvariant(), "EC" + Hex32)));
        Assert.Contains("ExamSid", malformed.Message);
        Assert.Throws<InvalidOperationException>(() => sandbox.AddExamConfiguration(sandbox.Seed));
    }

    private sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
