using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Sandbox.Tests;

/// <summary>The echo endpoint and the call counter, served only when <see cref="SmarterProctoringSandboxOptions.EnableTestEndpoints"/> is set.</summary>
public sealed class TestEndpointTests
{
    [Theory]
    [InlineData("GET", "v1/echo/a/items/b")]
    [InlineData("POST", "v1/test/calls")]
    public async Task Test_endpoints_are_off_by_default(string method, string path)
    {
        await using SmarterProctoringSandbox sandbox = await SmarterProctoringSandbox.StartAsync();
        using var client = new SandboxClient(sandbox);

        HttpResponseMessage response = await client.SendAsync(new HttpMethod(method), path, sandbox.Token, content: null);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.NotFound, "RESOURCENOTFOUND");
        Assert.Equal(0, sandbox.TestCallCount);
    }

    [Fact]
    public async Task The_echo_returns_the_raw_target_and_the_decoded_segments_and_query_pairs()
    {
        await using SmarterProctoringSandbox sandbox = await StartWithTestEndpointsAsync();
        using var client = new SandboxClient(sandbox);

        HttpResponseMessage response = await client.GetAsync("v1/echo/a%2Fb%20c/items/%F0%9F%98%80?q=x%26y%3Dz&flag&tag%5B%5D=1+2", sandbox.Token);

        JsonElement echo = (await SandboxClient.AssertOkAsync(response)).Deserialize<JsonElement>();
        Assert.Equal("/v1/echo/a%2Fb%20c/items/%F0%9F%98%80?q=x%26y%3Dz&flag&tag%5B%5D=1+2", echo.GetProperty("target").GetString());
        Assert.Equal(["a/b c", "items", "😀"], echo.GetProperty("segments").EnumerateArray().Select(s => s.GetString()));
        JsonElement[] query = [.. echo.GetProperty("query").EnumerateArray()];
        Assert.Equal(["q", "flag", "tag[]"], query.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["x&y=z", null, "1+2"], query.Select(p => p.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task The_echo_requires_the_token()
    {
        await using SmarterProctoringSandbox sandbox = await StartWithTestEndpointsAsync();
        using var client = new SandboxClient(sandbox);

        HttpResponseMessage response = await client.GetAsync("v1/echo/a", token: null);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
    }

    [Fact]
    public async Task The_call_counter_counts_post_put_patch_and_delete_and_get_only_reads()
    {
        await using SmarterProctoringSandbox sandbox = await StartWithTestEndpointsAsync();
        using var client = new SandboxClient(sandbox);

        foreach (string method in (string[])["POST", "PUT", "PATCH", "DELETE"])
        {
            await SandboxClient.AssertOkAsync(await client.SendAsync(new HttpMethod(method), "v1/test/calls", sandbox.Token,
                new StringContent("{\"note\":\"x\"}", System.Text.Encoding.UTF8, "application/json")));
        }

        JsonElement read = (await SandboxClient.AssertOkAsync(await client.GetAsync("v1/test/calls", sandbox.Token))).Deserialize<JsonElement>();

        Assert.Equal(4, sandbox.TestCallCount);
        Assert.Equal(4, read.GetProperty("count").GetInt64());
        Assert.Equal("GET", read.GetProperty("method").GetString());
    }

    [Fact]
    public async Task The_call_counter_requires_the_token_and_does_not_count_a_refused_call()
    {
        await using SmarterProctoringSandbox sandbox = await StartWithTestEndpointsAsync();
        using var client = new SandboxClient(sandbox);

        HttpResponseMessage response = await client.SendAsync(HttpMethod.Post, "v1/test/calls", "wrong", content: null);

        await SandboxClient.AssertErrorAsync(response, HttpStatusCode.Forbidden, "AUTHENTICATIONFAILED");
        Assert.Equal(0, sandbox.TestCallCount);
    }

    private static Task<SmarterProctoringSandbox> StartWithTestEndpointsAsync() =>
        SmarterProctoringSandbox.StartAsync(new SmarterProctoringSandboxOptions { EnableTestEndpoints = true });
}
