using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Sandbox.Tests;

public sealed class PutValidationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Hex32 = "0123456789abcdef0123456789abcdef";

    private SmarterProctoringSandbox Sandbox => fixture.Sandbox;

    private SandboxClient Client => fixture.Client;

    public static TheoryData<string> RequiredProperties()
    {
        var data = new TheoryData<string> { "instructorAsProctor", "permittedOtherItems" };
        foreach (string item in SandboxClient.PermittedItems)
        {
            data.Add("permitted" + item);
            data.Add("permitted" + item + "Information");
        }

        return data;
    }

    [Fact]
    public async Task Put_with_the_minimal_body_is_accepted()
    {
        HttpResponseMessage response = await Client.PutAsync(Sandbox.Seed, SandboxClient.MinimalBody());

        await SandboxClient.AssertOkAsync(response);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Put_with_a_content_type_other_than_json_is_400_INVALIDINPUT_naming_Content_Type(string contentType)
    {
        HttpResponseMessage response = await Client.PutAsync(
            SandboxClient.Path(Sandbox.Seed), SandboxClient.MinimalBody().ToJsonString(), Sandbox.Token, contentType);

        await SandboxClient.AssertInvalidInputNamingAsync(response, "Content-Type");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"permittedNotes\": tru}")]
    public async Task Put_with_a_body_that_is_not_json_is_400_INVALIDINPUT(string body)
    {
        HttpResponseMessage response = await Client.PutAsync(SandboxClient.Path(Sandbox.Seed), body, Sandbox.Token);

        string message = await SandboxClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALIDINPUT");
        Assert.Contains("JSON", message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"configuration\"")]
    [InlineData("null")]
    [InlineData("42")]
    public async Task Put_with_a_body_that_is_not_an_object_is_400_INVALIDINPUT(string body)
    {
        HttpResponseMessage response = await Client.PutAsync(SandboxClient.Path(Sandbox.Seed), body, Sandbox.Token);

        string message = await SandboxClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALIDINPUT");
        Assert.Contains("object", message);
    }

    [Theory]
    [MemberData(nameof(RequiredProperties))]
    public async Task Put_without_a_required_property_is_400_INVALIDINPUT_naming_it(string property)
    {
        JsonObject body = SandboxClient.MinimalBody();
        body.Remove(property);

        HttpResponseMessage response = await Client.PutAsync(Sandbox.Seed, body);

        await SandboxClient.AssertInvalidInputNamingAsync(response, property);
    }

    [Theory]
    [InlineData("instructorAsProctor", "null")]
    [InlineData("instructorAsProctor", "{}")]
    [InlineData("instructorAsProctor", "[\"proctor\"]")]
    [InlineData("permittedCalculator", "null")]
    [InlineData("permittedCalculator", "\"true\"")]
    [InlineData("permittedWebsites", "1")]
    [InlineData("permittedCalculatorInformation", "false")]
    [InlineData("permittedOtherItems", "[]")]
    [InlineData("url", "1")]
    [InlineData("password", "null")]
    [InlineData("password", "1234")]
    [InlineData("requiredSoftware", "true")]
    [InlineData("studentNotes", "{}")]
    [InlineData("proctorNotes", "[]")]
    [InlineData("proctorTypes", "\"TS0123456789abcdef0123456789abcdef\"")]
    [InlineData("attachments", "{}")]
    [InlineData("attachments", "[\"https://example.com/a.pdf\"]")]
    [InlineData("modalityOptions", "[]")]
    [InlineData("modalityOptions", "\"recordScreen\"")]
    public async Task Put_with_a_property_of_the_wrong_json_type_is_400_INVALIDINPUT_naming_it(string property, string json)
    {
        JsonObject body = SandboxClient.MinimalBody();
        body[property] = JsonNode.Parse(json);

        HttpResponseMessage response = await Client.PutAsync(Sandbox.Seed, body);

        await SandboxClient.AssertInvalidInputNamingAsync(response, property);
    }

    [Theory]
    [InlineData("examOpenDate", "\"2030-01-01T00:00:00.000+01:00\"")]
    [InlineData("examCloseDate", "\"2030-01-01\"")]
    [InlineData("scheduleOpenDate", "\"2030-01-01T00:00:00.000z\"")]
    [InlineData("scheduleCloseDate", "0")]
    [InlineData("examOpenDate", "null")]
    public async Task Put_with_a_date_that_is_not_a_string_ending_in_Z_is_400_INVALIDINPUT_naming_it(string property, string json)
    {
        JsonObject body = SandboxClient.MinimalBody();
        body[property] = JsonNode.Parse(json);

        HttpResponseMessage response = await Client.PutAsync(Sandbox.Seed, body);

        await SandboxClient.AssertInvalidInputNamingAsync(response, property);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task Put_with_attachments_outside_1_to_5_elements_is_400_INVALIDINPUT_naming_it(int count)
    {
        JsonObject body = SandboxClient.MinimalBody();
        body["attachments"] = Attachments(count);

        HttpResponseMessage response = await Client.PutAsync(Sandbox.Seed, body);

        await SandboxClient.AssertInvalidInputNamingAsync(response, "attachments");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task Put_with_1_to_5_attachments_is_accepted_and_returns_them(int count)
    {
        JsonObject body = SandboxClient.MinimalBody();
        body["attachments"] = Attachments(count);

        JsonObject configuration = await SandboxClient.AssertOkAsync(await Client.PutAsync(Sandbox.Seed, body));

        Assert.True(JsonNode.DeepEquals(Attachments(count), configuration["attachments"]));
    }

    [Theory]
    [InlineData("enrollmentSid", "\"EN123\"")]
    [InlineData("enrollmentSid", "\"EC" + Hex32 + "\"")]
    [InlineData("enrollmentSid", "\"EN0123456789ABCDEF0123456789ABCDEF\"")]
    [InlineData("enrollmentSid", "12")]
    [InlineData("refConfigSid", "\"EN" + Hex32 + "\"")]
    [InlineData("refConfigSid", "\"EC" + Hex32 + "00\"")]
    [InlineData("refConfigSid", "null")]
    public async Task Put_with_a_malformed_sid_property_is_400_INVALIDINPUT_naming_it_and_its_pattern(string property, string json)
    {
        JsonObject body = SandboxClient.MinimalBody();
        body[property] = JsonNode.Parse(json);

        HttpResponseMessage response = await Client.PutAsync(Sandbox.Seed, body);

        await SandboxClient.AssertInvalidInputNamingAsync(response, property);
        string message = await response.Content.ReadAsStringAsync();
        Assert.Contains(property == "enrollmentSid" ? "^EN[a-f0-9]{32}$" : "^EC[a-f0-9]{32}$", message);
    }

    [Theory]
    [InlineData("[\"TS123\"]")]
    [InlineData("[\"TS" + Hex32 + "\", \"EN" + Hex32 + "\"]")]
    [InlineData("[7]")]
    public async Task Put_with_a_malformed_proctorTypes_item_is_400_INVALIDINPUT_naming_proctorTypes(string json)
    {
        JsonObject body = SandboxClient.MinimalBody();
        body["proctorTypes"] = JsonNode.Parse(json);

        HttpResponseMessage response = await Client.PutAsync(Sandbox.Seed, body);

        await SandboxClient.AssertInvalidInputNamingAsync(response, "proctorTypes");
        Assert.Contains("^TS[a-f0-9]{32}$", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("duration", "1.5")]
    [InlineData("duration", "\"60\"")]
    [InlineData("duration", "null")]
    [InlineData("attempts", "2.5")]
    [InlineData("attempts", "true")]
    [InlineData("attempts", "\"1\"")]
    public async Task Put_with_duration_or_attempts_not_an_integer_is_400_INVALIDINPUT_naming_it(string property, string json)
    {
        JsonObject body = SandboxClient.MinimalBody();
        body[property] = JsonNode.Parse(json);

        HttpResponseMessage response = await Client.PutAsync(Sandbox.Seed, body);

        await SandboxClient.AssertInvalidInputNamingAsync(response, property);
    }

    [Fact]
    public async Task Put_ignores_unknown_properties()
    {
        JsonObject body = SandboxClient.MinimalBody();
        body["notInTheContract"] = new JsonObject { ["x"] = 1 };

        JsonObject configuration = await SandboxClient.AssertOkAsync(await Client.PutAsync(Sandbox.Seed, body));

        Assert.False(configuration.ContainsKey("notInTheContract"));
    }

    [Fact]
    public async Task Rejected_put_stores_nothing()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        JsonObject before = await SandboxClient.AssertOkAsync(await client.GetAsync(sandbox.Seed));
        JsonObject body = SandboxClient.MinimalBody();
        body["permittedCalculator"] = !before["permittedCalculator"]!.GetValue<bool>();
        body["duration"] = 1.5;

        await SandboxClient.AssertInvalidInputNamingAsync(await client.PutAsync(sandbox.Seed, body), "duration");

        JsonObject after = await SandboxClient.AssertOkAsync(await client.GetAsync(sandbox.Seed));
        Assert.True(JsonNode.DeepEquals(before, after));
        Assert.Equal(0, sandbox.WriteCount);
    }

    private static JsonArray Attachments(int count) => new(Enumerable.Range(1, count)
        .Select(i => (JsonNode?)new JsonObject
        {
            ["attachmentUrl"] = $"https://files.example.com/exam/{i}.pdf",
            ["attachmentAwsTitle"] = $"exam/{i}.pdf",
        })
        .ToArray());
}
