using System;
using System.Net.Http;
using RichardSzalay.MockHttp;

namespace SmarterProctoring.Declarative.Tests;

internal static class TestData
{
    public const string InstallSid = "AI0123456789abcdef0123456789abcdef";
    public const string ItemSid = "IT00000000000000000000000000000001";
    public const string Token = "secret-token-0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    public static readonly Uri BaseAddress = new("https://api.test/");

    public static (ITestApi Api, MockHttpMessageHandler Handler) CreateApi()
    {
        var handler = new MockHttpMessageHandler();
        var httpClient = new HttpClient(handler) { BaseAddress = BaseAddress };
        return (ITestApi.Create(httpClient), handler);
    }
}
