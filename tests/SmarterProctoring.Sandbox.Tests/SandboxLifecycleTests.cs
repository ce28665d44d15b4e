using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Sandbox.Tests;

public sealed class SandboxLifecycleTests
{
    [Fact]
    public async Task BaseAddress_is_http_on_loopback_with_a_real_port_and_a_trailing_slash()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();

        Assert.Equal("http", sandbox.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", sandbox.BaseAddress.Host);
        Assert.NotEqual(0, sandbox.BaseAddress.Port);
        Assert.Equal("/", sandbox.BaseAddress.AbsolutePath);
    }

    [Fact]
    public async Task Token_is_random_per_sandbox_with_a_sandbox_prefix()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();

        Assert.Matches("^sandbox-[0-9a-f]{32}$", sandbox.Token);
    }

    [Fact]
    public async Task Two_sandboxes_at_once_get_different_ports_tokens_and_seeds()
    {
        await using SmarterProctoringSandbox first = await SmarterProctoringSandbox.StartAsync();
        await using SmarterProctoringSandbox second = await SmarterProctoringSandbox.StartAsync();

        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
        Assert.NotEqual(first.Token, second.Token);
        Assert.NotEqual(first.Seed, second.Seed);
        using var firstClient = new SandboxClient(first);
        using var secondClient = new SandboxClient(second);
        await SandboxClient.AssertOkAsync(await firstClient.GetAsync(first.Seed));
        await SandboxClient.AssertOkAsync(await secondClient.GetAsync(second.Seed));
    }

    [Fact]
    public async Task A_token_of_one_sandbox_is_rejected_by_another()
    {
        await using SmarterProctoringSandbox first = await SmarterProctoringSandbox.StartAsync();
        await using SmarterProctoringSandbox second = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(second);

        HttpResponseMessage response = await client.GetAsync(SandboxClient.Path(second.Seed), first.Token);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
    }

    [Fact]
    public async Task Token_from_options_is_the_token_accepted()
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync(
            new SmarterProctoringSandboxOptions { Token = "fixed-demo-token" });
        using var client = new SandboxClient(sandbox);

        HttpResponseMessage response = await client.GetAsync(SandboxClient.Path(sandbox.Seed), "fixed-demo-token");

        Assert.Equal("fixed-demo-token", sandbox.Token);
        await SandboxClient.AssertOkAsync(response);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task StartAsync_rejects_an_empty_token(string token)
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            SmarterProctoringSandbox.StartAsync(new SmarterProctoringSandboxOptions { Token = token }));
    }

    [Fact]
    public async Task Disposing_the_sandbox_stops_the_server()
    {
        SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);
        await SandboxClient.AssertOkAsync(await client.GetAsync(sandbox.Seed));

        await sandbox.DisposeAsync();

        using var freshClient = new SandboxClient(sandbox);
        await Assert.ThrowsAsync<HttpRequestException>(() => freshClient.GetAsync(sandbox.Seed));
    }

    [Fact]
    public async Task Disposing_twice_does_not_throw()
    {
        SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        await sandbox.DisposeAsync();

        Exception? second = await Record.ExceptionAsync(() => sandbox.DisposeAsync().AsTask());

        Assert.Null(second);
    }
}
