using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Sandbox.Tests;

public sealed class RoutingTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Hex32 = "0123456789abcdef0123456789abcdef";

    private SmarterProctoringSandbox Sandbox => fixture.Sandbox;

    private SandboxClient Client => fixture.Client;

    public static TheoryData<string, string, string> MalformedSids => new()
    {
        { "installSid", "AI" + Hex32[..31], "^AI[a-f0-9]{32}$" },
        { "installSid", "AI" + Hex32 + "0", "^AI[a-f0-9]{32}$" },
        { "installSid", "AI" + Hex32.ToUpperInvariant(), "^AI[a-f0-9]{32}$" },
        { "installSid", "IN" + Hex32, "^AI[a-f0-9]{32}$" },
        { "courseSid", "CU" + Hex32[..31] + "g", "^CU[a-f0-9]{32}$" },
        { "examSid", "EC" + Hex32, "^EX[a-f0-9]{32}$" },
        { "examConfigurationSid", "ec" + Hex32, "^EC[a-f0-9]{32}$" },
    };

    [Theory]
    [MemberData(nameof(MalformedSids))]
    public async Task Get_with_malformed_sid_is_400_INVALIDINPUT_naming_the_parameter_and_pattern(
        string parameter, string malformed, string pattern)
    {
        HttpResponseMessage response = await Client.GetAsync(PathWith(parameter, malformed), Sandbox.Token);

        string message = await SandboxClient.AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALIDINPUT");
        Assert.Contains(parameter, message);
        Assert.Contains(pattern, message);
    }

    [Fact]
    public async Task Put_with_malformed_sid_is_400_INVALIDINPUT_naming_the_parameter()
    {
        HttpResponseMessage response = await Client.PutAsync(
            PathWith("examConfigurationSid", "EC123"), SandboxClient.MinimalBody().ToJsonString(), Sandbox.Token);

        await SandboxClient.AssertInvalidInputNamingAsync(response, "examConfigurationSid");
    }

    [Theory]
    [InlineData("installSid")]
    [InlineData("courseSid")]
    [InlineData("examSid")]
    [InlineData("examConfigurationSid")]
    public async Task Get_with_a_wellformed_sid_that_is_not_seeded_is_404_RESOURCENOTFOUND(string parameter)
    {
        string otherSid = parameter switch
        {
            "installSid" => SandboxClient.NewSid("AI"),
            "courseSid" => SandboxClient.NewSid("CU"),
            "examSid" => SandboxClient.NewSid("EX"),
            _ => SandboxClient.NewSid("EC"),
        };

        HttpResponseMessage response = await Client.GetAsync(PathWith(parameter, otherSid), Sandbox.Token);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "RESOURCENOTFOUND");
    }

    [Fact]
    public async Task Sids_of_two_seeded_configurations_cannot_be_mixed()
    {
        SeededExamConfiguration other = Sandbox.AddExamConfiguration();

        HttpResponseMessage response = await Client.GetAsync(
            SandboxClient.Path(other.InstallSid, Sandbox.Seed.CourseSid, Sandbox.Seed.ExamSid, Sandbox.Seed.ExamConfigurationSid),
            Sandbox.Token);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "RESOURCENOTFOUND");
    }

    [Fact]
    public async Task Sid_patterns_are_checked_before_existence()
    {
        HttpResponseMessage response = await Client.GetAsync(
            SandboxClient.Path(SandboxClient.NewSid("AI"), "CU1", SandboxClient.NewSid("EX"), SandboxClient.NewSid("EC")),
            Sandbox.Token);

        await SandboxClient.AssertInvalidInputNamingAsync(response, "courseSid");
    }

    [Theory]
    [InlineData("v1/installs")]
    [InlineData("v1/exams/EX0123456789abcdef0123456789abcdef")]
    [InlineData("v2/installs/AI0123456789abcdef0123456789abcdef/settings")]
    [InlineData("index.html")]
    public async Task Any_other_path_is_404_RESOURCENOTFOUND(string path)
    {
        HttpResponseMessage response = await Client.GetAsync(path, Sandbox.Token);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "RESOURCENOTFOUND");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_on_the_configuration_route_are_405_with_a_json_error(string method)
    {
        HttpResponseMessage response = await Client.SendAsync(
            new HttpMethod(method), SandboxClient.Path(Sandbox.Seed), Sandbox.Token, content: null);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.MethodNotAllowed, "METHODNOTALLOWED");
        Assert.Equal(["GET", "PUT"], response.Content.Headers.Allow);
    }

    private string PathWith(string parameter, string sid)
    {
        SeededExamConfiguration seed = Sandbox.Seed;
        return SandboxClient.Path(
            parameter == "installSid" ? sid : seed.InstallSid,
            parameter == "courseSid" ? sid : seed.CourseSid,
            parameter == "examSid" ? sid : seed.ExamSid,
            parameter == "examConfigurationSid" ? sid : seed.ExamConfigurationSid);
    }
}
