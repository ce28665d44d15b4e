using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;
using SmarterProctoring.Declarative.Http;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>The credential header never reaches a message, even when a server echoes it back.</summary>
public sealed class SecretTests
{
    [Fact]
    public async Task A_server_that_echoes_the_token_has_it_masked_in_the_exception()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.Forbidden, "application/json",
            "{\"code\":\"AUTHENTICATIONFAILED\",\"message\":\"bad token " + TestData.Token + "\"}");
        var auth = new HeaderAuthenticationHandler("token", _ => ValueTask.FromResult(TestData.Token)) { InnerHandler = mock };
        ITestApi api = ITestApi.Create(new HttpClient(auth) { BaseAddress = TestData.BaseAddress });

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.FindAsync());

        Assert.DoesNotContain(TestData.Token, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.Token, exception.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.Token, exception.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("bad token ***", exception.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handler_sends_the_header_from_its_provider_on_every_request()
    {
        int calls = 0;
        var mock = new MockHttpMessageHandler();
        mock.Expect("*").WithHeaders("token", "t-1").Respond("application/json", "null");
        mock.Expect("*").WithHeaders("token", "t-2").Respond("application/json", "null");
        var auth = new HeaderAuthenticationHandler("token", _ => ValueTask.FromResult("t-" + ++calls)) { InnerHandler = mock };
        ITestApi api = ITestApi.Create(new HttpClient(auth) { BaseAddress = TestData.BaseAddress });

        await api.FindAsync();
        await api.FindAsync();

        mock.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public void The_handler_never_shows_its_value()
    {
        var auth = new HeaderAuthenticationHandler("token", _ => ValueTask.FromResult(TestData.Token));

        Assert.Equal("HeaderAuthenticationHandler (token: ***)", auth.ToString());
    }

    [Fact]
    public async Task An_empty_credential_fails_with_a_message_that_says_what_to_configure()
    {
        var auth = new HeaderAuthenticationHandler("token", _ => ValueTask.FromResult(" ")) { InnerHandler = new MockHttpMessageHandler() };
        ITestApi api = ITestApi.Create(new HttpClient(auth) { BaseAddress = TestData.BaseAddress });

        InvalidOperationException exception = await Assert.ThrowsAsync<InvalidOperationException>(() => api.FindAsync());

        Assert.Equal("The credential for the 'token' header is empty. Configure it before sending requests.", exception.Message);
    }
}
