using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Sandbox.Tests;

public sealed class AuthenticationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string WrongToken = "wrong-token-7f3a9c2e51d84b06";

    private SmarterProctoringSandbox Sandbox => fixture.Sandbox;

    private SandboxClient Client => fixture.Client;

    [Fact]
    public async Task Get_without_token_is_403_AUTHENTICATIONFAILED()
    {
        HttpResponseMessage response = await Client.GetAsync(SandboxClient.Path(Sandbox.Seed), token: null);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
    }

    [Fact]
    public async Task Put_without_token_is_403_AUTHENTICATIONFAILED()
    {
        HttpResponseMessage response = await Client.PutAsync(
            SandboxClient.Path(Sandbox.Seed), SandboxClient.MinimalBody().ToJsonString(), token: null);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
    }

    [Fact]
    public async Task Put_with_wrong_token_is_403_AUTHENTICATIONFAILED_and_does_not_echo_the_token()
    {
        HttpResponseMessage response = await Client.PutAsync(
            SandboxClient.Path(Sandbox.Seed), SandboxClient.MinimalBody().ToJsonString(), WrongToken);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
        Assert.DoesNotContain(WrongToken, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers, header => string.Join(",", header.Value).Contains(WrongToken));
    }

    [Fact]
    public async Task Get_with_wrong_token_is_403_AUTHENTICATIONFAILED_and_does_not_echo_the_token()
    {
        HttpResponseMessage response = await Client.GetAsync(SandboxClient.Path(Sandbox.Seed), WrongToken);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
        Assert.DoesNotContain(WrongToken, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_with_different_case_is_403_AUTHENTICATIONFAILED()
    {
        HttpResponseMessage response = await Client.GetAsync(SandboxClient.Path(Sandbox.Seed), Sandbox.Token.ToUpperInvariant());

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
    }

    [Fact]
    public async Task Token_is_checked_before_the_sids()
    {
        HttpResponseMessage response = await Client.GetAsync(SandboxClient.Path("AI1", "CU1", "EX1", "EC1"), token: null);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
    }

    [Fact]
    public async Task Token_is_checked_before_the_body()
    {
        HttpResponseMessage response = await Client.PutAsync(SandboxClient.Path(Sandbox.Seed), "not json", WrongToken, "text/plain");

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
    }

    [Fact]
    public async Task Authorization_header_is_not_a_substitute_for_the_token_header()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, SandboxClient.Path(Sandbox.Seed));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Sandbox.Token);
        using var http = new HttpClient { BaseAddress = Sandbox.BaseAddress };

        HttpResponseMessage response = await http.SendAsync(request);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
    }
}
